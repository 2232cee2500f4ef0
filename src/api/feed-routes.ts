import { Hono } from "hono";
import { z } from "zod";
import { ApiError } from "./api-error.js";
import type { FeedPoller } from "./feed-poller.js";

const FeedInputSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(2048),
});

/** `POST /api/feeds {url}` (subscribe; polled in the background) and `GET /api/feeds` (their status). */
export function feedRoutes(feeds: FeedPoller): Hono {
  const routes = new Hono();

  routes.post("/feeds", async (c) => {
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch (error) {
      throw new ApiError(
        400,
        `the body is not valid JSON: ${(error as Error).message}; send {"url": "https://…/feed.xml"}`,
      );
    }
    const parsed = FeedInputSchema.safeParse(body);
    if (!parsed.success) {
      const details = parsed.error.issues.map((issue) => ({
        field: issue.path.join(".") || "body",
        message: `${issue.path.join(".") || "body"}: ${issue.message}`,
      }));
      throw new ApiError(400, `bad feed: ${details.map((detail) => detail.message).join("; ")}`, { details });
    }
    const { feed, created } = await feeds.add(parsed.data.url);
    return c.json(feed, created ? 201 : 200);
  });

  routes.get("/feeds", (c) => c.json({ feeds: feeds.list() }));

  return routes;
}
