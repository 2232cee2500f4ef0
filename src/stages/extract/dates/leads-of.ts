import type { Lead } from "./lead-trie.js";

const written = (phrases: readonly string[]): string[] => phrases.filter((phrase) => phrase.length > 0);

/**
 * The leads of a pattern, or null (try it at every word) when one of them has no phrase: an empty
 * alternation lets the match open with whatever follows it.
 */
export function leadsOf(...leads: readonly Lead[]): readonly Lead[] | null {
  const kept: Lead[] = [];
  for (const lead of leads) {
    const phrases = written(lead.phrases);
    if (phrases.length === 0) return null;
    kept.push(lead.followedBy === undefined ? { phrases } : { phrases, followedBy: lead.followedBy });
  }
  return kept;
}

/**
 * The `followedBy` of a lead followed by one of several alternations: their union, or undefined (no check)
 * when one of them has no phrase, since the empty alternation lets anything come next.
 */
export function anyOf(...alternations: readonly (readonly string[])[]): readonly string[] | undefined {
  const union: string[] = [];
  for (const phrases of alternations) {
    if (phrases.length === 0 || written(phrases).length !== phrases.length) return undefined;
    union.push(...phrases);
  }
  return union;
}
