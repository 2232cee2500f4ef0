/** A speaker's affiliation written with its name: an organisation before a role, a place before a noun. */

import type { SpeakerMention } from "./find-speaker-mentions.js";

/**
 * "said Apple chief executive Tim Cook", "said ABC News president James Goldston": an organisation or a place right
 * before a role held by someone says whose role it is; the role's holder speaks.
 */
export function roleAfterAffiliation(
  text: string,
  candidates: readonly SpeakerMention[],
  first: SpeakerMention,
): SpeakerMention {
  if (first.kind !== "name" || first.entity === null || first.entity.type === "person") return first;
  const next = candidates[candidates.indexOf(first) + 1];
  return next?.kind === "role" && next.entity?.type === "person" && /^\s*$/.test(text.slice(first.end, next.start))
    ? next
    : first;
}

/**
 * Whether `mention` is a place that qualifies the noun after it ("a Bukit Sama village resident told AP", "a Gaza
 * health official said"): the place says where the speaker is from, the noun phrase speaks. "Moscow said" keeps it.
 */
export function placeBeforeNoun(text: string, mention: SpeakerMention, verbStart: number): boolean {
  return mention.entity?.type === "place" && /\p{Ll}/u.test(text.slice(mention.end, verbStart));
}
