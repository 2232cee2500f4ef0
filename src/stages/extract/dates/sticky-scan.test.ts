import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findDateExpressions } from "./find-date-expressions.js";
import { leadsOf } from "./leads-of.js";
import { WORD_END, WORD_START } from "./phrase-pattern.js";
import { createStickyScan } from "./sticky-scan.js";

/** Every match of `pattern` (global) in `text`, as [index, text]. */
function globalMatches(source: string, flags: string, text: string): [number, string][] {
  return [...text.matchAll(new RegExp(source, `g${flags}`))].map((match) => [match.index, match[0]]);
}

function scanned(source: string, flags: string, text: string, phrases: string[], followedBy?: string[]) {
  const scan = createStickyScan([
    { pattern: new RegExp(source, `y${flags}`), begins: "word", leads: leadsOf({ phrases, followedBy }) },
  ]);
  const found: [number, string][] = [];
  scan(text, (_, match) => found.push([match.index, match[0]]));
  return found;
}

describe("createStickyScan", () => {
  it("finds exactly the matches of a global scan, case folding and odd spacing included", () => {
    const source = `${WORD_START}(?:en|de|d['’])\\s*(janvier|mars)${WORD_END}`;
    const text = "En Janvier, enjanvier, d’mars, de\u00a0MARS, ſmars, xen janvier, de  mars, de la mars, dé mars";
    const expected = globalMatches(source, "iu", text);
    assert.equal(expected.length, 5);
    assert.deepEqual(scanned(source, "iu", text, ["en", "de", "d'"], ["janvier", "mars"]), expected);
  });

  it("resumes each pattern after its previous match, as a global scan does", () => {
    const source = `${WORD_START}(?:ce|cette)\\s+\\p{L}+`;
    const text = "ce ce matin, cette nuit ce";
    assert.deepEqual(scanned(source, "iu", text, ["ce", "cette"]), globalMatches(source, "iu", text));
  });
});

describe("findDateExpressions", () => {
  it("reads a number with thousands groups whole, never its last group alone", () => {
    const offsets = (text: string, language: string) =>
      findDateExpressions(text, language).flatMap((found) => (found.kind === "offset" ? [found.offset] : []));
    assert.deepEqual(offsets("It happened 1,000 days ago.", "en"), [-1000]);
    assert.deepEqual(offsets("Es geschah vor 1.000 Tagen.", "de"), [-1000]);
    assert.deepEqual(offsets("C'était il y a 3\u00a0000 ans.", "fr"), [-3000]);
    // A decimal is no count of days: nothing rather than "5 days".
    assert.deepEqual(offsets("Il y a 1,5 jour.", "fr"), []);
    assert.deepEqual(offsets("It happened 3 days ago.", "en"), [-3]);
  });
});
