import { CURRENCY_NAMES } from "../../../language-data/currency-names.js";
import { foldAccents } from "../../segment/index.js";
import { isFirstName } from "./first-names.js";
import { lookupGazetteer, sharesPlaceStem } from "./gazetteer.js";

const CURRENCIES = new Set(CURRENCY_NAMES);

/**
 * Whether the words of a name are a place's or its people's, then a currency: "Swiss Franc", "Korean Won", "South
 * African Rand", "Hong Kong Dollar" name money, nobody. Not after a given name ("Paul Mark") or a lone listed word
 * ("Ayn Rand").
 */
export function currencyOfPlace(words: readonly string[]): boolean {
  if (words.length < 2 || !CURRENCIES.has(foldAccents(words.at(-1)!)) || isFirstName(words[0]!)) return false;
  const before = words.slice(0, -1);
  // A place of two words or more ("Hong Kong", "New Zealand"): a lone word the gazetteer lists may be a given name too.
  if (before.length >= 2 && lookupGazetteer(before.join(" "))?.type === "place") return true;
  return before.some((word) => sharesPlaceStem(word));
}
