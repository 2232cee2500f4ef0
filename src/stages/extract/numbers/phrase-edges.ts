import { phrasePattern } from "../dates/phrase-pattern.js";

/** The two patterns of one phrase list, and which ASCII characters can open or close one of its phrases. */
interface EdgePatterns {
  end: RegExp;
  start: RegExp;
  /** 1 for the ASCII code units a phrase can begin with (case-insensitively); null: no quick check. */
  firstAscii: Uint8Array | null;
  /** Same for the last character of a phrase. */
  lastAscii: Uint8Array | null;
}

const patternCache = new WeakMap<readonly string[], EdgePatterns>();

/**
 * ASCII code units that match one of `characters` under the patterns' rules (`iu`, apostrophes both
 * ways); null when one of the phrases has no such character (empty, or white space at that edge).
 */
function asciiMatching(characters: readonly (string | undefined)[]): Uint8Array | null {
  if (characters.some((character) => character === undefined || /\s/.test(character))) return null;
  const table = new Uint8Array(128);
  if (characters.length === 0) return table;
  const escaped = (characters as string[]).map((character) =>
    /['’]/.test(character) ? "'’" : character.replace(/[\\\][^-]/g, "\\$&"),
  );
  const pattern = new RegExp(`[${escaped.join("")}]`, "iu");
  for (let code = 0; code < 128; code++) if (pattern.test(String.fromCharCode(code))) table[code] = 1;
  return table;
}

function patternsFor(phrases: readonly string[]): EdgePatterns {
  let patterns = patternCache.get(phrases);
  if (patterns === undefined) {
    const source = phrasePattern(phrases);
    const written = [...phrases].filter((phrase) => phrase.length > 0);
    patterns = {
      end: new RegExp(`(?<![\\p{L}\\p{N}])(?:${source || "(?!)"})\\s*$`, "iu"),
      start: new RegExp(`^\\s*(?:${source || "(?!)"})(?![\\p{L}\\p{N}])`, "iu"),
      firstAscii: asciiMatching(written.map((phrase) => [...phrase][0])),
      lastAscii: asciiMatching(written.map((phrase) => [...phrase].pop())),
    };
    patternCache.set(phrases, patterns);
  }
  return patterns;
}

const isAsciiSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13);

/**
 * True when `text` ends with one of `phrases` (whole words, case-insensitively), then white space.
 * The last character that is not ASCII white space must be able to close a phrase before the pattern
 * is tried. `phrases` should be one long-lived array: its patterns are kept with it.
 */
export function endsWithPhrase(text: string, phrases: readonly string[]): boolean {
  const patterns = patternsFor(phrases);
  if (patterns.lastAscii !== null) {
    let at = text.length - 1;
    while (at >= 0 && isAsciiSpace(text.charCodeAt(at))) at--;
    const code = at >= 0 ? text.charCodeAt(at) : -1;
    if (code >= 0 && code < 128 && patterns.lastAscii[code] === 0) return false;
  }
  return patterns.end.test(text);
}

/** Length of the leading phrase of `text` (white space before it included), or null. */
export function startsWithPhrase(text: string, phrases: readonly string[]): number | null {
  const patterns = patternsFor(phrases);
  if (patterns.firstAscii !== null) {
    let at = 0;
    while (at < text.length && isAsciiSpace(text.charCodeAt(at))) at++;
    const code = at < text.length ? text.charCodeAt(at) : -1;
    if (code >= 0 && code < 128 && patterns.firstAscii[code] === 0) return null;
  }
  const match = patterns.start.exec(text);
  return match === null ? null : match[0].length;
}
