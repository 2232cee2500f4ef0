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
  it("reads a number cut from its thousands group as the offset scanning always found", () => {
    const [expression] = findDateExpressions("It happened 1,000 days ago.", "en");
    assert.deepEqual(expression, { kind: "offset", start: 14, end: 26, unit: "day", offset: -0 });
  });
});
