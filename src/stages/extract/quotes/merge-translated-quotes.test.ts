import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type ArticleId, asArticleId } from "../../../domain/ids.js";
import type { Evidence } from "../../../domain/span.js";
import type { Quote } from "../../../domain/story.js";
import { mergeTranslatedQuotes } from "./merge-translated-quotes.js";
import type { QuoteAnchor } from "./quote-anchors.js";

const [es, it_, fr, fr2] = ["1", "2", "3", "4"].map((n) => asArticleId(`a_${n.padStart(16, "0")}`)) as [
  ArticleId,
  ArticleId,
  ArticleId,
  ArticleId,
];
const languageOf = new Map([
  [es, "es"],
  [it_, "it"],
  [fr, "fr"],
  [fr2, "fr"],
]);

/** A quote of one variant at [start, end) of `articleId`. */
function quote(articleId: ArticleId, start: number, text: string, speaker: string | null): Quote {
  const end = start + text.length;
  return { speaker, text, articleIds: [articleId], variants: [{ articleId, start, end, text, speakerMention: null }] };
}

const sentence = (articleId: ArticleId, start: number, end: number): Evidence => ({ articleId, start, end });

/** "next week" at `start` of `articleId`: the week of 24 January 2022 once resolved. */
const week = (articleId: ArticleId, start: number): QuoteAnchor => ({
  articleId,
  start,
  end: start + 4,
  key: "date:2022-01-24/2022-01-30",
});

describe("mergeTranslatedQuotes", () => {
  it("joins the only quotes of two sentences of one fact in two languages, the speaker known from either", () => {
    const spanish = quote(es, 10, "Acordamos presentar respuestas escritas", "Serguéi Lavrov");
    const italian = quote(it_, 5, "Abbiamo concordato di presentare risposte scritte", null);
    const merged = mergeTranslatedQuotes([spanish, italian], [[sentence(es, 0, 80), sentence(it_, 0, 90)]], languageOf);
    assert.equal(merged.length, 1);
    assert.equal(merged[0]!.speaker, "Serguéi Lavrov");
    assert.deepEqual(merged[0]!.articleIds.sort(), [es, it_].sort());
    assert.equal(merged[0]!.variants.length, 2);
  });

  it("leaves apart quotes of one language, of two speakers, outside the fact, or sharing a sentence with another", () => {
    const fact = [sentence(fr, 0, 80), sentence(fr2, 0, 80), sentence(es, 0, 80), sentence(it_, 0, 80)];
    // One language: the quotes' own words decide (`groupVariants`), a paraphrased fact does not.
    const french = [
      quote(fr, 10, "nous attendons des réponses", "Lavrov"),
      quote(fr2, 10, "rien de concret", "Lavrov"),
    ];
    assert.equal(mergeTranslatedQuotes(french, [fact], languageOf).length, 2);
    // Two speakers.
    const speakers = [
      quote(es, 10, "una respuesta rápida", "Antony Blinken"),
      quote(it_, 10, "nessuna svolta", "Lavrov"),
    ];
    assert.equal(mergeTranslatedQuotes(speakers, [fact], languageOf).length, 2);
    // A quote outside every sentence of the fact.
    const outside = [quote(es, 10, "una respuesta rápida", "Lavrov"), quote(it_, 120, "nessuna svolta", "Lavrov")];
    assert.equal(mergeTranslatedQuotes(outside, [fact], languageOf).length, 2);
    // Two quotes in one sentence: which of them the other language's quote renders is not known.
    const two = [
      quote(es, 10, "una respuesta", "Lavrov"),
      quote(es, 40, "sin avances", "Lavrov"),
      quote(it_, 10, "una risposta", "Lavrov"),
    ];
    assert.equal(mergeTranslatedQuotes(two, [fact], languageOf).length, 3);
  });

  it("joins one named speaker's quotes in two languages that hold the same date or number, whatever the facts", () => {
    // "next week" / "la prossima settimana": the same week once resolved; the sentences aligned by no fact.
    const english = quote(fr, 0, "We agreed to get written answers next week", "Lavrov");
    const italian = quote(it_, 0, "Abbiamo concordato risposte scritte la prossima settimana", "Lavrov");
    const anchors = [week(fr, 33), week(it_, 36)];
    const englishOf = new Map([...languageOf, [fr, "en"]]);
    const merged = mergeTranslatedQuotes([english, italian], [], englishOf, anchors);
    assert.equal(merged.length, 1);
    assert.deepEqual(merged[0]!.articleIds.sort(), [fr, it_].sort());
    // Not without the anchor inside both quotes, nor for a quote of no known speaker (the value could be anyone's).
    assert.equal(mergeTranslatedQuotes([english, italian], [], englishOf, [week(fr, 33), week(it_, 70)]).length, 2);
    const unknown = [
      { ...english, speaker: null },
      { ...italian, speaker: null },
    ];
    assert.equal(mergeTranslatedQuotes(unknown, [], englishOf, anchors).length, 2);
    // Nor another speaker's, nor the same value in another key ("number:3000" is no date).
    assert.equal(
      mergeTranslatedQuotes([english, { ...italian, speaker: "Blinken" }], [], englishOf, anchors).length,
      2,
    );
    const number = [week(fr, 33), { ...week(it_, 36), key: "number:3000" }];
    assert.equal(mergeTranslatedQuotes([english, italian], [], englishOf, number).length, 2);
  });

  it("joins no quote by a value two quotes of the speaker in one language hold: which one is rendered is not known", () => {
    const quotes = [
      quote(es, 0, "respuestas la próxima semana", "Lavrov"),
      quote(fr, 0, "des réponses la semaine prochaine", "Lavrov"),
      quote(fr2, 0, "une rencontre la semaine prochaine", "Lavrov"),
    ];
    const anchors = [week(es, 13), week(fr, 13), week(fr2, 13)];
    assert.equal(mergeTranslatedQuotes(quotes, [], languageOf, anchors).length, 3);
  });
});
