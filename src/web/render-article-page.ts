import type { Article } from "../domain/article.js";
import type { Span } from "../domain/span.js";
import { escapeHtml as h } from "../render/escape-html.js";
import { type Highlight, renderHighlightedText } from "./render-highlighted-text.js";
import { webPage } from "./web-page.js";

export interface ArticlePageOptions {
  /** Spans a link asked to show (`?hl=`): marked strongly, the first one scrolled to. */
  focus: readonly Span[];
  /** Other spans of this article the story's dossier quotes. */
  dossier: readonly Span[];
  story: { id: string; title: string } | null;
}

function safeUrl(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The article view: metadata, the cleaned text with the dossier's spans marked, and what cleaning removed. */
export function renderArticlePage(article: Article, options: ArticlePageOptions): string {
  const highlights: Highlight[] = [
    ...options.dossier.map((span) => ({ ...span, kind: "dossier" as const })),
    ...options.focus.map((span) => ({ ...span, kind: "focus" as const })),
  ];
  const url = safeUrl(article.url);
  const meta = [
    `<strong>${h(article.source)}</strong>`,
    h(article.publishedAt ?? "undated") + (article.publishedAtInferred ? " (inferred)" : ""),
    h(article.language),
    ...(article.byline !== null ? [h(article.byline)] : []),
    ...(url !== null ? [`<a href="${h(url)}" rel="noopener noreferrer nofollow">original</a>`] : []),
    `<code>${h(article.id)}</code>`,
  ];
  const notes: string[] = [];
  if (article.duplicateOf !== null)
    notes.push(
      `<p class="card">Near-copy of <a href="/articles/${h(article.duplicateOf)}">${h(article.duplicateOf)}</a>: counted once among independent outlets.</p>`,
    );
  if (article.machineTranslated.likely) {
    notes.push(
      `<p class="card">Reads as machine-translated: ${article.machineTranslated.signals.map((signal) => `${h(signal.kind)} « ${h(signal.excerpt)} »`).join("; ")}</p>`,
    );
  }
  const legend =
    highlights.length > 0
      ? `<p class="legend"><span class="swatch focus">highlighted</span> the passage you followed${options.dossier.length > 0 ? ` · <span class="swatch dossier">marked</span> other passages the dossier uses` : ""}</p>`
      : "";
  const removed =
    article.removed.length > 0
      ? `<section class="boilerplate" id="removed"><h2>Removed during cleaning (${article.removed.length})</h2><p>Not part of the article text above, and not used by the dossier.</p><ul>${article.removed
          .map((item) => `<li><span class="reason">${h(item.reason)}</span> ${h(item.text)}</li>`)
          .join("")}</ul></section>`
      : `<section class="boilerplate" id="removed"><h2>Removed during cleaning</h2><p>Nothing was removed.</p></section>`;
  const crumbs =
    options.story !== null
      ? `<p class="crumbs"><a href="/">Stories</a> › <a href="/stories/${h(options.story.id)}">${h(options.story.title)}</a></p>`
      : `<p class="crumbs"><a href="/">Stories</a></p>`;
  const body = `${crumbs}<article class="article-view" id="${h(article.id)}"><h1>${h(article.title || "(untitled)")}</h1>
<p class="meta">${meta.join(" · ")}</p>${notes.join("")}${legend}
<div class="article-text">${renderHighlightedText(article.text, highlights)}</div></article>
${removed}`;
  return webPage(article.title || article.source, body);
}
