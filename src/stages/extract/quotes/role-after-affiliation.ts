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
