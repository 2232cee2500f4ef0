import type { AnalyzedArticle } from "../../domain/document.js";
import type { ArticleId } from "../../domain/ids.js";
import { cosine, DocumentFrequencies, type TermVector, termCounts, weightVector } from "../../similarity/index.js";
import type { CorroborateOptions } from "./corroboration-input.js";
import { sentenceCues } from "./sentence-cues.js";

/** One sentence of the story with what corroborate compares. */
export interface IndexedSentence {
  articleId: ArticleId;
  sentence: number;
  start: number;
  end: number;
  /** Content stems, entities and exact numbers, TF-IDF weighted over the story's sentences. */
  vector: TermVector;
  /** The same with the neighbouring sentences added at half weight: the context of a number or venue. */
  context: TermVector;
  /** Number of content terms: very short sentences are not claims. */
  terms: number;
  reported: boolean;
  negated: boolean;
}

/** The sentences of all `docs` with their vectors; `similarity(a, b)` is the cosine of two of them. */
export function indexSentences(docs: readonly AnalyzedArticle[], options: CorroborateOptions): IndexedSentence[] {
  const counts: { doc: AnalyzedArticle; sentence: number; terms: TermVector }[] = [];
  const frequencies = new DocumentFrequencies();
  const entities = (options.entities ?? []).map((entity) => ({
    feature: `entity:${entity.name}`,
    pattern: new RegExp(
      `(?<![\\p{L}])(?:${[...new Set([entity.name, ...entity.variants])]
        .filter((variant) => variant.length > 1)
        .sort((a, b) => b.length - a.length)
        .map((variant) => variant.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
        .join("|")})(?![\\p{L}])`,
      "u",
    ),
  }));
  for (const doc of docs) {
    const numbers = new Map<number, string[]>();
    for (const quantity of options.quantities ?? []) {
      if (quantity.articleId !== doc.article.id || quantity.vague || quantity.kind === "date") continue;
      const list = numbers.get(quantity.sentence) ?? [];
      list.push(`number:${quantity.kind}:${quantity.normalized}`);
      numbers.set(quantity.sentence, list);
    }
    for (const mention of options.dates ?? []) {
      if (mention.articleId !== doc.article.id || mention.precision === "year") continue;
      const list = numbers.get(mention.sentence) ?? [];
      list.push(`date:${mention.date}`);
      numbers.set(mention.sentence, list);
    }
    doc.segmented.sentences.forEach((bounds, sentence) => {
      const terms = termCounts(doc.segmented.tokens, sentence);
      const text = doc.segmented.text.slice(bounds.start, bounds.end);
      for (const entity of entities) if (entity.pattern.test(text)) terms.set(entity.feature, 1);
      for (const feature of numbers.get(sentence) ?? []) terms.set(feature, 1);
      frequencies.add(terms.keys());
      counts.push({ doc, sentence, terms });
    });
  }
  const idf = (term: string): number => frequencies.idf(term);
  const vectors = counts.map(({ terms }) => weightVector(terms, idf));
  return counts.map(({ doc, sentence, terms }, index) => {
    const bounds = doc.segmented.sentences[sentence]!;
    const around = new Map(terms);
    for (const neighbour of [index - 1, index + 1]) {
      const other = counts[neighbour];
      if (other === undefined || other.doc !== doc) continue;
      for (const [term, count] of other.terms) around.set(term, (around.get(term) ?? 0) + count / 2);
    }
    return {
      articleId: doc.article.id,
      sentence,
      start: bounds.start,
      end: bounds.end,
      vector: vectors[index]!,
      context: weightVector(around, idf, false),
      terms: terms.size,
      ...sentenceCues(doc.segmented, sentence),
    };
  });
}

export { cosine as similarity };
