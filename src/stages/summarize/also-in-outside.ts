import type { AnalyzedArticle } from "../../domain/document.js";
import type { ArticleId } from "../../domain/ids.js";
import type { Token } from "../../domain/text.js";
import { type TermVector, termCounts } from "../../similarity/index.js";
import { MAX_SENTENCES_PER_ARTICLE } from "./sentence-candidates.js";

/**
 * For each chosen sentence vector, the articles of `outside` (those the summarizer did not weigh) with a
 * sentence among their first MAX_SENTENCES_PER_ARTICLE at cosine ≥ `threshold` with it: who else says
 * the same. Sentences are weighted as `weightVector` does (sublinear counts × `idf`, unit length).
 */
export function alsoInOutside(
  chosen: readonly TermVector[],
  outside: readonly AnalyzedArticle[],
  idf: (term: string) => number,
  threshold: number,
): ArticleId[][] {
  const found: ArticleId[][] = chosen.map(() => []);
  if (chosen.length === 0 || outside.length === 0) return found;
  const chosenTerms = new Set<string>();
  for (const vector of chosen) for (const term of vector.keys()) chosenTerms.add(term);
  const idfCache = new Map<string, number>();
  const cachedIdf = (term: string): number => {
    let value = idfCache.get(term);
    if (value === undefined) {
      value = idf(term);
      idfCache.set(term, value);
    }
    return value;
  };
  const dots = chosen.map(() => 0);
  for (const doc of outside) {
    const bySentence: Token[][] = [];
    for (const token of doc.segmented.tokens) {
      if (token.sentence >= MAX_SENTENCES_PER_ARTICLE) break;
      const tokens = bySentence[token.sentence];
      if (tokens === undefined) bySentence[token.sentence] = [token];
      else tokens.push(token);
    }
    const says = chosen.map(() => false);
    for (const tokens of bySentence) {
      if (tokens === undefined) continue;
      const counts = termCounts(tokens);
      // The cosine with each chosen vector, without building the sentence's own weighted vector.
      let norm = 0;
      let shared = false;
      dots.fill(0);
      for (const [term, count] of counts) {
        const weight = (1 + Math.log(count)) * cachedIdf(term);
        norm += weight * weight;
        if (!chosenTerms.has(term)) continue;
        shared = true;
        chosen.forEach((item, k) => {
          dots[k]! += weight * (item.get(term) ?? 0);
        });
      }
      if (!shared || norm === 0) continue;
      const length = Math.sqrt(norm);
      dots.forEach((dot, k) => {
        if (dot / length >= threshold) says[k] = true;
      });
    }
    says.forEach((yes, k) => {
      if (yes) found[k]!.push(doc.article.id);
    });
  }
  return found;
}
