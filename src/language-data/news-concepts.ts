import { DISASTER_CONCEPTS } from "./disaster-concepts.js";
import { ECONOMY_CONCEPTS } from "./economy-concepts.js";
import { JUSTICE_CONCEPTS } from "./justice-concepts.js";
import type { NewsConcept } from "./news-concept.js";
import { POLITICS_CONCEPTS } from "./politics-concepts.js";

/**
 * The words news reports state their claims with, one entry per concept, in each language recoupe reads: what lets
 * two reports of one event in two languages ("killed 14 people" / "14 muertos", "operating profit fell 42%" /
 * "der operative Gewinn sank um 42 Prozent") be seen to say the same thing when their words share no stem. Forms as
 * written (inflections listed, matched lower-case without accents), separated by "|"; only words whose news sense is
 * the concept's (not French "action", an act as often as a share; not "victims", which counts the injured too).
 * Each form names one concept only. Written from general knowledge, in four files by subject.
 */
export const NEWS_CONCEPTS: readonly NewsConcept[] = [
  ...DISASTER_CONCEPTS,
  ...ECONOMY_CONCEPTS,
  ...POLITICS_CONCEPTS,
  ...JUSTICE_CONCEPTS,
];
