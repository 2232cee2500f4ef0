import type { Article } from "../../domain/article.js";
import type { Span } from "../../domain/span.js";

/**
 * Characters of context an excerpt may show around the evidence of a translation signal, less a margin
 * for its cut at a word boundary: what is shrunk from each side of an excerpt to find the evidence.
 */
const CONTEXT_SHRINK = 20;

/**
 * Where the evidence of each machine-translation signal lies in `article.text`: each occurrence of the
 * signal's excerpt, less the context the excerpt shows around it (none on a side where the excerpt stops
 * at a line's edge), so that a sentence next to a garbled one is not taken for garbled.
 */
export function translationSpans(article: Article): Span[] {
  const { text, machineTranslated } = article;
  const spans: Span[] = [];
  for (const { excerpt } of machineTranslated.signals) {
    if (excerpt.trim() === "") continue;
    for (let start = text.indexOf(excerpt); start >= 0; start = text.indexOf(excerpt, start + 1)) {
      const end = start + excerpt.length;
      const atLineStart = start === 0 || text[start - 1] === "\n";
      const atLineEnd = end >= text.length || text[end] === "\n";
      const room = Math.max(0, Math.floor((excerpt.length - 1) / 2));
      const left = atLineStart ? 0 : Math.min(CONTEXT_SHRINK, room);
      const right = atLineEnd ? 0 : Math.min(CONTEXT_SHRINK, room);
      spans.push({ start: start + left, end: end - right });
    }
  }
  return spans;
}
