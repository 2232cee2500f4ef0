import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeAnalyzedArticle, testArticleId } from "../../../test/support/analyzed-article.js";
import type { AnalyzedArticle } from "../../domain/document.js";
import type { QuotedStatement } from "./corroboration-input.js";
import { quoteClaims } from "./quote-claims.js";
import { indexSentences } from "./sentence-index.js";

/** An article of the story, in `language`, dated the day of the meeting. */
const doc = (id: number, language: string, text: string): AnalyzedArticle =>
  makeAnalyzedArticle(text, { id: testArticleId(id), language, publishedAt: "2022-01-21" });

const english = doc(1, "en", 'Lavrov met Blinken. "We agreed to get written answers next week," Lavrov said.');
const spanish = doc(
  2,
  "es",
  'Lavrov vio a Blinken. "Acordamos recibir respuestas escritas la próxima semana", dijo Lavrov.',
);
const reworded = doc(3, "en", 'Lavrov saw Blinken. "We agreed to receive written answers next week," he said.');
const docs = [english, spanish, reworded];
const byId = new Map(docs.map((d) => [d.article.id, d]));
const sentences = indexSentences(docs, { duplicates: new Map() });

/** The variant of `d` quoting `words`. */
function variant(d: AnalyzedArticle, words: string) {
  const start = d.article.text.indexOf(words);
  return { articleId: d.article.id, start, end: start + words.length, text: words };
}

const written = (speaker: string | null): QuotedStatement => ({
  speaker,
  variants: [
    variant(english, "We agreed to get written answers next week"),
    variant(spanish, "Acordamos recibir respuestas escritas la próxima semana"),
  ],
});

describe("quoteClaims", () => {
  it("makes one claim of the sentences reporting one named speaker's quote in two languages", () => {
    const claims = quoteClaims([written("Sergei Lavrov")], sentences, byId);
    assert.equal(claims.length, 1);
    assert.deepEqual(
      claims[0]!.map((sentence) => [sentence.articleId, sentence.sentence]),
      [
        [english.article.id, 1],
        [spanish.article.id, 1],
      ],
    );
  });

  it("makes none of a quote of no known speaker, of one language, or of a quoted word", () => {
    assert.deepEqual(quoteClaims([written(null)], sentences, byId), []);
    const oneLanguage: QuotedStatement = {
      speaker: "Sergei Lavrov",
      variants: [
        variant(english, "We agreed to get written answers next week"),
        variant(reworded, "We agreed to receive written answers next week"),
      ],
    };
    assert.deepEqual(quoteClaims([oneLanguage], sentences, byId), []);
    const word: QuotedStatement = {
      speaker: "Sergei Lavrov",
      variants: [variant(english, "written answers"), variant(spanish, "respuestas escritas")],
    };
    assert.deepEqual(quoteClaims([word], sentences, byId), []);
    // Nor of variants of very different lengths: cognates ("written" / "escritas"), not one statement.
    const cognates: QuotedStatement = {
      speaker: "Sergei Lavrov",
      variants: [
        variant(english, "We agreed to get written answers next week"),
        variant(spanish, "respuestas escritas la"),
      ],
    };
    assert.deepEqual(quoteClaims([cognates], sentences, byId), []);
  });
});
