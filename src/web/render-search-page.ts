import { escapeHtml as h } from "../render/escape-html.js";
import type { SearchHit } from "../storage/store.js";
import { webPage } from "./web-page.js";

function markSnippet(hit: SearchHit): string {
  let html = "";
  let at = 0;
  for (const span of [...hit.highlights].sort((a, b) => a.start - b.start)) {
    if (span.start < at || span.end > hit.snippet.length) continue;
    html += `${h(hit.snippet.slice(at, span.start))}<mark>${h(hit.snippet.slice(span.start, span.end))}</mark>`;
    at = span.end;
  }
  return html + h(hit.snippet.slice(at));
}

/** The search page: the form, then matching articles with their snippet and story. */
export function renderSearchPage(
  query: string,
  hits: readonly (SearchHit & { storyId: string | null })[] | null,
): string {
  const results =
    hits === null
      ? `<p class="empty">Type words to look for: accents and word endings do not matter (« geneve » finds « Genève »).</p>`
      : hits.length === 0
        ? `<p class="empty">No article contains every word of « ${h(query)} ».</p>`
        : `<p class="meta">${hits.length} article${hits.length === 1 ? "" : "s"}</p><ol class="hits">${hits
            .map(
              (hit) =>
                `<li><a href="/articles/${h(hit.articleId)}"><strong>${h(hit.title || "(untitled)")}</strong></a><p class="snippet">${markSnippet(hit)}</p>${hit.storyId !== null ? `<a class="meta" href="/stories/${h(hit.storyId)}">story dossier →</a>` : ""}</li>`,
            )
            .join("")}</ol>`;
  const body = `<h1>Search</h1><form method="get" action="/search" class="controls"><input type="search" name="q" value="${h(query)}" aria-label="Words to look for" size="40"><button type="submit">Search</button></form>${results}`;
  return webPage(query === "" ? "Search" : `Search: ${query}`, body, { query });
}
