import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { wordSetsByLanguage } from "./word-sets-by-language.js";

describe("wordSetsByLanguage", () => {
  const lists = { fr: ["Déclaré", "dit"], en: ["said"] };

  it("folds when asked, falls back to another language's list, and builds each set once", () => {
    const folded = wordSetsByLanguage(lists, { fallback: "en", fold: true });
    assert.deepEqual([...folded("fr")], ["declare", "dit"]);
    assert.deepEqual([...folded("nl")], ["said"]);
    assert.equal(folded("fr"), folded("fr"));
  });

  it("keeps words as written and gives no words to a language without a list and no fallback", () => {
    const written = wordSetsByLanguage(lists);
    assert.deepEqual([...written("fr")], ["Déclaré", "dit"]);
    assert.equal(written("nl").size, 0);
  });
});
