import type { Span } from "../domain/span.js";
import { escapeHtml as h } from "../render/escape-html.js";

/** A span to mark: `focus` for the spans a link asked for, `dossier` for the others the dossier uses. */
export interface Highlight extends Span {
  kind: "focus" | "dossier";
}

function paragraphsOf(text: string): Span[] {
  const spans: Span[] = [];
  const separator = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (const match of text.matchAll(separator)) {
    spans.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  spans.push({ start, end: text.length });
  return spans.filter((span) => text.slice(span.start, span.end).trim() !== "");
}

function escapeLines(text: string): string {
  return h(text).replace(/\n/g, "<br>");
}

/**
 * An article's cleaned text as escaped HTML paragraphs, with the highlights wrapped in <mark>.
 * Highlights may overlap and cross paragraphs; the first piece of the i-th focus span carries
 * id="hl-i" so a link can scroll to it.
 */
export function renderHighlightedText(text: string, highlights: readonly Highlight[]): string {
  const focusIndex = new Map<Highlight, number>();
  for (const span of highlights) if (span.kind === "focus") focusIndex.set(span, focusIndex.size);
  const anchored = new Set<Highlight>();
  return paragraphsOf(text)
    .map((paragraph) => {
      const inside = highlights.filter((span) => span.start < paragraph.end && span.end > paragraph.start);
      const cuts = new Set([paragraph.start, paragraph.end]);
      for (const span of inside) {
        cuts.add(Math.max(span.start, paragraph.start));
        cuts.add(Math.min(span.end, paragraph.end));
      }
      const points = [...cuts].sort((a, b) => a - b);
      const pieces: { kind: Highlight["kind"] | null; id: string; html: string }[] = [];
      for (let i = 0; i + 1 < points.length; i += 1) {
        const start = points[i]!;
        const end = points[i + 1]!;
        const covering = inside.filter((span) => span.start <= start && span.end >= end);
        const kind =
          covering.length === 0 ? null : covering.some((span) => span.kind === "focus") ? "focus" : "dossier";
        const anchorSpan = covering.find((span) => focusIndex.has(span) && !anchored.has(span));
        if (anchorSpan !== undefined) anchored.add(anchorSpan);
        const id = anchorSpan !== undefined ? ` id="hl-${focusIndex.get(anchorSpan)}"` : "";
        const last = pieces[pieces.length - 1];
        const piece = escapeLines(text.slice(start, end));
        if (last !== undefined && last.kind === kind && id === "") last.html += piece;
        else pieces.push({ kind, id, html: piece });
      }
      const html = pieces
        .map((piece) =>
          piece.kind === null ? piece.html : `<mark class="${piece.kind}"${piece.id}>${piece.html}</mark>`,
        )
        .join("");
      return `<p>${html}</p>`;
    })
    .join("\n");
}
