import type { Article } from "../domain/article.js";
import type { ArticleId } from "../domain/ids.js";
import type { Story } from "../domain/story.js";
import { escapeHtml as h } from "../render/escape-html.js";
import { renderStoryHtml } from "../render/html-dossier.js";
import { webPage } from "./web-page.js";

/** Link to an article page with the cited span highlighted and scrolled to. */
export function articleHref(id: ArticleId, evidence?: { start: number; end: number }): string {
  return evidence === undefined ? `/articles/${id}` : `/articles/${id}?hl=${evidence.start}-${evidence.end}#hl-0`;
}

const SECTIONS: [keyof Story, string, string][] = [
  ["summary", "summary", "Summary"],
  ["facts", "facts", "Facts"],
  ["discrepancies", "discrepancies", "Differences"],
  ["quotes", "quotes", "Quotes"],
  ["entities", "entities", "Entities"],
  ["timeline", "timeline", "Timeline"],
  ["coverage", "coverage", "Coverage"],
];

/** The dossier page of one story: every item cites its article, each badge opens the cited passage. */
export function renderStoryPage(story: Story, articles: readonly Article[]): string {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const toc = SECTIONS.filter(
    ([field]) => (story[field] as unknown[]).length > 0 && (field !== "coverage" || story.facts.length > 0),
  )
    .map(([, anchor, label]) => `<a href="#${anchor}">${h(label)}</a>`)
    .join("");
  const body = `<p class="crumbs"><a href="/">← All stories</a> · <a href="/api/stories/${h(story.id)}">JSON</a></p>
<nav class="toc" aria-label="Sections"><a href="#sources">Sources</a>${toc}</nav>
${renderStoryHtml(story, byId, { articleHref })}`;
  return webPage(story.title, body);
}
