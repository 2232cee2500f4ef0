import { randomBytes } from "node:crypto";
import { Hono } from "hono";
import type { RawArticle } from "../domain/article.js";
import type { Diagnostic } from "../domain/diagnostic.js";
import { ArticleIdSchema } from "../domain/ids.js";
import { addToStore } from "../jobs/add-to-store.js";
import { articleIdFor } from "../pipeline/article-id.js";
import type { StoryBuilder } from "../pipeline/index.js";
import type { Store } from "../storage/store.js";
import { ApiError, type ErrorDetail } from "./api-error.js";
import type { Logger } from "./logger.js";
import { type ItemPosition, parseArticleBody } from "./parse-article-body.js";
import { articleJson } from "./story-json.js";
import { toRawArticle } from "./to-raw-article.js";

export interface ArticleRoutesOptions {
  store: Store;
  logger: Logger;
  summaryWords: number;
  /** Builds the dossiers an add changes (default: on the thread serving requests). */
  builder?: StoryBuilder | undefined;
  /** Told how many new articles each POST stored (the server's reclustering counts them). */
  onArticlesAdded?: ((count: number) => void) | undefined;
}

function pathFor(position: ItemPosition, clientId: string | undefined, requestId: string): string {
  if (clientId !== undefined) return `api/${clientId}`;
  return "line" in position ? `api/${requestId}#L${position.line}` : `api/${requestId}#item${position.index}`;
}

/**
 * `POST /api/articles` and `GET /api/articles/:id`.
 *
 * Validation is all-or-nothing: if any item is bad (broken JSON line, missing text, bad URL, text
 * with no article in it), nothing is stored and the 400 lists every bad item with its line or
 * index. A client fixes its batch and resends it whole; resending is safe because ingest is
 * idempotent (articles already stored are reported `existing`).
 */
export function articleRoutes(options: ArticleRoutesOptions): Hono {
  const { store, logger } = options;
  const routes = new Hono();

  routes.post("/articles", async (c) => {
    const body = await c.req.text();
    const parsed = parseArticleBody(body, c.req.header("content-type"));
    const errors: ErrorDetail[] = [...parsed.errors];
    const requestId = randomBytes(4).toString("hex");
    const raws: { position: ItemPosition; clientId: string | undefined; raw: RawArticle }[] = [];
    const diagnostics: Diagnostic[] = [];
    if (errors.length === 0) {
      for (const { position, input } of parsed.items) {
        const result = toRawArticle(input, pathFor(position, input.id, requestId));
        diagnostics.push(...result.diagnostics);
        if (result.kind === "rejected") errors.push({ ...position, message: result.reason });
        else raws.push({ position, clientId: input.id, raw: result.raw });
      }
    }
    if (errors.length > 0) {
      const where = (error: ErrorDetail) =>
        error.line !== undefined ? `line ${error.line}: ` : error.index !== undefined ? `item ${error.index}: ` : "";
      const shown = errors.slice(0, 3).map((error) => `${where(error)}${error.message}`);
      const more = errors.length > 3 ? ` (and ${errors.length - 3} more in details)` : "";
      throw new ApiError(400, `nothing was stored: ${shown.join("; ")}${more}`, { details: errors });
    }
    const result = await addToStore(
      store,
      raws.map((item) => item.raw),
      { summaryWords: options.summaryWords, ...(options.builder !== undefined ? { builder: options.builder } : {}) },
    );
    options.onArticlesAdded?.(result.inserted.length);
    const ids = raws.map((item) => articleIdFor(item.raw));
    const storyOf = await store.storyIdsOfArticles(ids);
    const inserted = new Set(result.inserted);
    logger.info("articles ingested", {
      inserted: result.inserted.length,
      existing: result.existing.length,
      stories: result.savedStories.length,
    });
    return c.json(
      {
        inserted: result.inserted.length,
        existing: raws.length - result.inserted.length,
        articles: raws.map((item, index) => {
          const id = ids[index]!;
          return {
            ...item.position,
            ...(item.clientId !== undefined ? { clientId: item.clientId } : {}),
            id,
            status: inserted.has(id) ? "inserted" : "existing",
            storyId: storyOf.get(id) ?? null,
            href: `/api/articles/${id}`,
          };
        }),
        stories: result.stories.map((story) => ({
          id: story.id,
          title: story.title,
          articleCount: story.articleIds.length,
          href: `/api/stories/${story.id}`,
        })),
        removedStoryIds: result.removedStoryIds,
        diagnostics: [...diagnostics, ...result.diagnostics],
      },
      result.inserted.length > 0 ? 201 : 200,
    );
  });

  routes.get("/articles/:id", async (c) => {
    const parsedId = ArticleIdSchema.safeParse(c.req.param("id"));
    if (!parsedId.success)
      throw new ApiError(404, `"${c.req.param("id")}" is not an article id (a_ and 16 hex digits)`);
    const article = await store.getArticle(parsedId.data);
    if (article === null) throw new ApiError(404, `no article ${parsedId.data}`);
    const storyId = (await store.storyIdsOfArticles([article.id])).get(article.id) ?? null;
    return c.json(articleJson(article, storyId));
  });

  return routes;
}
