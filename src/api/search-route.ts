import { Hono } from "hono";
import type { SearchHit, Store } from "../storage/store.js";
import { parseQuery } from "./parse-query.js";
import { type SearchQuery, SearchQuerySchema } from "./search-query.js";
import { withoutEmpty } from "./without-empty.js";

/** Runs a validated search and attaches the story of each hit. */
export async function searchStore(
  store: Store,
  query: SearchQuery,
): Promise<(SearchHit & { storyId: string | null })[]> {
  const hits = await store.search(query.q, {
    limit: query.limit,
    offset: query.offset,
    ...(query.language !== undefined ? { language: query.language } : {}),
  });
  const stories = await store.storyIdsOfArticles(hits.map((hit) => hit.articleId));
  return hits.map((hit) => ({ ...hit, storyId: stories.get(hit.articleId) ?? null }));
}

/** `GET /api/search?q=`: full-text search over articles, accent-insensitive and stemmed (the store's). */
export function searchRoute(store: Store): Hono {
  const routes = new Hono();
  routes.get("/search", async (c) => {
    const query = parseQuery(SearchQuerySchema, withoutEmpty(c.req.query()));
    const hits = await searchStore(store, query);
    return c.json({
      query: query.q,
      limit: query.limit,
      offset: query.offset,
      hits: hits.map((hit) => ({ ...hit, href: `/api/articles/${hit.articleId}` })),
    });
  });
  return routes;
}
