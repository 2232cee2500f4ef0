import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { countLetters } from "./count-letters.js";

/** The reference: what detectLanguage counted before. */
function countByRegex(text: string, enough: number): number {
  let count = 0;
  for (const _ of text.matchAll(/\p{L}/gu)) if (++count >= enough) break;
  return count;
}

describe("countLetters", () => {
  it("counts what matchAll(/\\p{L}/gu) counts, up to the bound", () => {
    const pieces = [..."aZé日ÆΣя1 .,'’-😀𝒜\u0301\u00a0", "\ud83d", "\ude00", "𝒜", "😀"];
    let state = 7;
    const random = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 4294967296;
    };
    for (let n = 0; n < 3000; n++) {
      let text = "";
      const length = Math.floor(random() * 90);
      while (text.length < length) text += pieces[Math.floor(random() * pieces.length)];
      for (const enough of [1, 40])
        assert.equal(countLetters(text, enough), countByRegex(text, enough), JSON.stringify(text));
    }
    assert.equal(countLetters("81 0 2022", 40), 0);
  });
});
