import type { Discrepancy, DiscrepancyValue } from "../domain/story.js";

/**
 * Whether every value of a discrepancy comes from one article (it says both: "l'hôtel Président Wilson" and "le
 * Palais de Genève"): an inconsistency inside one source, which a reader must not take for outlets disagreeing.
 */
export function isWithinOneArticle(discrepancy: Discrepancy): boolean {
  return new Set(discrepancy.values.flatMap((value) => value.articleIds)).size === 1;
}

/** The note a dossier writes beside such a discrepancy. */
export const WITHIN_ONE_ARTICLE = "the same article says both";

/**
 * What a dossier writes beside a discrepancy's label: its kind, unless the label is the kind alone ("duration", for
 * values in several languages), and whether one article says both; none when nothing is left.
 */
export function discrepancyNotes(discrepancy: Discrepancy): string[] {
  const notes = discrepancy.about === discrepancy.kind ? [] : [discrepancy.kind];
  return isWithinOneArticle(discrepancy) ? [...notes, WITHIN_ONE_ARTICLE] : notes;
}

/**
 * How a dossier shows one side of a discrepancy: a measure by its normalised value ("90 min" for « une heure et
 * demie »), a place or a speaker as written (its normalised form is only a key for matching: "hotel president wilson").
 */
export function shownValue(discrepancy: Discrepancy, value: DiscrepancyValue): string {
  return discrepancy.kind === "place" || discrepancy.kind === "speaker" ? value.value : value.normalized;
}
