/**
 * Text written in UTF-8, read somewhere upstream as Windows-1252 (or Latin-1) and written out again in
 * UTF-8: "Saná" arrives as "SanÃ¡", "l’Ukraine" as "lâ€™Ukraine", "€" as "â‚¬". The bytes are valid
 * UTF-8, so no decoder can tell; only the characters show it. Feeds and scraped pages carry such
 * paragraphs (and whole articles), and a name written "SanÃ¡" is neither found nor grouped with "Saná".
 *
 * A sequence is repaired only when reading its characters back as Windows-1252 bytes gives one valid
 * UTF-8 character of a kind that is mis-read this way in news text: a Latin letter or sign of U+0080–U+017F,
 * Romanian ș/ț, or general punctuation (’ “ ” – — … •), €, ™. So "passé…»" (é, … and » are the bytes
 * of a CJK character) and the Portuguese "NÃO" stay as written: no sequence of a legitimate text in these
 * languages reads back into one of these characters. Text encoded twice over is repaired until stable.
 */

/** The byte Windows-1252 writes each character of 0x80–0x9F as (Latin-1's C1 controls stand for themselves). */
const WINDOWS_1252_HIGH: Record<string, number> = {
  "€": 0x80,
  "‚": 0x82,
  ƒ: 0x83,
  "„": 0x84,
  "…": 0x85,
  "†": 0x86,
  "‡": 0x87,
  ˆ: 0x88,
  "‰": 0x89,
  Š: 0x8a,
  "‹": 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  "‘": 0x91,
  "’": 0x92,
  "“": 0x93,
  "”": 0x94,
  "•": 0x95,
  "–": 0x96,
  "—": 0x97,
  "˜": 0x98,
  "™": 0x99,
  š: 0x9a,
  "›": 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

const CONTINUATION = `\\u0080-\\u00BF${Object.keys(WINDOWS_1252_HIGH).join("")}`;
/**
 * A two-character sequence read from a two-byte character (lead Â Ã Ä Å È: U+0080–U+017F, ș ț), or a
 * three-character one from a three-byte character (lead â: U+2000–U+2FFF). "â€" alone is the right
 * double quotation mark whose last byte (0x9D) Windows-1252 cannot write and which was dropped; "Ã" alone
 * after a lower-case letter and before a space or punctuation is "à" whose no-break space became a plain
 * space (no language writes a capital Ã after a lower-case letter): "cittÃ ." and "cittÃ  americane" lose
 * that space, "cittÃ americane" (spaces collapsed upstream) keeps its one.
 */
const WORD_END = `[\\s.,;:!?'"»)\\]]|$`;
const SEQUENCE = new RegExp(
  `[ÂÃÄÅÈ][${CONTINUATION}]|â[${CONTINUATION}]{2}|â€|(?<=[a-zß-öø-ÿ])Ã (?=${WORD_END})|(?<=[a-zß-öø-ÿ])Ã(?=${WORD_END})`,
  "g",
);

function byteOf(char: string): number {
  const code = char.charCodeAt(0);
  return code >= 0x80 && code <= 0xbf ? code : (WINDOWS_1252_HIGH[char] ?? -1);
}

/** Whether a character is one that, mis-read, shows as such a sequence in news text. */
function repairable(code: number): boolean {
  return (
    // U+0080–U+009F only as the middle stage of text garbled twice (no text writes these controls).
    (code >= 0x80 && code <= 0x17f) ||
    (code >= 0x218 && code <= 0x21b) ||
    (code >= 0x2010 && code <= 0x2027) ||
    (code >= 0x2030 && code <= 0x203a) ||
    code === 0x20ac ||
    code === 0x2122
  );
}

/** The character a sequence stands for, or the sequence itself when it does not read back into one. */
function readBack(sequence: string): string {
  if (sequence === "â€") return "”";
  if (sequence === "Ã" || sequence === "Ã ") return "à";
  const lead = sequence.charCodeAt(0);
  let code: number;
  if (sequence.length === 2) {
    const second = byteOf(sequence[1]!);
    code = ((lead & 0x1f) << 6) | (second & 0x3f);
  } else {
    const second = byteOf(sequence[1]!);
    const third = byteOf(sequence[2]!);
    code = ((lead & 0x0f) << 12) | ((second & 0x3f) << 6) | (third & 0x3f);
    // An overlong form (second byte under 0xA0 after 0xE0) is not UTF-8; â is 0xE2, so none arises.
  }
  return repairable(code) ? String.fromCharCode(code) : sequence;
}

/** A sequence as a message can show it: controls, no-break and soft hyphen as \\u escapes. */
function visible(text: string): string {
  return text.replace(
    /[\u0080-\u00A0\u00AD]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`,
  );
}

/**
 * What every sequence starts with: a two-byte lead, or â and the first continuation of the three-byte
 * characters `repairable` accepts (U+2000–U+203F, U+20AC, U+2122), in Windows-1252 and in Latin-1.
 * A search for each is ~5× cheaper than the regular expression on text that holds none (nearly all).
 */
const OPENINGS = ["Ã", "Â", "Ä", "Å", "È", "â€", "â‚", "â„", "â\u0080", "â\u0082", "â\u0084"];

/** Whether the text holds a sequence that may be a mis-read character (a cheap test before `repairMojibake`). */
function mayHoldMojibake(text: string): boolean {
  if (!OPENINGS.some((opening) => text.includes(opening))) return false;
  SEQUENCE.lastIndex = 0;
  return SEQUENCE.test(text);
}

/** What `repairMojibake` did: the text read back, how many characters were, and the first few "Ã¡ → á". */
export interface RepairedText {
  text: string;
  repaired: number;
  examples: string[];
}

/** The text with every mis-read character read back (see the module comment). */
export function repairMojibake(text: string): RepairedText {
  let repaired = 0;
  const examples: string[] = [];
  let current = text;
  // Twice-encoded text ("ÃƒÂ©") needs two passes; three bound the work on adversarial input.
  for (let pass = 0; pass < 3 && mayHoldMojibake(current); pass++) {
    let changed = 0;
    const next = current.replace(SEQUENCE, (sequence) => {
      const char = readBack(sequence);
      if (char !== sequence) {
        changed++;
        const example = `${visible(sequence)} → ${visible(char)}`;
        if (examples.length < 3 && pass === 0 && !examples.includes(example)) examples.push(example);
      }
      return char;
    });
    if (changed === 0) break;
    repaired += changed;
    current = next;
  }
  return { text: current, repaired, examples };
}
