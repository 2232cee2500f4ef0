import type { Token } from "../../../domain/text.js";
import { blockCommonNounAcronyms } from "./common-noun-acronyms.js";
import { blockDemonyms } from "./demonyms.js";

/** Marks as no name word (`blocked`) the capitalised words that name a kind, not one thing: common-noun acronyms, English demonyms. */
export function blockCommonWords(tokens: readonly Token[], language: string, blocked: Set<number>): void {
  blockCommonNounAcronyms(tokens, blocked);
  blockDemonyms(tokens, language, blocked);
}
