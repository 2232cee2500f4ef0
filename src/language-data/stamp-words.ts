// The words of a page's publication stamp ("Posted: May 2, 2013 at 1:35 pm EDT", "Publié le 2 mai 2013 à 13h35",
// "Last updated at 22:46 GMT"), every language read, lower-case.

/** Words that alone make the time after them a page's ("Updated 4:08 p.m. ET", "Mis à jour à 13h35"). */
export const STAMP_CUE_WORDS: readonly string[] = [
  ...["posted", "updated", "published", "publié", "publie", "modifié", "jour", "actualizado", "publicado"],
  ...["aktualisiert", "veröffentlicht", "aggiornato", "pubblicato", "actualizat", "publicat"],
];

/** The other words a stamp is made of besides numbers, months and weekdays. */
export const STAMP_WORDS: readonly string[] = [
  ...STAMP_CUE_WORDS,
  ...["first", "last", "at", "on", "am", "pm", "a", "p", "m", "of", "the", "le", "la", "à", "mis", "modifie", "el"],
  ...["de", "del", "um", "il", "alle", "ore", "em", "às", "as", "ora", "st", "nd", "rd", "th", "er"],
];
