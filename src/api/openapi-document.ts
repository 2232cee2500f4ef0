import { OPENAPI_SCHEMAS, schemaRef } from "./openapi-schemas.js";

/** The hand-written OpenAPI 3.1 description of the JSON API, served at /api/openapi.json. */
export function openApiDocument(options: { maxBodyBytes: number }) {
  const ref = schemaRef;
  const json = (schema: object) => ({ "application/json": { schema } });
  const error = (description: string) => ({ description, content: json(ref("Error")) });
  const writeErrors = {
    "401": error("A token is set on the server and the request has no valid `Authorization: Bearer <token>`."),
    "413": error(`The body is larger than ${options.maxBodyBytes} bytes.`),
    "429": {
      ...error("Too many write requests from this address; retry after the `Retry-After` seconds."),
      headers: { "Retry-After": { schema: { type: "integer" } } },
    },
  };
  const query = (name: string, schema: object, description: string, required = false) => ({
    name,
    in: "query",
    required,
    schema,
    description,
  });
  const path = (name: string, pattern: string) => ({
    name,
    in: "path",
    required: true,
    schema: { type: "string", pattern },
  });
  const idPattern = { article: "^a_[0-9a-f]{16}$", story: "^s_[0-9a-f]{16}$" };
  const date = { type: "string", pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$" };

  return {
    openapi: "3.1.0",
    info: {
      title: "recoupe",
      version: "0.1.0",
      description:
        "Cross-checked story dossiers from news articles. Every summary sentence, fact, quote and difference cites `{ articleId, start, end }` into the article's cleaned text: `text.slice(start, end)` is the verbatim evidence.",
    },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: {
        bearer: {
          type: "http",
          scheme: "bearer",
          description: "Required by write endpoints when the server has a token (RECOUPE_TOKEN).",
        },
      },
      schemas: OPENAPI_SCHEMAS,
    },
    paths: {
      "/api/articles": {
        post: {
          summary: "Add articles; their stories are updated incrementally",
          description:
            "The body is one article object, a JSON array of them, or JSON Lines (`Content-Type: application/x-ndjson`, one object a line). All or nothing: if any item is bad, nothing is stored and the 400 lists every bad item by `line` (JSON Lines, 1-based) or `index` (array, 0-based) with the reason. Resending a fixed batch is safe: stored articles are reported `existing`.",
          security: [{}, { bearer: [] }],
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: { oneOf: [ref("ArticleInput"), { type: "array", items: ref("ArticleInput") }] },
              },
              "application/x-ndjson": {
                schema: { type: "string", description: "One ArticleInput JSON object per line." },
              },
            },
          },
          responses: {
            "201": { description: "At least one article was new.", content: json(ref("IngestResult")) },
            "200": { description: "Every article was already stored.", content: json(ref("IngestResult")) },
            "400": error("The body or some items are invalid; `details` names each line or index."),
            ...writeErrors,
          },
        },
      },
      "/api/articles/{id}": {
        get: {
          summary: "One article with its cleaned text",
          parameters: [path("id", idPattern.article)],
          responses: {
            "200": { description: "The article", content: json(ref("Article")) },
            "404": error("No such article."),
          },
        },
      },
      "/api/stories": {
        get: {
          summary: "Stories, one page at a time",
          parameters: [
            query("limit", { type: "integer", minimum: 1, maximum: 100, default: 20 }, "Page size."),
            query("offset", { type: "integer", minimum: 0, default: 0 }, "Stories to skip."),
            query(
              "sort",
              { enum: ["recent", "sources"], default: "recent" },
              "`recent`: latest first; `sources`: most independent outlets first.",
            ),
            query(
              "language",
              { type: "string", pattern: "^[a-z]{2,3}$" },
              "Only stories with an article in this language.",
            ),
            query("from", date, "Only stories whose period reaches this date or later."),
            query("to", date, "Only stories whose period starts on this date or earlier."),
          ],
          responses: {
            "200": {
              description: "A page",
              content: json({
                type: "object",
                properties: {
                  total: { type: "integer" },
                  limit: { type: "integer" },
                  offset: { type: "integer" },
                  items: { type: "array", items: ref("StorySummary") },
                },
              }),
            },
            "400": error("A bad query parameter, named in `details`."),
          },
        },
      },
      "/api/stories/{id}": {
        get: {
          summary: "One story's dossier",
          parameters: [path("id", idPattern.story)],
          responses: {
            "200": { description: "The dossier", content: json(ref("Story")) },
            "404": error("No such story (it may have merged into another)."),
          },
        },
      },
      "/api/search": {
        get: {
          summary: "Full-text search over articles: accent- and case-insensitive, stemmed, every word required",
          parameters: [
            query("q", { type: "string", minLength: 1 }, "The words to look for.", true),
            query("language", { type: "string", pattern: "^[a-z]{2,3}$" }, "Only articles in this language."),
            query("limit", { type: "integer", minimum: 1, maximum: 100, default: 20 }, "Page size."),
            query("offset", { type: "integer", minimum: 0, default: 0 }, "Hits to skip."),
          ],
          responses: {
            "200": {
              description: "Hits, best first",
              content: json({
                type: "object",
                properties: {
                  query: { type: "string" },
                  limit: { type: "integer" },
                  offset: { type: "integer" },
                  hits: { type: "array", items: ref("SearchHit") },
                },
              }),
            },
            "400": error("`q` is missing or a parameter is bad."),
          },
        },
      },
      "/api/feeds": {
        get: {
          summary: "Subscribed feeds and their polling status",
          responses: {
            "200": {
              description: "Feeds",
              content: json({ type: "object", properties: { feeds: { type: "array", items: ref("FeedStatus") } } }),
            },
          },
        },
        post: {
          summary: "Subscribe to an RSS, Atom or JSON feed",
          description:
            "The feed is fetched at once, then at the server's interval; new items are ingested and stories updated. Failures are retried with exponential backoff. Subscriptions are kept in memory: they last until the server stops.",
          security: [{}, { bearer: [] }],
          requestBody: {
            required: true,
            content: json({
              type: "object",
              required: ["url"],
              additionalProperties: false,
              properties: { url: { type: "string", format: "uri" } },
            }),
          },
          responses: {
            "201": { description: "Subscribed", content: json(ref("FeedStatus")) },
            "200": { description: "Already subscribed", content: json(ref("FeedStatus")) },
            "400": error("Not an http(s) URL."),
            ...writeErrors,
          },
        },
      },
      "/api/openapi.json": {
        get: {
          summary: "This document",
          responses: { "200": { description: "OpenAPI 3.1", content: json({ type: "object" }) } },
        },
      },
    },
  };
}
