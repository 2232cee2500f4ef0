import type { SupportedLanguage } from "./languages.js";

/** Duration unit word → length in minutes. Keys are lower-case written forms. */
export const DURATION_UNITS: Partial<Record<SupportedLanguage, Record<string, number>>> = {
  fr: {
    seconde: 1 / 60,
    secondes: 1 / 60,
    minute: 1,
    minutes: 1,
    min: 1,
    heure: 60,
    heures: 60,
    h: 60,
    jour: 1440,
    jours: 1440,
    semaine: 10080,
    semaines: 10080,
    mois: 43200,
    an: 525600,
    ans: 525600,
    année: 525600,
    années: 525600,
  },
  en: {
    second: 1 / 60,
    seconds: 1 / 60,
    minute: 1,
    minutes: 1,
    min: 1,
    hour: 60,
    hours: 60,
    day: 1440,
    days: 1440,
    week: 10080,
    weeks: 10080,
    month: 43200,
    months: 43200,
    year: 525600,
    years: 525600,
  },
  es: {
    segundo: 1 / 60,
    segundos: 1 / 60,
    minuto: 1,
    minutos: 1,
    hora: 60,
    horas: 60,
    día: 1440,
    días: 1440,
    semana: 10080,
    semanas: 10080,
    mes: 43200,
    meses: 43200,
    año: 525600,
    años: 525600,
  },
  de: {
    sekunde: 1 / 60,
    sekunden: 1 / 60,
    minute: 1,
    minuten: 1,
    stunde: 60,
    stunden: 60,
    tag: 1440,
    tage: 1440,
    tagen: 1440,
    woche: 10080,
    wochen: 10080,
    monat: 43200,
    monate: 43200,
    monaten: 43200,
    jahr: 525600,
    jahre: 525600,
    jahren: 525600,
  },
  it: {
    secondo: 1 / 60,
    secondi: 1 / 60,
    minuto: 1,
    minuti: 1,
    ora: 60,
    ore: 60,
    giorno: 1440,
    giorni: 1440,
    settimana: 10080,
    settimane: 10080,
    mese: 43200,
    mesi: 43200,
    anno: 525600,
    anni: 525600,
  },
  pt: {
    segundo: 1 / 60,
    segundos: 1 / 60,
    minuto: 1,
    minutos: 1,
    hora: 60,
    horas: 60,
    dia: 1440,
    dias: 1440,
    semana: 10080,
    semanas: 10080,
    mês: 43200,
    meses: 43200,
    ano: 525600,
    anos: 525600,
  },
  ro: {
    secundă: 1 / 60,
    secunde: 1 / 60,
    minut: 1,
    minute: 1,
    oră: 60,
    ore: 60,
    zi: 1440,
    zile: 1440,
    săptămână: 10080,
    săptămâni: 10080,
    lună: 43200,
    luni: 43200,
    an: 525600,
    ani: 525600,
  },
};

/** Hour words that make a number a time of day when introduced by a time preposition ("vers 11 heures"). */
export const CLOCK_HOUR_WORDS: Partial<Record<SupportedLanguage, readonly string[]>> = {
  fr: ["heure", "heures", "h"],
  en: ["o'clock", "a.m.", "p.m.", "am", "pm"],
  es: ["horas", "hora", "h"],
  de: ["uhr"],
  it: ["ore", "h"],
  pt: ["horas", "hora", "h"],
  ro: ["ora", "ore", "h"],
};

/** Prepositions that make "N hours" a time of day rather than a duration ("à 11 heures", "at 11"). */
export const TIME_PREPOSITIONS: Partial<Record<SupportedLanguage, readonly string[]>> = {
  fr: ["à", "vers", "dès", "jusqu'à", "avant", "depuis"],
  en: ["at", "around", "by", "until", "before", "after"],
  es: ["a las", "hacia las", "sobre las", "desde las", "hasta las", "las"],
  de: ["um", "gegen", "ab", "bis"],
  it: ["alle", "verso le", "dalle", "fino alle", "le"],
  pt: ["às", "por volta das", "desde as", "até às", "as"],
  ro: ["la ora", "în jurul orei", "ora", "până la ora"],
};

/**
 * Words after a duration that make it an offset from an event, not the length of something
 * ("20 minutes avant le début", "two hours later").
 */
export const OFFSET_WORDS: Partial<Record<SupportedLanguage, readonly string[]>> = {
  fr: ["avant", "après", "plus tard", "plus tôt", "auparavant"],
  en: ["before", "after", "later", "earlier", "ago"],
  es: ["antes", "después", "más tarde", "atrás"],
  de: ["vor", "nach", "später", "früher", "zuvor", "danach"],
  it: ["prima", "dopo", "più tardi", "fa"],
  pt: ["antes", "depois", "mais tarde", "atrás"],
  ro: ["înainte", "după", "mai târziu", "în urmă"],
};

