import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { datelineLength } from "./leading-dateline.js";

/** What the summary shows of a sentence: the text after its dateline. */
const shown = (sentence: string, opensArticle = false) => sentence.slice(datelineLength(sentence, opensArticle));

describe("datelineLength", () => {
  it("leaves out a place and its agency, a place in capitals and its date, in any language", () => {
    assert.equal(
      shown("ATHENS (Reuters) - A wildfire forced 30,000 people to flee."),
      "A wildfire forced 30,000 people to flee.",
    );
    assert.equal(shown("Berlin (dpa) - Kanzler Olaf Scholz ist geflogen."), "Kanzler Olaf Scholz ist geflogen.");
    assert.equal(shown("Madrid (EFE) - Pedro Sánchez prometió un plan."), "Pedro Sánchez prometió un plan.");
    assert.equal(shown("NEW YORK, March 3 - Shares rose sharply."), "Shares rose sharply.");
    assert.equal(shown("WASHINGTON — Hope Hicks is returning."), "Hope Hicks is returning.");
  });

  it("takes a place and a dash alone for a dateline only where an article opens", () => {
    assert.equal(
      shown("Brasília - O presidente Lula assinou 20 acordos.", true),
      "O presidente Lula assinou 20 acordos.",
    );
    assert.equal(
      shown("Brasília - O presidente Lula assinou 20 acordos."),
      "Brasília - O presidente Lula assinou 20 acordos.",
    );
    assert.equal(shown("Trump - the president - said no.", true), "Trump - the president - said no.");
    assert.equal(shown("Le secrétaire d'État américain a parlé.", true), "Le secrétaire d'État américain a parlé.");
  });
});
