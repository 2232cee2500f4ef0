import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ArticleId } from "../../../domain/ids.js";
import type { Evidence } from "../../../domain/span.js";
import { mergeTranslatedQuotes } from "./merge-translated-quotes.js";
import { es, fr, fr2, it_, languageOf, quote } from "./quote-test-support.js";

const sentence = (articleId: ArticleId, start: number, end: number): Evidence => ({ articleId, start, end });

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
});
