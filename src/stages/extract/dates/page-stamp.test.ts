import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { pageStampOf } from "./page-stamp.js";

/** The stamp of the first `date` written in `text`. */
function stampOf(text: string, date: string) {
  const start = text.indexOf(date);
  assert.ok(start >= 0, date);
  return pageStampOf(text, start, start + date.length);
}

describe("pageStampOf", () => {
  it("tells a page's publication stamp from its update stamp, in every language read", () => {
    const byline = "Par Hélène Sallon Publié le 02 février 2013 à 11h05 - Mis à jour le 03 février 2013 à 11h35";
    assert.equal(stampOf(byline, "02 février 2013"), "published");
    assert.equal(stampOf(byline, "03 février 2013"), "updated");
    assert.equal(stampOf("POSTED ON FEBRUARY 4, 2014", "FEBRUARY 4, 2014"), "published");
    assert.equal(stampOf("Updated: Jan 21, 2022", "Jan 21, 2022"), "updated");
    assert.equal(stampOf("Veröffentlicht am 21. Januar 2022", "21. Januar 2022"), "published");
    assert.equal(stampOf("Actualizado el 21 de enero de 2022", "21 de enero de 2022"), "updated");
  });

  it("reads a date beside a time of day as a stamp: news tells of an event's time without its year", () => {
    assert.equal(stampOf("Joshua Keating — 3 juillet 2013 à 23h49 — mis à jour", "3 juillet 2013"), "published");
    assert.equal(
      stampOf("El papel del ejército\n03 de julio de 2013 03:32 PM\nTexto", "03 de julio de 2013"),
      "published",
    );
    const italian = "Questo articolo è stato pubblicato il  25 gennaio 2012 alle ore 13:57.";
    assert.equal(stampOf(italian, "25 gennaio 2012"), "published");
    // The line ends with the time, a separator, an update or a section's name: a byline.
    assert.equal(stampOf("il 28 dicembre 2011, alle 07:08 | archiviato in Cronaca.", "28 dicembre 2011"), "published");
    assert.equal(stampOf("le 30.10.2011 à 20h15, mis à jour le 30.10.2011 à 20h15", "30.10.2011"), "published");
    assert.equal(stampOf("28/08/2011  - 12:24 Mundo", "28/08/2011"), "published");
  });

  it("leaves the dates a text tells of, and another text's publication told in prose", () => {
    assert.equal(stampOf("Le 25 janvier 2011, les manifestants ont envahi la place.", "25 janvier 2011"), null);
    const event =
      "Le 21 janvier 2022 à 10h30, les deux ministres se sont rencontrés à l’hôtel Président Wilson, à Genève.";
    assert.equal(stampOf(event, "21 janvier 2022"), null);
    const prose = "un articolo pubblicato, il 13 aprile 2011 da Ellen Brown su Truthout";
    assert.equal(stampOf(prose, "13 aprile 2011"), null);
  });

  it("reads a date alone on its line as a dateline near the top only, a heading further down", () => {
    const top = "Libye : les conditions encore floues\n29 juillet 2011\nLes insurgés progressent.";
    assert.equal(stampOf(top, "29 juillet 2011"), "published");
    const lines = Array.from({ length: 8 }, (_, k) => `Paragraphe ${k} du récit.`).join("\n");
    assert.equal(stampOf(`${lines}\n6 OCTOBRE 1981\nLe président est assassiné.`, "6 OCTOBRE 1981"), null);
  });
});
