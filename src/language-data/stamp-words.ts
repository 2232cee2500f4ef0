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

/**
 * Words and phrases right before the date a page was published ("Publié le 2 février 2013", "Posted on May 2,
 * 2013", "Pubblicato il 3 luglio 2013"), every language read, lower-case.
 */
export const PUBLICATION_CUES: readonly string[] = [
  ...["posted", "published", "publié", "publiée", "publicado", "publicada", "veröffentlicht", "pubblicato"],
  ...["pubblicata", "publicat", "publicată"],
];

/** …and before the date it was last changed ("Mis à jour le", "Updated", "Aggiornato il"): a later day than its own. */
export const UPDATE_CUES: readonly string[] = [
  ...["updated", "last updated", "mis à jour", "modifié", "actualizado", "actualizada", "atualizado"],
  ...["atualizada", "aktualisiert", "aggiornato", "ultimo aggiornamento", "actualizat"],
];
