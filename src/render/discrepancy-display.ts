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
  if (discrepancy.kind === "place" || discrepancy.kind === "speaker") return value.value;
  return discrepancy.kind === "duration" ? readableDuration(value.normalized) : value.normalized;
}

/** Minutes in a year, a month and a day, as durations are normalised (`DURATION_UNITS`: a month of 30 days). */
const UNITS: readonly [minutes: number, one: string, many: string][] = [
  [525_600, "year", "years"],
  [43_200, "month", "months"],
  [1_440, "day", "days"],
];

/**
 * A duration normalised in minutes shown in the largest unit that counts it whole ("2628000 min" → "5 years",
 * "777600 min" → "18 months"), else in the largest it fills ("788400 min" → "1.5 years"); under a day, in minutes as
 * normalised ("90 min"). A bound keeps its sign.
 */
function readableDuration(normalized: string): string {
  const match = /^((?:[≥≤] )?)(\d+(?:\.\d+)?) min$/.exec(normalized);
  if (match === null) return normalized;
  const minutes = Number(match[2]);
  const filled = UNITS.filter(([size]) => minutes >= size);
  const [size, one, many] = filled.find(([unit]) => Number.isInteger(minutes / unit)) ?? filled[0] ?? [];
  if (size === undefined) return normalized;
  const count = Math.round((minutes / size) * 10) / 10;
  return `${match[1]}${count} ${count === 1 ? one : many}`;
}
