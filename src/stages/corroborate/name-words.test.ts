import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { nameWords, surnameOf } from "./name-words.js";

describe("name words", () => {
  it("keeps a name's words of three letters or more, folded", () => {
    assert.deepEqual(nameWords("A. J. Smith"), ["smith"]);
    assert.deepEqual(nameWords("Sergueï Lavrov"), ["serguei", "lavrov"]);
  });

  it("reads a person's surname past suffixes and initials, inside hyphenated names", () => {
    assert.equal(surnameOf("Martin Luther King Jr"), "king");
    assert.equal(surnameOf("Bashar al-Assad"), surnameOf("Bashar Assad"));
    assert.notEqual(surnameOf("Kim Jong-un"), surnameOf("Kim Jong-il"));
    assert.equal(surnameOf("Andrew M. Cuomo"), surnameOf("Andrew Cuomo"));
  });
});
