import type { Token } from "../../../domain/text.js";

const STARTS_UPPERCASE = /^\p{Lu}/u;

/** `/^\p{Lu}/u.test(word)`, without the regular expression for plain ASCII. */
function startsUppercase(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return STARTS_UPPERCASE.test(word);
}

/** Whether token `index` can be a word of a name: capitalised, longer than one letter, not `blocked` (a word of a role). */
export function isNameWord(token: Token | undefined, blocked: ReadonlySet<number>, index: number): boolean {
  if (token === undefined || !token.capitalized || blocked.has(index)) return false;
  if (token.text.length === 1) return false;
  return startsUppercase(token.text);
}
