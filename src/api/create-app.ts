import type { Context } from "hono";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { StoryBuilder } from "../pipeline/index.js";
import type { Store } from "../storage/store.js";
import { webRoutes } from "../web/web-routes.js";
import { ApiError } from "./api-error.js";
import { articleRoutes } from "./article-routes.js";
import { clientAddress } from "./client-address.js";
import { createFeedPoller, type FeedPoller } from "./feed-poller.js";
import { feedRoutes } from "./feed-routes.js";
import { handleError, handleNotFound } from "./handle-error.js";
import { type Logger, silentLogger } from "./logger.js";
import { openApiDocument } from "./openapi-document.js";
import { rateLimit } from "./rate-limit.js";
import { requireToken } from "./require-token.js";
import { searchRoute } from "./search-route.js";
import { securityHeaders } from "./security-headers.js";
import { storyRoutes } from "./story-routes.js";

export interface AppOptions {
  store: Store;
  /** Bearer token required by write endpoints; none means writes are open (bind to 127.0.0.1 then). */
  token?: string | undefined;
  logger?: Logger;
  /** Largest request body accepted, in bytes (default 10 MB); larger ones get 413. */
  maxBodyBytes?: number;
  /** Write requests allowed per client address per window (default 60 a minute); more get 429. */
  writeRateLimit?: { limit: number; windowMs: number };
  /** Summary length of stories rebuilt by ingest (default 100 words, as the CLI). */
  summaryWords?: number;
  /** The feed poller behind /api/feeds (default: one on this store, not started). */
  feeds?: FeedPoller;
  /** Builds the dossiers an add changes (default: on the thread serving requests); the caller closes it. */
  builder?: StoryBuilder;
  /** Told how many new articles each POST stored (`startServer` reclusters after enough of them). */
  onArticlesAdded?: (count: number) => void;
  /** Who a request counts for in the rate limit (default: the socket's address). */
  clientAddress?: (c: Context) => string;
  now?: () => number;
}

export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

/** The whole HTTP application: JSON API under /api, pages elsewhere. Call `app.request()` to test it without a socket. */
export function createApp(options: AppOptions): Hono {
  const logger = options.logger ?? silentLogger;
  const summaryWords = options.summaryWords ?? 100;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const feeds =
    options.feeds ??
    createFeedPoller({
      store: options.store,
      summaryWords,
      logger,
      builder: options.builder,
      onArticlesAdded: options.onArticlesAdded,
    });
  const limit = options.writeRateLimit ?? { limit: 60, windowMs: 60_000 };

  const app = new Hono();
  app.onError(handleError(logger));
  app.notFound(handleNotFound);
  app.use("*", securityHeaders());

  const writeGuards = [
    rateLimit({
      ...limit,
      keyOf: options.clientAddress ?? clientAddress,
      ...(options.now !== undefined ? { now: options.now } : {}),
    }),
    requireToken(options.token),
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () => {
        throw new ApiError(
          413,
          `the body is larger than the ${maxBodyBytes} bytes this server accepts: split it into several requests`,
        );
      },
    }),
  ];
  for (const guard of writeGuards) app.on(["POST", "PUT", "PATCH", "DELETE"], "/api/*", guard);

  app.get("/api/openapi.json", (c) => c.json(openApiDocument({ maxBodyBytes })));
  app.route(
    "/api",
    articleRoutes({
      store: options.store,
      logger,
      summaryWords,
      builder: options.builder,
      onArticlesAdded: options.onArticlesAdded,
    }),
  );
  app.route("/api", storyRoutes(options.store));
  app.route("/api", searchRoute(options.store));
  app.route("/api", feedRoutes(feeds));
  app.route("/", webRoutes(options.store));
  return app;
}
