import { letterOrNumberTable } from "./code-unit-classes.js";
import { createLeadTrie, type Lead, type LeadTrie } from "./lead-trie.js";

/** A sticky (`y`) pattern and where its matches can begin. */
export type ScannedPattern = { pattern: RegExp } & (
  | {
      /** Patterns opening with `WORD_START`, tried where a word begins... */
      begins: "word";
      /** ...with one of these leads (null: any word). */
      leads: readonly Lead[] | null;
    }
  | {
      /** Patterns opening with a digit, tried where a run of ASCII digits begins... */
      begins: "digits";
      /** ...when this necessary condition holds. */
      fits: (text: string, position: number) => boolean;
    }
);

/** Calls `visit` with each match of each pattern in `text`, each pattern's matches in text order. */
export type StickyScan = (text: string, visit: (pattern: number, match: RegExpExecArray) => void) => void;

/**
 * The matches of several patterns in one pass over a text, exactly those of scanning the text with each
 * pattern in turn (global, each match resuming after the previous one). Instead of each regular
 * expression trying every position, the pass tries a pattern only where a match of it can begin: where
 * a word begins with one of its leads (the lead trie), or where a run of digits begins and `fits` holds.
 */
export function createStickyScan(patterns: readonly ScannedPattern[]): StickyScan {
  const scanner = new StickyScanner(patterns);
  return (text, visit) => scanner.scan(text, visit);
}

class StickyScanner {
  private readonly digits: number[];
  private readonly leads: LeadTrie;
  private readonly candidates: Int32Array;
  private readonly letterOrNumber = letterOrNumberTable();

  constructor(private readonly patterns: readonly ScannedPattern[]) {
    this.digits = patterns.flatMap((pattern, index) => (pattern.begins === "digits" ? [index] : []));
    this.leads = createLeadTrie(patterns.map((pattern) => (pattern.begins === "word" ? pattern.leads : [])));
    this.candidates = new Int32Array(this.leads.capacity);
  }

  scan(text: string, visit: (pattern: number, match: RegExpExecArray) => void): void {
    const { patterns, candidates, letterOrNumber } = this;
    const resumeAt = new Array<number>(patterns.length).fill(0);
    let afterWordCharacter = false;
    let afterDigit = false;
    let afterHighSurrogate = false;
    for (let position = 0; position < text.length; position++) {
      const code = text.charCodeAt(position);
      const digit = code >= 48 && code <= 57;
      // A Unicode pattern never starts a match between the two halves of a surrogate pair.
      if (!afterWordCharacter && !(afterHighSurrogate && code >= 0xdc00 && code <= 0xdfff)) {
        const count = this.leads.candidates(text, position, candidates);
        for (let candidate = 0; candidate < count; candidate++) {
          this.attempt(text, candidates[candidate]!, position, resumeAt, visit);
        }
      }
      if (digit && !afterDigit) {
        for (const index of this.digits) {
          const pattern = patterns[index]!;
          if (pattern.begins === "digits" && pattern.fits(text, position))
            this.attempt(text, index, position, resumeAt, visit);
        }
      }
      afterWordCharacter = letterOrNumber[code] === 1;
      afterDigit = digit;
      afterHighSurrogate = code >= 0xd800 && code <= 0xdbff;
    }
  }

  /** Tries pattern `index` at `position`, unless its previous match ends after it. */
  private attempt(
    text: string,
    index: number,
    position: number,
    resumeAt: number[],
    visit: (pattern: number, match: RegExpExecArray) => void,
  ): void {
    if (position < resumeAt[index]!) return;
    const { pattern } = this.patterns[index]!;
    pattern.lastIndex = position;
    const match = pattern.exec(text);
    if (match === null) return;
    resumeAt[index] = match.index + match[0].length;
    visit(index, match);
  }
}
