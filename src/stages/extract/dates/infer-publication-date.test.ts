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
    // Alone, a date it mentions is more often history than its day (ML-Crisis pages: 29 of 105 right): no guess.
    assert.equal(inferPublicationDate(history, [history]).date, null);
    // Beside an article the input dates, a date it mentions within that article's week is its best guess.
    const dated = undated("Aftershocks rattled the town again.", "a_0000000000000003");
    dated.article.publishedAt = "2002-10-11";
    assert.equal(inferPublicationDate(history, [history, dated]).date, "2002-10-10");
  });

  it("fr, es: a page's publication stamp is its day, whatever the later dates of its update and sidebar", () => {
    const page = makeAnalyzedArticle(
      "Par Hélène Sallon Publié le 02 février 2013 à 11h05 - Mis à jour le 03 février 2013 à 11h35\n" +
        "Les manifestants sont revenus sur la place Tahrir vendredi.\n" +
        "À lire aussi\nLa Tunisie vote — 23 juillet 2020 — Temps de lecture : 2 min\n" +
        "Sfax en grève — 23 juillet 2020 — Temps de lecture : 4 min",
      { id: asArticleId("a_0000000000000004"), language: "fr" },
    );
    const inferred = inferPublicationDate(page, [page]);
    assert.equal(inferred.date, "2013-02-02");
    assert.match(inferred.basis, /stamped « 02 février 2013 »/);
  });

  it("it, es: a weekday written with a day fixes the year; 'today' fits every day and backs none", () => {
    const italian = makeAnalyzedArticle(
      "Morsi era in carica dal 30 giugno 2012. Mercoledì 3 luglio l'esercito lo ha deposto. " +
        "Giovedì 4 luglio Adli Mansur ha giurato come presidente.",
      { id: asArticleId("a_0000000000000005"), language: "it" },
    );
    assert.equal(inferPublicationDate(italian, [italian]).date, "2013-07-04");
    // "hoy" names whatever day the page is from: the dates of history it mentions stay no guess.
    const spanish = makeAnalyzedArticle("Hoy se recuerda el 11 de septiembre de 2001. Hoy es un día triste.", {
      id: asArticleId("a_0000000000000006"),
      language: "es",
    });
    assert.equal(inferPublicationDate(spanish, [spanish]).date, null);
  });

  it("en: a day inferred for another article of the story seeds no window of its own (no drift)", () => {
    // An article the input dates: its dates are the story's, not history.
    const anchor = undated("Talks opened on Oct. 10, 2002, in Geneva, officials said.", "a_0000000000000001");
    anchor.article.publishedAt = "2002-10-11";
    // Inferred a Sunday before the anchor: its own window would reach back to late September.
    const inferred = undated("Negotiators arrived on Sunday, officials said.", "a_0000000000000002", "2002-10-06");
    const doc = undated("The first round ended on Wednesday, a spokesman said.", "a_0000000000000003");
    // The Wednesday within a week of the day the story dates, not one a week before it.
    assert.equal(inferPublicationDate(doc, [anchor, inferred, doc]).date, "2002-10-09");
    // With no article dated, the others' dates are as likely history as its own: no guess either.
    anchor.article.publishedAt = null;
    assert.equal(inferPublicationDate(doc, [anchor, inferred, doc]).date, null);
    // Alone, a past weekday near a date the article itself tells of is no guess: that date is often history.
    const alone = undated(
      "Talks opened on Oct. 10, 2002. The first round ended on Wednesday. Negotiators left on Wednesday.",
      "a_0000000000000009",
    );
    assert.equal(inferPublicationDate(alone, [alone]).date, null);
  });

  it("it: among days that fit as well, the one the story's dates gather around", () => {
    const story = makeAnalyzedArticle(
      "Morsi era in carica dal 30 giugno 2012. Mercoledì 3 luglio è stato deposto. Giovedì 4 luglio Mansur ha giurato.",
      { id: asArticleId("a_0000000000000007"), language: "it" },
    );
    // "Ieri" fits the eve of 30 June 2012 as well as of 3 or 4 July 2013: the story tells of July 2013.
    const doc = makeAnalyzedArticle("Ieri l'esercito ha annunciato la destituzione.", {
      id: asArticleId("a_0000000000000008"),
      language: "it",
    });
    assert.equal(inferPublicationDate(doc, [story, doc]).date, "2013-07-04");
  });
});
