/**
 * News and photo agencies whose names appear as bylines, agency tags ("AFP", "(Reuters)") and photo
 * credits ("EPA/SERGEY DOLZHENKO", "Pool Photo via AP"). Written as the agencies write them; the clean
 * stage compares without case. Not tied to a language.
 */
// biome-ignore format: a data table reads best one language (or one list) per line
export const NEWS_AGENCIES: readonly string[] = [
  "AFP", "AP", "Associated Press", "Reuters", "EPA", "EFE", "ANSA", "DPA", "dpa", "APA", "Belga", "ATS", "SDA",
  "Keystone", "Keystone-SDA", "ANP", "TASS", "RIA Novosti", "Sputnik", "Interfax", "Ukrinform", "UNIAN", "PAP",
  "CTK", "MTI", "Agerpres", "Mediafax", "News.ro", "Inquam", "Inquam Photos", "Lusa", "Europa Press", "Xinhua",
  "Kyodo", "Yonhap", "AAP", "Anadolu", "Bloomberg", "UPI", "Getty", "Getty Images", "Shutterstock", "Alamy",
  "Sipa", "SIPA", "Abaca", "Hans Lucas", "Maxppp", "Pool", "Pool Photo", "Imago", "picture alliance",
  "Wikimedia Commons", "LaPresse", "AGI", "Adnkronos", "NurPhoto", "ZUMA", "Polaris", "Redux",
];

/**
 * Words that join agency names in a tag line ("avec AFP et Reuters", "with AP", "con EFE").
 * Lower case; the clean stage ignores them when deciding whether a short line is only agency names.
 */
// biome-ignore format: a data table reads best one language (or one list) per line
export const AGENCY_TAG_JOINERS: readonly string[] = [
  "avec", "et", "with", "and", "con", "y", "e", "mit", "und", "com", "cu", "și", "şi", "si", "via", "par", "by", "por", "von",
  "photo", "photos", "foto", "fotos", "source", "sources", "fuente", "quelle", "fonte", "sursa", "sursă",
];
