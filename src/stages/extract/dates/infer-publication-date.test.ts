import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeAnalyzedArticle } from "../../../../test/support/analyzed-article.js";
import { asArticleId } from "../../../domain/ids.js";
import { inferPublicationDate } from "./index.js";

function undated(text: string, id: string, publishedAt: string | null = null) {
  const doc = makeAnalyzedArticle(text, { id: asArticleId(id), path: id, source: id, language: "en", publishedAt });
  doc.article.publishedAtInferred = publishedAt !== null;
  return doc;
}

describe("inferring an undated article's day", () => {
  it("en: a date the story tells of as history is not an article's day (a later year told in the past)", () => {
    const history = undated(
      "The latest quakes in Manokwari occurred on Oct. 10, 2002, killing three people.",
      "a_0000000000000001",
    );
    const tsunami = undated(
      "Residents recalled the tsunami that killed 168,000 people in Aceh in 2004. Panicked families fled on Sunday.",
      "a_0000000000000002",
    );
    for (const doc of [history, tsunami]) assert.equal(inferPublicationDate(doc, [history, tsunami]).date, null);
    // Without the later year, the date it mentions is the best guess there is.
    assert.equal(inferPublicationDate(history, [history]).date, "2002-10-10");
  });

  it("en: a day inferred for another article of the story seeds no window of its own (no drift)", () => {
    const anchor = undated("Talks opened on Oct. 10, 2002, in Geneva, officials said.", "a_0000000000000001");
    // Inferred a Sunday before the anchor: its own window would reach back to late September.
    const inferred = undated("Negotiators arrived on Sunday, officials said.", "a_0000000000000002", "2002-10-06");
    const doc = undated("The first round ended on Wednesday, a spokesman said.", "a_0000000000000003");
    // The Wednesday within a week of the day the story dates, not one a week before it.
    assert.equal(inferPublicationDate(doc, [anchor, inferred, doc]).date, "2002-10-09");
  });
});
