import type { SupportedLanguage } from "./languages.js";

/**
 * Honorifics written before a person's name ("M. Lavrov", "Mrs Clinton", "Herr Scholz"), as written,
 * with their period when they take one. A capitalised sequence right after one of these is a person;
 * the plural forms ("MM. Lavrov et Blinken") cover every name of a coordinated list.
 */
export const PERSON_TITLES: Record<SupportedLanguage, readonly string[]> = {
  fr: ["M.", "MM.", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Dr", "Dr.", "Pr", "Pr.", "Madame", "Monsieur", "Mademoiselle", "Messieurs", "Maître", "Docteur", "Professeur", "Sir", "Lord", "Lady", "Sainte", "Saint", "Père", "Abbé", "Cardinal", "Général", "Colonel", "Capitaine", "Maréchal", "Amiral", "Commandant", "Lieutenant", "Sergent", "Baron", "Baronne", "Comte", "Comtesse", "Duc", "Duchesse", "Marquis", "Marquise", "Prince", "Princesse", "Roi", "Reine", "Empereur", "Impératrice", "Pape", "Citoyen", "Citoyenne", "Veuve"],
  en: ["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof.", "Professor", "Sir", "Dame", "Lord", "Lady", "Gen.", "General", "Col.", "Colonel", "Lt.", "Capt.", "Captain", "Sgt.", "Gov.", "Governor", "Sen.", "Senator", "Rep.", "Representative", "Rev.", "Reverend", "Pope", "King", "Queen", "Prince", "Princess", "Judge", "Justice", "Mayor", "Chancellor", "President", "Minister", "Secretary", "Speaker", "Ambassador", "Premier"],
  es: ["Sr.", "Sra.", "Srta.", "Señor", "Señora", "D.", "Dña.", "Don", "Doña", "Dr.", "Dra.", "Lic.", "Ing.", "Prof.", "General", "Coronel", "Papa", "Rey", "Reina", "Príncipe", "Princesa"],
  de: ["Hr.", "Herr", "Herrn", "Fr.", "Frau", "Dr.", "Prof.", "Professor", "Sankt", "König", "Königin", "Papst", "Kanzler", "Kanzlerin", "Bundeskanzler", "Bundeskanzlerin", "Präsident", "Präsidentin", "Bundespräsident", "Minister", "Ministerin", "General", "Graf", "Gräfin", "Fürst", "Prinz", "Prinzessin"],
  it: ["Sig.", "Sigg.", "Sig.ra", "Signor", "Signora", "Signorina", "Dott.", "Dott.ssa", "Prof.", "Avv.", "Ing.", "On.", "Sen.", "Don", "Donna", "Papa", "Re", "Regina", "Principe", "Principessa", "Generale"],
  pt: ["Sr.", "Sra.", "Srta.", "Senhor", "Senhora", "Dr.", "Dra.", "Prof.", "Profa.", "Dom", "Dona", "General", "Papa", "Rei", "Rainha", "Príncipe", "Princesa"],
  ro: ["Dl.", "Dl", "Dna.", "Dna", "D-na", "D-l", "Domnul", "Doamna", "Dr.", "Prof.", "Ing.", "General", "Papa", "Regele", "Regina", "Prințul", "Principele"],
  nl: ["Dhr.", "Mevr.", "Mr.", "Dr.", "Prof.", "Ir.", "Drs.", "Koning", "Koningin", "Prins", "Prinses"],
};
