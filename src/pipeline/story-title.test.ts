import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { genevaFixtureDocs, makeAnalyzedArticle } from "../../test/support/analyzed-article.js";
import { seededRandom } from "../../test/support/seeded-random.js";
import type { AnalyzedArticle } from "../domain/document.js";
import { cosine, termCounts, weightVector } from "../similarity/index.js";
import { tokenize } from "../stages/segment/index.js";
import { chooseStoryTitle } from "./story-title.js";

/**
 * The title as its definition reads, pair by pair: the usable headline whose TF-IDF vector has the highest
 * summed cosine with every other article's whole text (IDF over the story's articles), the first on a tie.
 */
function titleByEveryPair(docs: readonly AnalyzedArticle[]): string {
  const counts = docs.map((doc) => termCounts(doc.segmented.tokens));
  const frequencies = new Map<string, number>();
  for (const count of counts) for (const term of count.keys()) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
  const idf = (term: string) => Math.log((1 + docs.length) / (1 + (frequencies.get(term) ?? 0))) + 1;
  const bodies = counts.map((count) => weightVector(count, idf));
  let best: { title: string; score: number } | null = null;
  docs.forEach((doc, index) => {
    const title = doc.article.title.trim();
    const words = title.split(/\s+/).length;
    if (title === "" || words < 3 || words > 30 || title.endsWith("…")) return;
    const vector = weightVector(termCounts(tokenize(title, doc.article.language)), idf);
    const score = bodies.reduce((sum, body, other) => (other === index ? sum : sum + cosine(vector, body)), 0);
    if (best === null || score > best.score + 1e-9) best = { title, score };
  });
  assert.ok(best !== null);
  return (best as { title: string }).title;
}

/** A title of `words` words drawn from the article's own text. */
function titleFrom(doc: AnalyzedArticle, random: () => number, words: number): string {
  const all = doc.article.text.split(/\s+/).filter((word) => /^\p{L}{3,}$/u.test(word));
  const start = Math.floor(random() * Math.max(1, all.length - words));
  return all.slice(start, start + words).join(" ");
}

describe("chooseStoryTitle", () => {
  it("takes a lone article's title, else its first sentence", () => {
    const [doc] = genevaFixtureDocs();
    const titled = makeAnalyzedArticle(doc!.article.text, { title: "Blinken et Lavrov à Genève" });
    assert.equal(chooseStoryTitle([titled]), "Blinken et Lavrov à Genève");
    const untitled = makeAnalyzedArticle(doc!.article.text);
    const first = untitled.segmented.sentences[0]!;
    assert.equal(chooseStoryTitle([untitled]), untitled.article.text.slice(first.start, first.end));
  });

  it("prefers the headline about what the articles share over an off-topic one", () => {
    const geneva = genevaFixtureDocs().map((doc, index) =>
      makeAnalyzedArticle(doc.article.text, {
        id: doc.article.id,
        title: index === 0 ? "La météo du week-end en Bretagne" : "",
      }),
    );
    geneva[1]!.article.title = "Blinken et Lavrov se rencontrent à Genève sur l'Ukraine";
    assert.equal(chooseStoryTitle(geneva), "Blinken et Lavrov se rencontrent à Genève sur l'Ukraine");
  });

  it("chooses the headline a pair-by-pair comparison chooses, in stories of 5 to 200 articles", () => {
    const random = seededRandom(7);
    const texts = genevaFixtureDocs();
    for (const size of [5, 40, 200]) {
      const docs = Array.from({ length: size }, (_, index) => {
        const source = texts[index % texts.length]!;
        // Each article a different cut of a fixture text, so that vectors and IDFs differ from one to the next.
        const sentences = source.segmented.sentences;
        const from = Math.floor(random() * (sentences.length / 2));
        const text = source.article.text.slice(sentences[from]!.start);
        const doc = makeAnalyzedArticle(text, { source: `outlet-${index}` });
        doc.article.title = titleFrom(doc, random, 4 + Math.floor(random() * 8));
        return doc;
      });
      assert.equal(chooseStoryTitle(docs), titleByEveryPair(docs), `story of ${size} articles`);
    }
  });
});
