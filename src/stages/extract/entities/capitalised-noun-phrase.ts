import type { Token } from "../../../domain/text.js";
import { NOUN_CAPITALISING_LANGUAGES } from "../../../language-data/noun-determiners.js";
import { type Candidate, firstTokenOf } from "./candidate.js";
import { isNounDeterminer } from "./noun-after-determiner.js";

/**
 * Whether several capitalised words are, where every noun is capitalised (German), as likely a noun phrase as a name:
 * words joined by hyphens only ("Nato-Partner", "SPD-Politiker", "Marder-Schützenpanzer": a compound noun; a person's
 * hyphenated surname comes with a given name or a title), or words after a determiner, a preposition fused with its
 * article, or a number ("vom Typ Marder", "2,5 Milliarden Euro": the press puts none before a person's name). Such a
 * candidate gets no prior of several words for a person; its other cues still type it. `normals`: each token's
 * folded normal form.
 */
export function isCapitalisedNounPhrase(
  tokens: readonly Token[],
  text: string,
  normals: readonly string[],
  candidate: Candidate,
  language: string,
): boolean {
  if (!NOUN_CAPITALISING_LANGUAGES.has(language) || candidate.words < 2) return false;
  if (!/\s/u.test(candidate.name)) return true;
  const first = firstTokenOf(tokens, candidate);
  const before = tokens[first - 1];
  return (
    before !== undefined &&
    before.sentence === tokens[first]!.sentence &&
    /^\s+$/u.test(text.slice(before.end, tokens[first]!.start)) &&
    isNounDeterminer(normals[first - 1]!, language)
  );
}
