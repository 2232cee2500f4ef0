import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeAnalyzedArticle, testArticleId } from "../../../test/support/analyzed-article.js";
import type { Article } from "../../domain/article.js";
import { translationSpans } from "./translation-spans.js";

function article(text: string, excerpts: string[]): Article {
  return makeAnalyzedArticle(text, {
    id: testArticleId(1),
    machineTranslated: { likely: true, signals: excerpts.map((excerpt) => ({ kind: "calque", excerpt })) },
  }).article;
}

describe("translationSpans", () => {
  it("locates each signal's evidence without the context around it", () => {
    const first = "Le dialogue avec Moscou se poursuivrait, a-t-il dit aux journalistes présents.";
    const second = "Il a stress que les États-Unis répondront à toute agression de la Russie.";
    const text = `${first} ${second}`;
    const excerpt = "aux journalistes présents. Il a stress que les États-Unis répondront";
    const [span] = translationSpans(article(text, [excerpt]));
    assert.ok(span !== undefined);
    const start = text.indexOf(excerpt);
    assert.deepEqual(span, { start: start + 20, end: start + excerpt.length - 20 });
    // The evidence overlaps the second sentence and only just touches the end of the first one.
    assert.ok(span.end > first.length + 1);
  });

  it("keeps the whole excerpt side that stops at a line's edge", () => {
    const text = "Premier paragraphe.\n\nLes États-Unis répondront, écrire « gardien ».";
    const excerpt = "Les États-Unis répondront, écrire « gardien ».";
    const [span] = translationSpans(article(text, [excerpt]));
    assert.deepEqual(span, { start: text.indexOf(excerpt), end: text.length });
  });

  it("gives nothing for an article without signals or with an excerpt not in its text", () => {
    assert.deepEqual(translationSpans(article("Un texte.", [])), []);
    assert.deepEqual(translationSpans(article("Un texte.", ["ailleurs"])), []);
  });
});
