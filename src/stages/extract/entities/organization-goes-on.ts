import type { Token } from "../../../domain/text.js";
import { organizationAfterAnd } from "./organization-after-and.js";
import { possessiveCompanyEnd } from "./possessive-company.js";

/**
 * Where an English organisation's name goes on past token `last`, through "and" ("Securities and Exchange Commission")
 * or through a possessive ("Casey's General Stores Inc"): the index of its last token, or null.
 */
export function organizationGoesOn(
  tokens: readonly Token[],
  text: string,
  first: number,
  last: number,
  language: string,
): number | null {
  return (
    organizationAfterAnd(tokens, text, first, last, language) ??
    possessiveCompanyEnd(tokens, text, first, last, language)
  );
}
