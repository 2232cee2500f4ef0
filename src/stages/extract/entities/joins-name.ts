const isSpace = (code: number): boolean => code === 0x20 || code === 0xa0;

/** Abbreviated first words of place names, whose period ends nothing ("St. Louis", "Mt. Everest", "Ste. Anne"). */
const PLACE_ABBREVIATIONS = new Set(["St", "Ste", "Mt", "Ft"]);

/**
 * Whether the text from `from` to `to` joins two words of a name: one space, a hyphen, an ampersand with a
 * space on either side or none ("Procter & Gamble"): `/^(?:[ \u00a0]|-|[ \u00a0]?&[ \u00a0]?)$/`; after the word
 * `before` when it is an abbreviation that opens places, a period and a space ("St. Petersburg").
 */
export function joinsName(text: string, from: number, to: number, before?: string): boolean {
  const length = to - from;
  if (length === 2 && text.charCodeAt(from) === 0x2e && isSpace(text.charCodeAt(from + 1)))
    return before !== undefined && PLACE_ABBREVIATIONS.has(before);
  if (length === 1) {
    const code = text.charCodeAt(from);
    return isSpace(code) || code === 0x2d || code === 0x26;
  }
  if (length === 2) {
    const [a, b] = [text.charCodeAt(from), text.charCodeAt(from + 1)];
    return (isSpace(a) && b === 0x26) || (a === 0x26 && isSpace(b));
  }
  return (
    length === 3 &&
    isSpace(text.charCodeAt(from)) &&
    text.charCodeAt(from + 1) === 0x26 &&
    isSpace(text.charCodeAt(from + 2))
  );
}
