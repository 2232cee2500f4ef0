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
});
