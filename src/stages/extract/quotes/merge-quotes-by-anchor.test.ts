import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { mergeQuotesByAnchor } from "./merge-quotes-by-anchor.js";
import { es, fr, fr2, it_, languageOf, quote, week } from "./quote-test-support.js";

describe("mergeQuotesByAnchor", () => {
  it("joins one named speaker's quotes in two languages that hold the same date or number, whatever the facts", () => {
    // "next week" / "la prossima settimana": the same week once resolved; the sentences aligned by no fact.
    const english = quote(fr, 0, "We agreed to get written answers next week", "Lavrov");
    const italian = quote(it_, 0, "Abbiamo concordato risposte scritte la prossima settimana", "Lavrov");
    const anchors = [week(fr, 33), week(it_, 36)];
    const englishOf = new Map([...languageOf, [fr, "en"]]);
    const merged = mergeQuotesByAnchor([english, italian], anchors, englishOf);
    assert.equal(merged.length, 1);
    assert.deepEqual(merged[0]!.articleIds.sort(), [fr, it_].sort());
    // Not without the anchor inside both quotes, nor for a quote of no known speaker (the value could be anyone's).
    assert.equal(mergeQuotesByAnchor([english, italian], [week(fr, 33), week(it_, 70)], englishOf).length, 2);
    const unknown = [
      { ...english, speaker: null },
      { ...italian, speaker: null },
    ];
    assert.equal(mergeQuotesByAnchor(unknown, anchors, englishOf).length, 2);
    // Nor another speaker's, nor the same value in another key ("number:3000" is no date).
    assert.equal(mergeQuotesByAnchor([english, { ...italian, speaker: "Blinken" }], anchors, englishOf).length, 2);
    const number = [week(fr, 33), { ...week(it_, 36), key: "number:3000" }];
    assert.equal(mergeQuotesByAnchor([english, italian], number, englishOf).length, 2);
  });

  it("joins no quote by a value two quotes of the speaker in one language hold: which one is rendered is not known", () => {
    const quotes = [
      quote(es, 0, "respuestas la próxima semana", "Lavrov"),
      quote(fr, 0, "des réponses la semaine prochaine", "Lavrov"),
      quote(fr2, 0, "une rencontre la semaine prochaine", "Lavrov"),
    ];
    const anchors = [week(es, 13), week(fr, 13), week(fr2, 13)];
    assert.equal(mergeQuotesByAnchor(quotes, anchors, languageOf).length, 3);
  });
});
