import type { SupportedLanguage } from "./languages.js";

/**
 * Month names per language, index 0 = January. Each entry lists every written form (accented or
 * not, abbreviated with or without the dot). Matching is case-insensitive.
 */
export const MONTH_NAMES: Partial<Record<SupportedLanguage, readonly (readonly string[])[]>> = {
  fr: [
    ["janvier", "janv."],
    ["février", "fevrier", "févr.", "fev."],
    ["mars"],
    ["avril", "avr."],
    ["mai"],
    ["juin"],
    ["juillet", "juil."],
    ["août", "aout"],
    ["septembre", "sept."],
    ["octobre", "oct."],
    ["novembre", "nov."],
    ["décembre", "decembre", "déc.", "dec."],
  ],
  en: [
    ["January", "Jan."],
    ["February", "Feb."],
    ["March", "Mar."],
    ["April", "Apr."],
    ["May"],
    ["June", "Jun."],
    ["July", "Jul."],
    ["August", "Aug."],
    ["September", "Sept.", "Sep."],
    ["October", "Oct."],
    ["November", "Nov."],
    ["December", "Dec."],
  ],
  es: [
    ["enero"],
    ["febrero"],
    ["marzo"],
    ["abril"],
    ["mayo"],
    ["junio"],
    ["julio"],
    ["agosto"],
    ["septiembre", "setiembre"],
    ["octubre"],
    ["noviembre"],
    ["diciembre"],
  ],
  de: [
    ["Januar", "Jänner", "Jan."],
    ["Februar", "Feb."],
    ["März", "Maerz"],
    ["April", "Apr."],
    ["Mai"],
    ["Juni"],
    ["Juli"],
    ["August", "Aug."],
    ["September", "Sept."],
    ["Oktober", "Okt."],
    ["November", "Nov."],
    ["Dezember", "Dez."],
  ],
  it: [
    ["gennaio"],
    ["febbraio"],
    ["marzo"],
    ["aprile"],
    ["maggio"],
    ["giugno"],
    ["luglio"],
    ["agosto"],
    ["settembre"],
    ["ottobre"],
    ["novembre"],
    ["dicembre"],
  ],
  pt: [
    ["janeiro"],
    ["fevereiro"],
    ["março", "marco"],
    ["abril"],
    ["maio"],
    ["junho"],
    ["julho"],
    ["agosto"],
    ["setembro"],
    ["outubro"],
    ["novembro"],
    ["dezembro"],
  ],
  ro: [
    ["ianuarie"],
    ["februarie"],
    ["martie"],
    ["aprilie"],
    ["mai"],
    ["iunie"],
    ["iulie"],
    ["august"],
    ["septembrie"],
    ["octombrie"],
    ["noiembrie"],
    ["decembrie"],
  ],
};

/** Parts of the day German joins to a weekday's name. */
const GERMAN_DAY_PARTS = ["morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht"];

/** Weekday names per language, index 0 = Monday (ISO order), every written form. */
export const WEEKDAY_NAMES: Partial<Record<SupportedLanguage, readonly (readonly string[])[]>> = {
  fr: [["lundi"], ["mardi"], ["mercredi"], ["jeudi"], ["vendredi"], ["samedi"], ["dimanche"]],
  en: [["Monday"], ["Tuesday"], ["Wednesday"], ["Thursday"], ["Friday"], ["Saturday"], ["Sunday"]],
  es: [["lunes"], ["martes"], ["miércoles", "miercoles"], ["jueves"], ["viernes"], ["sábado", "sabado"], ["domingo"]],
  // German writes a weekday and its part of the day as one word: "am Donnerstagabend", "für Freitagnachmittag".
  de: [["Montag"], ["Dienstag"], ["Mittwoch"], ["Donnerstag"], ["Freitag"], ["Samstag", "Sonnabend"], ["Sonntag"]].map(
    (forms) => forms.flatMap((day) => [day, ...GERMAN_DAY_PARTS.map((part) => `${day}${part}`)]),
  ),
  it: [
    ["lunedì", "lunedi"],
    ["martedì", "martedi"],
    ["mercoledì", "mercoledi"],
    ["giovedì", "giovedi"],
    ["venerdì", "venerdi"],
    ["sabato"],
    ["domenica"],
  ],
  pt: [
    ["segunda-feira"],
    ["terça-feira", "terca-feira"],
    ["quarta-feira"],
    ["quinta-feira"],
    ["sexta-feira"],
    ["sábado", "sabado"],
    ["domingo"],
  ],
  ro: [
    ["luni", "lunea"],
    ["marți", "marţi", "marti", "marțea"],
    ["miercuri", "miercurea"],
    ["joi", "joia"],
    ["vineri", "vinerea"],
    ["sâmbătă", "sâmbăta", "sambata"],
    ["duminică", "duminica"],
  ],
};

/** Words that turn a day number into an ordinal before a month ("1er janvier", "21st", "1° maggio"). */
export const DAY_ORDINAL_SUFFIXES: readonly string[] = ["er", "re", "st", "nd", "rd", "th", "°", "º", "."];

/**
 * Joining words allowed between day, month and year ("21 de enero de 2022", "21 of January", "25 gennaio
 * del 2011"). Per language; matched as whole words.
 */
export const DATE_JOINERS: Partial<Record<SupportedLanguage, readonly string[]>> = {
  fr: [],
  en: ["of"],
  es: ["de", "del"],
  de: [],
  it: ["del"],
  pt: ["de"],
  ro: [],
};

/**
 * Words that introduce a bare month or a bare year as a date ("en décembre", "in 2004", "im Dezember").
 * A month name or a four-digit number without one of these (or a day, or a year) is not read as a date.
 */
export const PERIOD_PREPOSITIONS: Partial<Record<SupportedLanguage, readonly string[]>> = {
  fr: ["en", "depuis", "début", "fin", "mi", "courant", "dès", "jusqu'en", "d'ici", "à partir de", "de", "d'"],
  en: ["in", "since", "early", "late", "mid", "by", "until", "of", "last", "next", "this"],
  es: ["en", "desde", "a principios de", "a finales de", "a mediados de", "hasta", "de"],
  de: ["im", "seit", "Anfang", "Ende", "Mitte", "bis", "in", "von"],
  it: ["a", "ad", "in", "da", "dal", "dall'", "fino a", "inizio", "fine", "entro", "nel", "del"],
  pt: ["em", "desde", "no início de", "no fim de", "até", "de", "no"],
  ro: ["în", "din", "la", "până în", "începutul lui", "sfârșitul lui", "lui"],
};
