import type { Diagnostic } from "../domain/diagnostic.js";
import type { ArticleId } from "../domain/ids.js";

/**
 * Remembers the articles of a batch by id (same URL, or same text): the first is kept, each repeat
 * gets an info diagnostic naming the input it repeats.
 */
export function createRepeatedInputCheck(): (path: string, id: ArticleId) => Diagnostic | null {
  const seen = new Map<ArticleId, string>();
  return (path, id) => {
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, path);
      return null;
    }
    return {
      path,
      code: "duplicate-input",
      severity: "info",
      stage: "ingest",
      message: `same article as ${first} (${id}); kept once`,
    };
  };
}
