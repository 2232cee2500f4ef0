/** A speaker's affiliation written with its name: an organisation before a role, a place before a noun. */

import type { ArticleIndex } from "./article-index.js";
import { type AttributionWords, followsNonSubjectWord, type WordContext } from "./attribution-words.js";
import type { SpeakerMention } from "./find-speaker-mentions.js";
import { wordDistance } from "./word-distance.js";

/**
 * Who speaks, named right after a speech verb that follows a quote ('," said Apple chief executive Tim Cook'): the
 * first name within three words of the verb that follows no word a subject never follows, or the holder of the role
 * that name qualifies (not asked after a verb of telling: see `ADDRESSEE_VERBS`). `verb`: the verb's token;
 * `candidates`: the speaker mentions after it.
 */
export function speakerAfterVerb(
  context: WordContext & { text: string; index: ArticleIndex },
  words: AttributionWords,
  candidates: readonly SpeakerMention[],
  verb: number,
): SpeakerMention | null {
  const end = context.tokens[verb]!.end;
  const first = candidates.find(
    (mention) =>
      wordDistance(context, end, mention.start) <= 3 &&
      !followsNonSubjectWord(context, words, mention.start, end, true),
  );
  return first === undefined ? null : roleAfterAffiliation(context.text, candidates, first);
}

/** At most this many lower-case words of a role between an affiliation and its holder's name. */
const ROLE_WORDS = 5;

/**
 * "said Apple chief executive Tim Cook", "said ABC News president James Goldston", "said Microsoft security response
 * communications manager Christopher Budd": an organisation or a place right before a role held by someone, or before
 * lower-case words and a person's name, says whose role it is; the role's holder speaks.
 */
export function roleAfterAffiliation(
  text: string,
  candidates: readonly SpeakerMention[],
  first: SpeakerMention,
): SpeakerMention {
  if (first.kind !== "name" || first.entity === null) return first;
  // A role whose holder is not named with it is one of the role's words ("AMD president and chief executive Rory Read").
  const next = candidates
    .slice(candidates.indexOf(first) + 1)
    .find((mention) => mention.kind !== "role" || mention.entity !== null);
  if (next === undefined || next.entity?.type !== "person") return first;
  const between = text.slice(first.end, next.start);
  // A role or a title right after a name opens the next name ("said Obama adviser David Axelrod", "said Interior
  // Secretary Dirk Kempthorne"): one's own stands before one's name or after a comma.
  const titled =
    next.kind === "role" ||
    (next.kind === "name" && next.text !== next.entity.name && next.text.endsWith(next.entity.name));
  if (titled && /^\s*$/.test(between)) return next;
  if (first.entity.type === "person") return first;
  // Only lower-case words of a role between them ("security response communications manager"): no punctuation, no
  // verb's clause ("Microsoft, which Christopher Budd…").
  const words = between.trim().split(/\s+/u);
  return next.kind !== "pronoun" &&
    between.startsWith(" ") &&
    words.length <= ROLE_WORDS &&
    words.every((word) => /^\p{Ll}[\p{Ll}-]*$/u.test(word))
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
