import { Hono } from "hono";
import { StoryIdSchema } from "../domain/ids.js";
import type { ListStoriesOptions, Store } from "../storage/store.js";
import { ApiError } from "./api-error.js";
import { type ListStoriesQuery, ListStoriesQuerySchema } from "./list-stories-query.js";
import { parseQuery } from "./parse-query.js";
import { storyJson } from "./story-json.js";
import { withoutEmpty } from "./without-empty.js";

/** The store's list options for a validated query. */
export function listOptionsOf(query: ListStoriesQuery): ListStoriesOptions {
  return {
    sort: query.sort,
    limit: query.limit,
    offset: query.offset,
    ...(query.language !== undefined ? { language: query.language } : {}),
    ...(query.from !== undefined ? { from: query.from } : {}),
    ...(query.to !== undefined ? { to: query.to } : {}),
  };
}

/** `GET /api/stories` (paged, sorted, filtered) and `GET /api/stories/:id` (the dossier). */
export function storyRoutes(store: Store): Hono {
  const routes = new Hono();

  routes.get("/stories", async (c) => {
    const query = parseQuery(ListStoriesQuerySchema, withoutEmpty(c.req.query()));
    const page = await store.listStories(listOptionsOf(query));
    return c.json({
      total: page.total,
      limit: query.limit,
      offset: query.offset,
      items: page.items.map((item) => ({ ...item, href: `/api/stories/${item.id}` })),
    });
  });

  routes.get("/stories/:id", async (c) => {
    const parsedId = StoryIdSchema.safeParse(c.req.param("id"));
    if (!parsedId.success) throw new ApiError(404, `"${c.req.param("id")}" is not a story id (s_ and 16 hex digits)`);
    const story = await store.getStory(parsedId.data);
    if (story === null) throw new ApiError(404, `no story ${parsedId.data}`);
    const articles = await store.listArticles({ ids: story.articleIds });
    return c.json(storyJson(story, articles));
  });

  return routes;
}
