import type { Token } from "../../../domain/text.js";
import { foldAccents } from "../../segment/index.js";

const folds = new WeakMap<readonly Token[], string[]>();

/**
 * `foldAccents(token.normal)` for every token, by index, computed once per token list. Roles, pronouns, speech
 * verbs, time words and the story's vocabulary are matched against these, by entities and quotes alike.
 */
export function foldedNormals(tokens: readonly Token[]): readonly string[] {
  let known = folds.get(tokens);
  if (known === undefined) {
    known = new Array<string>(tokens.length);
    for (let index = 0; index < tokens.length; index++) known[index] = foldAccents(tokens[index]!.normal);
    folds.set(tokens, known);
  }
  return known;
}
