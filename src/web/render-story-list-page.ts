import type { ListStoriesQuery } from "../api/list-stories-query.js";
import { SUPPORTED_LANGUAGES } from "../language-data/languages.js";
import { escapeHtml as h } from "../render/escape-html.js";
import type { StorySummary } from "../storage/store.js";
import { webPage } from "./web-page.js";

/** The list page's URL for a query (defaults left out). */
export function storyListHref(query: ListStoriesQuery): string {
  const params = new URLSearchParams();
  if (query.sort !== "recent") params.set("sort", query.sort);
  if (query.language !== undefined) params.set("language", query.language);
  if (query.from !== undefined) params.set("from", query.from);
  if (query.to !== undefined) params.set("to", query.to);
  if (query.limit !== 20) params.set("limit", String(query.limit));
  if (query.offset > 0) params.set("offset", String(query.offset));
  const search = params.toString();
  return search === "" ? "/" : `/?${search}`;
}

function period(item: StorySummary): string {
  const { from, to } = item.period;
  if (from === null && to === null) return "undated";
  if (from === to || to === null) return h(from ?? "");
  return `${h(from ?? "?")} → ${h(to)}`;
}

function storyItem(item: StorySummary): string {
  return `<li class="story-item"><h2><a href="/stories/${h(item.id)}">${h(item.title || "(untitled story)")}</a></h2>
<p class="meta"><span class="outlets">${item.independentSources} independent outlet${item.independentSources === 1 ? "" : "s"}</span> · ${item.articleCount} article${item.articleCount === 1 ? "" : "s"} · ${h(item.languages.join(", ") || "language unknown")} · ${period(item)}</p>
<ul class="chips" aria-label="Sources">${item.sources.map((source) => `<li>${h(source)}</li>`).join("")}</ul></li>`;
}

function controls(query: ListStoriesQuery): string {
  const sortLink = (sort: ListStoriesQuery["sort"], label: string) =>
    query.sort === sort
      ? `<strong aria-current="true">${label}</strong>`
      : `<a href="${h(storyListHref({ ...query, sort, offset: 0 }))}">${label}</a>`;
  const languages = [...new Set([...SUPPORTED_LANGUAGES, ...(query.language !== undefined ? [query.language] : [])])];
  return `<div class="controls"><span class="sort">Sort: ${sortLink("recent", "Most recent")}${sortLink("sources", "Most sources")}</span>
<form method="get" action="/"><input type="hidden" name="sort" value="${h(query.sort)}">
<label>Language <select name="language"><option value="">any</option>${languages
    .map((code) => `<option value="${h(code)}"${code === query.language ? " selected" : ""}>${h(code)}</option>`)
    .join("")}</select></label>
<label>From <input type="text" name="from" value="${h(query.from ?? "")}" placeholder="YYYY-MM-DD" size="10" pattern="\\d{4}(-\\d{2}(-\\d{2})?)?"></label>
<label>To <input type="text" name="to" value="${h(query.to ?? "")}" placeholder="YYYY-MM-DD" size="10" pattern="\\d{4}(-\\d{2}(-\\d{2})?)?"></label>
<button type="submit">Filter</button></form></div>`;
}

function pager(query: ListStoriesQuery, total: number, shown: number): string {
  if (total === 0) return "";
  const previous =
    query.offset > 0
      ? `<a rel="prev" href="${h(storyListHref({ ...query, offset: Math.max(0, query.offset - query.limit) }))}">← Newer</a>`
      : "<span></span>";
  const next =
    query.offset + shown < total
      ? `<a rel="next" href="${h(storyListHref({ ...query, offset: query.offset + query.limit }))}">Older →</a>`
      : "<span></span>";
  return `<nav class="pager" aria-label="Pages">${previous}<span class="meta">${query.offset + 1}–${query.offset + shown} of ${total}</span>${next}</nav>`;
}

/** The home page: one page of stories with sort links, language and date filters, and paging. */
export function renderStoryListPage(page: { total: number; items: StorySummary[] }, query: ListStoriesQuery): string {
  const filtered = query.language !== undefined || query.from !== undefined || query.to !== undefined;
  const list =
    page.items.length > 0
      ? `<ol class="stories">${page.items.map(storyItem).join("\n")}</ol>`
      : `<p class="empty">${filtered ? 'No story matches these filters. <a href="/">Show all stories</a>.' : "No stories yet: add articles with <code>recoupe ingest</code> or <code>POST /api/articles</code>."}</p>`;
  const body = `<h1>Stories <span class="meta">(${page.total})</span></h1>${controls(query)}${list}${pager(query, page.total, page.items.length)}`;
  return webPage("Stories", body);
}
