import type { Token } from "../../../domain/text.js";
import { roleAfterAffiliation } from "./affiliation.js";
import type { ArticleIndex } from "./article-index.js";
import { type AttributionWords, followsNonSubjectWord, isPossessive } from "./attribution-words.js";
import type { SpeakerMention } from "./find-speaker-mentions.js";
import { wordDistance } from "./word-distance.js";

/**
 * The subject of the clause that holds a quoted fragment ("X a promis une réponse « … »"): among the `candidates`
 * of `clause` (its mentions before the quote), no place, no owner ("Trump’s"), nothing after a preposition, nothing
 * a naming verb names ("called Clinton the “Devil”"). After a naming verb (token `naming`, or -1), the mention right
 * before it is its subject ("(Clinton called it “…”)"); otherwise the first one, or the holder of the role it
 * qualifies ("AMD president and chief executive Rory Read …, saying … “…”").
 */
export function clauseSubject(
  context: { text: string; tokens: readonly Token[]; normals: readonly string[]; index: ArticleIndex },
  words: AttributionWords,
  candidates: readonly SpeakerMention[],
  naming: number,
  clause: { from: number; to: number },
): SpeakerMention | undefined {
  const { text, tokens } = context;
  const before = naming >= 0 ? tokens[naming]!.start : clause.to;
  const subjects = candidates.filter(
    (mention) =>
      !(mention.kind === "name" && mention.entity?.type === "place") &&
      mention.start < before &&
      !isPossessive(text, mention) &&
      !followsNonSubjectWord(context, words, mention.start, clause.from),
  );
  const adjacent =
    naming >= 0 ? subjects.findLast((mention) => wordDistance(context, mention.end, before) <= 1) : undefined;
  if (adjacent !== undefined) return adjacent;
  const first = subjects[0];
  return first === undefined ? undefined : roleAfterAffiliation(text, subjects, first);
}
