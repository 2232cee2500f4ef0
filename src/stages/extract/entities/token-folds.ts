import type { Token } from "../../../domain/text.js";
import { foldAccents } from "../../segment/index.js";

const folds = new WeakMap<readonly Token[], string[]>();

/** Whether `word` holds no upper-case ASCII letter and nothing beyond ASCII: then it folds to itself. */
function foldsToItself(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code >= 128 || (code >= 65 && code <= 90)) return false;
  }
  return true;
}

/**
 * `foldAccents(token.normal)` for every token, by index, computed once per token list. Roles, pronouns, speech
 * verbs, time words and the story's vocabulary are matched against these, by entities and quotes alike. Most
 * normal forms are plain lower-case ASCII, which folds to itself: those are told by a loop over their codes, the
 * others are folded.
 */
export function foldedNormals(tokens: readonly Token[]): readonly string[] {
  let known = folds.get(tokens);
  if (known === undefined) {
    known = new Array<string>(tokens.length);
    for (let index = 0; index < tokens.length; index++) {
      const normal = tokens[index]!.normal;
      known[index] = foldsToItself(normal) ? normal : foldAccents(normal);
    }
    folds.set(tokens, known);
  }
  return known;
}

/**
 * `foldAccents(token.text)`, given the fold of its normal form (`foldedNormal`): that fold itself when the token is its
 * normal form capitalised ("Paris" as "paris"), as most are, so most words are folded once.
 */
export function writtenFold(token: Token, foldedNormal: string): string {
  return token.text.toLowerCase() === token.normal ? foldedNormal : foldAccents(token.text);
}

/**
 * `writtenFold` of token `index`, asked for the tokens around capitalised words and folded once each.
 */
export function writtenFolds(tokens: readonly Token[]): (index: number) => string {
  const normals = foldedNormals(tokens);
  const known = new Array<string | undefined>(tokens.length);
  return (index) => {
    let fold = known[index];
    if (fold === undefined) {
      fold = writtenFold(tokens[index]!, normals[index]!);
      known[index] = fold;
    }
    return fold;
  };
}
