import type { SupportedLanguage } from "./languages.js";

/**
 * Names that human writers keep in their own language but machine translation renders word for
 * word: mostly English-language outlets ("The Washington Post" → "Poste de Washington"). Matched as
 * whole words, without case.
 */
// biome-ignore format: a data table reads best one language (or one list) per line
export const CALQUES: Partial<Record<SupportedLanguage, readonly string[]>> = {
  fr: ["Poste de Washington", "Washington Poste", "Temps de New York", "New York Temps", "Journal de Wall Street", "Temps financier", "Temps financiers", "Télégraphe quotidien", "Courrier quotidien", "Nouvelles de Fox", "Nouvelles de la BBC", "Nouvelles de CNN", "Nouvelles NBC", "Nouvelles d'ABC", "Gardien de Londres", "Le Gardien a rapporté", "Temps de Moscou", "Poste de Kyiv", "Poste de Kiev", "Vérité ukrainienne"],
  es: ["Correo de Washington", "Publicación de Washington", "Poste de Washington", "Tiempos de Nueva York", "Diario de Wall Street", "Tiempos financieros", "Telégrafo diario", "Noticias de Fox", "Correo de Kiev", "Correo de Kyiv", "Verdad ucraniana"],
  it: ["Posta di Washington", "Tempi di New York", "Giornale di Wall Street", "Tempi finanziari", "Telegrafo quotidiano", "Notizie della Fox", "Posta di Kiev", "Verità ucraina"],
  pt: ["Correio de Washington", "Poste de Washington", "Tempos de Nova York", "Tempos de Nova Iorque", "Jornal de Wall Street", "Tempos financeiros", "Telégrafo diário", "Notícias da Fox", "Correio de Kiev", "Verdade ucraniana"],
  de: ["Washingtoner Post", "New Yorker Zeiten", "Finanzzeiten", "Täglicher Telegraf", "Ukrainische Wahrheit"],
  ro: ["Poșta Washington", "Postul Washington", "Timpurile New York", "Vremurile New York", "Jurnalul Wall Street", "Timpurile financiare", "Adevărul ucrainean"],
};
