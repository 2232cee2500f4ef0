import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { AnalyzedArticle } from "../../domain/document.js";
import { asArticleId } from "../../domain/ids.js";
import { segmentText } from "../segment/index.js";
import type { QuotedStatement } from "./corroboration-input.js";
import { quoteClaims } from "./quote-claims.js";
import { indexSentences } from "./sentence-index.js";

function doc(id: string, language: string, text: string): AnalyzedArticle {
  return {
    article: {
      id: asArticleId(`a_${id.padStart(16, "0")}`),
      path: `${id}.txt`,
      source: `outlet-${id}`,
      url: null,
      title: id,
      language,
      publishedAt: "2022-01-21",
      publishedAtInferred: false,
      text,
      removed: [],
      duplicateOf: null,
      byline: null,
      siteName: null,
      format: "text",
      machineTranslated: { likely: false, signals: [] },
    },
    segmented: segmentText(text, language),
  };
}

const english = doc("1", "en", 'Lavrov met Blinken. "We agreed to get written answers next week," Lavrov said.');
const spanish = doc(
  "2",
  "es",
  'Lavrov vio a Blinken. "Acordamos recibir respuestas escritas la próxima semana", dijo Lavrov.',
);
const reworded = doc("3", "en", 'Lavrov saw Blinken. "We agreed to receive written answers next week," he said.');
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
  });
});
