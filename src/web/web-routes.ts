import { Hono } from "hono";
import { ApiError } from "../api/api-error.js";
import { ListStoriesQuerySchema } from "../api/list-stories-query.js";
import { parseQuery } from "../api/parse-query.js";
import { SearchQuerySchema } from "../api/search-query.js";
import { searchStore } from "../api/search-route.js";
import { listOptionsOf } from "../api/story-routes.js";
import { withoutEmpty } from "../api/without-empty.js";
import { ArticleIdSchema, StoryIdSchema } from "../domain/ids.js";
import type { Store } from "../storage/store.js";
import { dossierSpans } from "./dossier-spans.js";
import { FAVICON_SVG } from "./favicon-svg.js";
import { parseHighlights } from "./parse-highlights.js";
import { renderArticlePage } from "./render-article-page.js";
import { renderSearchPage } from "./render-search-page.js";
import { renderStoryListPage } from "./render-story-list-page.js";
import { renderStoryPage } from "./render-story-page.js";
import { WEB_CSS } from "./web-css.js";

/** The server-rendered pages: `/`, `/stories/:id`, `/articles/:id`, `/search`, and their stylesheet. */
export function webRoutes(store: Store): Hono {
  const routes = new Hono();

  routes.get("/assets/recoupe.css", (c) => {
    c.header("Cache-Control", "public, max-age=3600");
    return c.body(WEB_CSS, 200, { "Content-Type": "text/css; charset=utf-8" });
  });

  routes.get("/favicon.svg", (c) => {
    c.header("Cache-Control", "public, max-age=86400");
    return c.body(FAVICON_SVG, 200, { "Content-Type": "image/svg+xml" });
  });
  routes.get("/favicon.ico", (c) => c.redirect("/favicon.svg", 301));

  routes.get("/", async (c) => {
    const query = parseQuery(ListStoriesQuerySchema, withoutEmpty(c.req.query()));
    const page = await store.listStories(listOptionsOf(query));
    return c.html(renderStoryListPage(page, query));
  });

  routes.get("/stories/:id", async (c) => {
    const id = StoryIdSchema.safeParse(c.req.param("id"));
    const story = id.success ? await store.getStory(id.data) : null;
    if (story === null)
      throw new ApiError(404, "There is no such story: it may have been merged into another one as articles arrived.");
    const articles = await store.listArticles({ ids: story.articleIds });
    return c.html(renderStoryPage(story, articles));
  });

  routes.get("/articles/:id", async (c) => {
    const id = ArticleIdSchema.safeParse(c.req.param("id"));
    const article = id.success ? await store.getArticle(id.data) : null;
    if (article === null) throw new ApiError(404, "There is no such article.");
    const storyId = (await store.storyIdsOfArticles([article.id])).get(article.id);
    const story = storyId !== undefined ? await store.getStory(storyId) : null;
    return c.html(
      renderArticlePage(article, {
        focus: parseHighlights(c.req.query("hl"), article.text.length),
        dossier: story !== null ? dossierSpans(story, article.id) : [],
        story: story !== null ? { id: story.id, title: story.title } : null,
      }),
    );
  });

  routes.get("/search", async (c) => {
    const raw = withoutEmpty(c.req.query());
    if (raw.q === undefined) return c.html(renderSearchPage("", null));
    const query = parseQuery(SearchQuerySchema, raw);
    return c.html(renderSearchPage(query.q, await searchStore(store, query)));
  });

  return routes;
}
