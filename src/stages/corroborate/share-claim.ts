// When two sentences of a story make the same claim, whatever their cosine: the words that make a claim (content words,
// numbers, dates, rare names) shared, and the people named.
import type { IndexedSentence } from "./sentence-index.js";

/** Two sentences make the same claim only when they share this many claim terms (content words, numbers, dates; not names). */
export const SHARED_CLAIM_TERMS = 2;
/** …and when those terms alone make this much of their cosine (names and common words do not make a claim). */
const CLAIM_SIMILARITY = 0.15;

/** How many claim terms two sentences share; across two languages, their shared concepts too ("muertos", "killed"). */
export function sharedClaimTerms(a: IndexedSentence, b: IndexedSentence): number {
  let shared = 0;
  for (const term of a.claimTerms) if (b.claimTerms.has(term)) shared++;
  if (a.language !== b.language) for (const concept of a.concepts) if (b.concepts.includes(concept)) shared++;
  return shared;
}

/**
 * The part of the two sentences' cosine that their claim terms make; across two languages, of the cosine of what
 * reads the same in both (`portable`), their shared concepts included.
 */
function claimSimilarity(a: IndexedSentence, b: IndexedSentence): number {
  const [left, right] = a.language === b.language ? [a.vector, b.vector] : [a.portable, b.portable];
  let sum = 0;
  for (const term of a.claimTerms) if (b.claimTerms.has(term)) sum += (left.get(term) ?? 0) * (right.get(term) ?? 0);
  if (a.language !== b.language)
    for (const concept of a.concepts)
      if (b.concepts.includes(concept)) sum += (left.get(concept) ?? 0) * (right.get(concept) ?? 0);
  return sum;
}

/**
 * Whether two sentences make one claim: enough shared claim terms, making enough of their cosine, and no two people
 * told apart.
 */
export function shareClaim(a: IndexedSentence, b: IndexedSentence): boolean {
  return (
    sharedClaimTerms(a, b) >= SHARED_CLAIM_TERMS && claimSimilarity(a, b) >= CLAIM_SIMILARITY && !otherPeople(a, b)
  );
}

/**
 * Both name people, none the same: one claim about two people is two claims ("the Saints placed Reggie Bush on
 * injured reserve" / "the Saints placed Pierre Thomas on injured reserve"), however alike their words.
 */
function otherPeople(a: IndexedSentence, b: IndexedSentence): boolean {
  if (a.persons.length === 0 || b.persons.length === 0) return false;
  return !a.persons.some((person) => b.persons.includes(person));
}
