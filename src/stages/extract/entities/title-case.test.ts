import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";
import { segmentText } from "../../segment/index.js";
import { titleCaseSentences } from "./title-case.js";

const BODY =
  "US Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov in Geneva on Friday. Tensions " +
  "have risen along the border since the buildup began, and the two men meet again next week.";

/** The names of every entity found, sorted. */
function names(text: string, language: string): string[] {
  return [...entitiesByName(text, language).keys()].sort();
}

describe("headlines in title case (titleCaseSentences, withoutTitleCase)", () => {
  it("en: a title-case headline names only what the story names elsewhere or the gazetteer knows", () => {
    const found = names(
      `Blinken And Lavrov Meet In Geneva As Tensions Rise Over Ukraine Border Buildup\n\n${BODY}`,
      "en",
    );
    assert.deepEqual(found, ["Antony Blinken", "Geneva", "Sergei Lavrov", "Ukraine"]);
  });

  it("en: in AP style too, where short words stay in lower case", () => {
    const found = names(`Blinken, Lavrov Meet in Geneva as Tensions Rise Over Ukraine Border Buildup\n\n${BODY}`, "en");
    assert.deepEqual(found, ["Antony Blinken", "Geneva", "Sergei Lavrov", "Ukraine"]);
  });

  it("a line of names only, or German nouns, is no title case: its names stay", () => {
    const names = segmentText("Sergueï Lavrov et Antony Blinken à Genève.", "fr");
    assert.equal(titleCaseSentences(names.tokens, names.text, new Set(["lavrov"])).size, 0);
    const german = "Ukraine-Krise: Treffen von Blinken und Lawrow in Genf. Die Minister treffen sich am Freitag.";
    const segmented = segmentText(german, "de");
    assert.equal(titleCaseSentences(segmented.tokens, segmented.text, new Set(["treffen", "sich", "am"])).size, 0);
  });

  it("en: a sentence with a word in lower case is no headline, whatever its capitals", () => {
    const segmented = segmentText(BODY, "en");
    assert.equal(
      titleCaseSentences(segmented.tokens, segmented.text, new Set(["secretary", "state", "foreign", "minister"])).size,
      0,
    );
  });

  it("a headline in capitals, or a list of names ending on a period, is no title case", () => {
    const capitals = segmentText("U.S. TREASURY BALANCE AT FED FELL ON MARCH 3", "en");
    assert.equal(titleCaseSentences(capitals.tokens, capitals.text, new Set(["balance", "fell"])).size, 0);
    const list = segmentText("They are Oversea Chinese Banking Corp Ltd And Bangkok Bank Ltd.", "en");
    assert.equal(titleCaseSentences(list.tokens, list.text, new Set(["banking", "bank"])).size, 0);
    const headline = segmentText("Oversea Chinese Banking And Bangkok Bank Merge", "en");
    assert.equal(titleCaseSentences(headline.tokens, headline.text, new Set(["banking", "bank"])).size, 1);
  });
});
