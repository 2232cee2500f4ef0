/**
 * News agencies as organisations, one entry per agency with every name it goes by (part of `ORGANIZATIONS`): they
 * sign and credit articles, and the news quotes them ("selon l'AFP", "told Reuters").
 */
export const NEWS_AGENCY_NAMES: readonly (readonly string[])[] = [
  // Spanish and Italian write the agency by its last two words ("la agencia France Presse", "l'agenzia France-Presse").
  ["AFP", "Agence France-Presse", "Agence France Presse", "France-Presse", "France Presse"],
  ["Reuters", "Reuter", "agence Reuter"],
  ["AP", "Associated Press"],
  // The other news agencies of `NEWS_AGENCIES` (their bylines and credits), and Havas, AFP's forerunner.
  ["ATS", "Agence télégraphique suisse", "SDA", "Keystone-ATS", "Keystone-SDA"],
  ["Keystone"],
  ["Havas", "agence Havas"],
  ["Belga"],
  ["APA"],
  ["ANP"],
  ["PAP"],
  ["Xinhua", "Chine nouvelle"],
  ["Kyodo"],
  ["Yonhap"],
  ["Anadolu"],
  ["UPI", "United Press International"],
  ["Adnkronos"],
  ["Ukrinform"],
];