/** Words before a duration that make it an offset ("il y a deux jours", "hace dos días", "vor zwei Tagen"). */
export const OFFSET_PREFIXES: Partial<Record<SupportedLanguage, readonly string[]>> = {
  fr: ["il y a", "dans", "d'ici"],
  en: ["in", "within"],
  es: ["hace", "dentro de"],
  de: ["vor", "in", "seit"],
  it: ["tra", "fra", "entro"],
  pt: ["há", "daqui a", "dentro de"],
  ro: ["acum", "peste", "în"],
};

/** Words after a duration in years that make it someone's age ("35-year-old man", "35 Jahre alt", "35 años de edad"). */
export const AGE_WORDS: Partial<Record<SupportedLanguage, readonly string[]>> = {
  en: ["old"],
  es: ["de edad"],
  de: ["alt", "alte", "alter", "altes", "alten"],
  it: ["d'età", "di età"],
  pt: ["de idade"],
};

/** Words before a duration in years that make it someone's age ("aged 35", "âgé de 35 ans", "im Alter von 35 Jahren"). */
export const AGE_PREFIXES: Partial<Record<SupportedLanguage, readonly string[]>> = {
  fr: ["âgé de", "âgée de", "âgés de", "âgées de", "à l'âge de"],
  en: ["aged", "at age", "age of"],
  es: ["edad de"],
  de: ["Alter von"],
  it: ["età di"],
  pt: ["idade de"],
  ro: ["în vârstă de", "vârsta de"],
};

/**
 * Units of distance → kilometres, lower-case, in every language recoupe reads ("35 km", "22 miles", "40 kilomètres").
 * Left out: metres, which measure heights, depths and sizes more than distances ("deux mètres de haut", "à 1 800
 * mètres d'altitude") and stay counts of their noun; French "milles" (nautical miles, and "mille" is a thousand);
 * Spanish "millas" (as often nautical).
 */
export const LENGTH_UNITS: Record<string, number> = {
  ...Object.fromEntries(
    [
      ...["km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "kilomètre", "kilomètres", "kilometern"],
      ...["kilómetro", "kilómetros", "chilometro", "chilometri", "quilómetro", "quilómetros", "quilômetro"],
      ...["quilômetros", "kilometru", "kilometri", "kilometrul", "kilometrii"],
    ].map((word) => [word, 1]),
  ),
  ...Object.fromEntries(
    ["mile", "miles", "meile", "meilen", "miglio", "miglia", "milha", "milhas"].map((word) => [word, 1.609344]),
  ),
};

/** Currency words and symbols → ISO code. Lower-case keys; symbols as written. */
export const CURRENCIES: Record<string, string> = {
  $: "USD",
  us$: "USD",
  // Dollars and reais written with their country's letters before the sign.
  r$: "BRL",
  c$: "CAD",
  ca$: "CAD",
  a$: "AUD",
  au$: "AUD",
  hk$: "HKD",
  nz$: "NZD",
  s$: "SGD",
  mx$: "MXN",
  reais: "BRL",
  yuan: "CNY",
  yuans: "CNY",
  yuanes: "CNY",
  renminbi: "CNY",
  yen: "JPY",
  yens: "JPY",
  yenes: "JPY",
  iene: "JPY",
  ienes: "JPY",
  rupees: "INR",
  roupies: "INR",
  rupias: "INR",
  rupie: "INR",
  dollar: "USD",
  dollars: "USD",
  dólar: "USD",
  dólares: "USD",
  dollari: "USD",
  dollaro: "USD",
  dolari: "USD",
  dolar: "USD",
  "€": "EUR",
  euro: "EUR",
  euros: "EUR",
  eur: "EUR",
  usd: "USD",
  "£": "GBP",
  livre: "GBP",
  livres: "GBP",
  pound: "GBP",
  pounds: "GBP",
  sterline: "GBP",
  libras: "GBP",
  franc: "CHF",
  francs: "CHF",
  chf: "CHF",
  lei: "RON",
  ron: "RON",
  rouble: "RUB",
  roubles: "RUB",
  rubles: "RUB",
  rublos: "RUB",
  rubel: "RUB",
  rubli: "RUB",
};

/** Percent words per language ("pour cent", "Prozent"), plus the sign "%". */
export const PERCENT_WORDS: Partial<Record<SupportedLanguage, readonly string[]>> = {
  fr: ["pour cent", "pourcent", "%"],
  en: ["percent", "per cent", "%"],
  es: ["por ciento", "%"],
  de: ["prozent", "%"],
  it: ["per cento", "percento", "%"],
  pt: ["por cento", "%"],
  ro: ["la sută", "procent", "procente", "%"],
};

/** Linking words between a number and the noun it counts ("dizaines de milliers de soldats", "of"). */
export const COUNT_LINKS: Partial<Record<SupportedLanguage, readonly string[]>> = {
  fr: ["de", "d'", "d’"],
  en: ["of"],
  es: ["de"],
  de: ["von"],
  it: ["di", "d'"],
  pt: ["de"],
  ro: ["de"],
};
