import { rejectSentence } from "../summarize/index.js";

/** Letters outside the Latin script's blocks: most sentences hold none, and need no counting. */
const BEYOND_LATIN = /[\u0370-\u1dff\u2c00-\ua6ff\uac00-\ud7ff\uf900-\uffef]/u;

/** Whether at least half of the letters of `text` are Latin, as every language recoupe reads is written. */
function mostlyLatin(text: string): boolean {
  if (!BEYOND_LATIN.test(text)) return true;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return latin * 2 >= letters;
}

/**
 * Whether a sentence can make a claim its article states: it closes on neither a colon (it introduces what follows:
 * "Rasha Abdulla afferma:", "Mosa’ab Elshamy rapporte :") nor a question mark, is no site boilerplate, and is
 * written mostly in Latin letters, as every language recoupe reads is (an Arabic tweet that two translations of
 * one post both quote is no claim their readers can check).
 */
export function isClaimSentence(text: string): boolean {
  const rejection = rejectSentence(text);
  if (rejection === "list-intro" || rejection === "question" || rejection === "boilerplate") return false;
  return mostlyLatin(text);
}
