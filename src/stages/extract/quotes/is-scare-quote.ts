import type { Token } from "../../../domain/text.js";
import { NAMING_VERBS } from "../../../language-data/naming-verbs.js";
import { wordSetsByLanguage } from "../../segment/index.js";
import type { ArticleIndex } from "./article-index.js";

const namingVerbs = wordSetsByLanguage(NAMING_VERBS, { fallback: "en", fold: true });

/** At most this many words between a naming verb and the quote it names ("called SEC Chair Mary Jo White the"). */
const NAMING_REACH = 8;

/** An article's tokens as the attributor reads them. */
export interface ScareQuoteContext {
  tokens: readonly Token[];
  normals: readonly string[];
  index: ArticleIndex;
  language: string;
}

/**
 * The last naming verb among the `before` tokens just before a quote (token index), or -1: "Trump called them
 * “bloodsuckers”", "calling the reports “anonymous hearsay”". Its subject speaks; a name after it is what it names.
 */
export function namingVerbBefore(context: ScareQuoteContext, before: readonly number[]): number {
  const naming = namingVerbs(context.language);
  return before.slice(-NAMING_REACH - 1).findLast((token) => naming.has(context.normals[token]!)) ?? -1;
}

/**
 * Whether a quote of one or two words (`inside`: its token indices) is a scare quote, not a statement: no speech verb
 * (`verbs`) outside quotation marks in its sentence (`sentenceTokens`), and not `named` (after a naming verb, see
 * `namingVerbBefore`: the quoted words are the subject's own).
 */
export function isScareQuote(
  context: ScareQuoteContext,
  verbs: ReadonlySet<string>,
  inside: readonly number[],
  sentenceTokens: readonly number[],
  named: boolean,
): boolean {
  const { tokens, normals, index } = context;
  if (inside.length > 2 || named) return false;
  return !sentenceTokens.some((token) => verbs.has(normals[token]!) && !index.insideQuote(tokens[token]!.start));
}
