import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeAnalyzedArticle } from "../../../test/support/analyzed-article.js";
import { storyTerms } from "./story-terms.js";

describe("storyTerms", () => {
  it("makes no name features from a sentence written in capitals, but keeps an acronym's in an ordinary one", () => {
    const doc = makeAnalyzedArticle(
      "Shr 10 cts vs 13 cts.\n\nNet income rose, United Healthcare said in Minneapolis.",
      {
        title: "UNITED HEALTHCARE CORP 4TH QTR NET",
        language: "en",
      },
    );
    const terms = storyTerms(doc);
    for (const name of ["@corp", "@qtr", "@net", "@healthcare"])
      assert.equal(terms.get(name) ?? 0, name === "@healthcare" ? 1 : 0);
    assert.equal(terms.get("qtr"), 2);
    assert.equal(terms.get("@minneapolis"), 1);
    const acronym = storyTerms(
      makeAnalyzedArticle("Officials of NATO met Russian envoys in Geneva.", { language: "en" }),
    );
    assert.equal(acronym.get("@nato"), 1);
    assert.equal(acronym.get("@geneva"), 1);
  });

  it("gives no feature for the letters glued to a number: an ordinal's ending or a unit says which one, not what", () => {
    const wire = storyTerms(
      makeAnalyzedArticle("Shr 12 cts vs 10 cts in the 2nd quarter; 21st year, a 10km race.", {
        title: "GENDEX CORP 3RD QTR SEPT 30 NET",
        language: "en",
      }),
    );
    for (const ending of ["rd", "nd", "st", "km"]) assert.equal(wire.has(ending), false, ending);
    assert.equal(wire.get("gendex"), 2);
    assert.equal(wire.get("quarter"), 1);
    assert.equal(wire.get("race"), 1);
    const french = storyTerms(
      makeAnalyzedArticle("Au 3e trimestre, le 1er janvier, pour la 2ème fois au XXe siècle, 3 km à pied.", {
        language: "fr",
      }),
    );
    for (const ending of ["e", "er", "eme"]) assert.equal(french.has(ending), false, ending);
    for (const word of ["trimestr", "janvi", "fois", "xxe", "siecl", "km"]) assert.equal(french.has(word), true, word);
  });
});
