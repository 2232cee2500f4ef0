/** `#/components/schemas/<name>`: a reference to one of the schemas below. */
export const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const ref = schemaRef;
const nullableString = { type: ["string", "null"] };

/** The JSON shapes of the API (components/schemas of the OpenAPI document). */
export const OPENAPI_SCHEMAS = {
  Error: {
    type: "object",
    required: ["error"],
    properties: {
      error: {
        type: "object",
        required: ["status", "message", "details"],
        properties: {
          status: { type: "integer" },
          message: { type: "string" },
          details: {
            type: "array",
            items: {
              type: "object",
              required: ["message"],
              properties: {
                line: { type: "integer", description: "1-based line of a JSON Lines body" },
                index: { type: "integer", description: "0-based index in a JSON array body" },
                field: { type: "string" },
                message: { type: "string" },
              },
            },
          },
        },
      },
    },
  },
  ArticleInput: {
    type: "object",
    additionalProperties: false,
    description:
      "Exactly one of `text` (plain text; paragraphs separated by blank lines; a leading `date YYYY-MM` marker is read as the date) or `html` (a whole page; its main text is extracted). Article HTML is never shown as HTML.",
    properties: {
      id: {
        type: "string",
        maxLength: 200,
        description: "Your own name for the item: kept as the article's path and echoed back as `clientId`.",
      },
      url: {
        type: "string",
        format: "uri",
        description: "The article's identity when given: the same URL twice is one article.",
      },
      source: {
        type: "string",
        description: "The outlet; independent-source counts are over outlets. Defaults to the URL's host.",
      },
      title: { type: "string" },
      byline: { type: "string" },
      text: { type: "string" },
      html: { type: "string" },
      publishedAt: { type: "string", description: "ISO 8601 date or date-time." },
      language: {
        type: "string",
        description: "ISO 639-1 code or language tag; detected from the text when absent.",
      },
    },
  },
  IngestResult: {
    type: "object",
    properties: {
      inserted: { type: "integer" },
      existing: { type: "integer", description: "Items already stored: ingesting twice changes nothing." },
      articles: {
        type: "array",
        items: {
          type: "object",
          properties: {
            line: { type: "integer" },
            index: { type: "integer" },
            clientId: { type: "string" },
            id: { type: "string" },
            status: { enum: ["inserted", "existing"] },
            storyId: nullableString,
            href: { type: "string" },
          },
        },
      },
      stories: {
        type: "array",
        items: {
          type: "object",
          properties: {
            id: { type: "string" },
            title: { type: "string" },
            articleCount: { type: "integer" },
            href: { type: "string" },
          },
        },
      },
      removedStoryIds: {
        type: "array",
        items: { type: "string" },
        description: "Stories merged into another by this batch.",
      },
      diagnostics: { type: "array", items: ref("Diagnostic") },
    },
  },
  Diagnostic: {
    type: "object",
    properties: {
      path: { type: "string" },
      line: { type: "integer" },
      item: { type: "integer" },
      code: { type: "string" },
      severity: { enum: ["error", "warning", "info"] },
      stage: { type: "string" },
      message: { type: "string" },
    },
  },
  StorySummary: {
    type: "object",
    properties: {
      id: { type: "string" },
      title: { type: "string" },
      articleCount: { type: "integer" },
      sources: { type: "array", items: { type: "string" } },
      independentSources: { type: "integer" },
      languages: { type: "array", items: { type: "string" } },
      period: ref("Period"),
      href: { type: "string" },
    },
  },
  Period: { type: "object", properties: { from: nullableString, to: nullableString } },
  Evidence: {
    type: "object",
    required: ["articleId", "start", "end"],
    properties: { articleId: { type: "string" }, start: { type: "integer" }, end: { type: "integer" } },
  },
  Story: {
    type: "object",
    description: "A story as in `recoupe analyze --format json`, plus `articles`: its articles' metadata (no text).",
    properties: {
      id: { type: "string" },
      title: { type: "string" },
      articleIds: { type: "array", items: { type: "string" } },
      summary: {
        type: "array",
        items: {
          allOf: [ref("Evidence")],
          properties: { text: { type: "string" }, alsoIn: { type: "array", items: { type: "string" } } },
        },
      },
      entities: { type: "array", items: ref("Entity") },
      quotes: { type: "array", items: { type: "object" } },
      facts: { type: "array", items: { type: "object" } },
      discrepancies: { type: "array", items: { type: "object" } },
      timeline: { type: "array", items: { type: "object" } },
      independentSources: { type: "integer" },
      languages: { type: "array", items: { type: "string" } },
      period: ref("Period"),
      coverage: {
        type: "array",
        items: {
          type: "object",
          properties: {
            articleId: { type: "string" },
            facts: { type: "array", items: { enum: ["supports", "omits", "contradicts"] } },
          },
        },
      },
      articles: { type: "array", items: ref("ArticleMetadata") },
    },
  },
  Entity: {
    type: "object",
    description: "A person, place or organisation the story's articles name, with every form it is written in.",
    properties: {
      name: { type: "string" },
      type: { enum: ["person", "place", "organization", "other"] },
      variants: { type: "array", items: { type: "string" } },
      articleIds: { type: "array", items: { type: "string" } },
      mentions: { type: "integer" },
      evidence: { type: "array", items: { allOf: [ref("Evidence")], properties: { text: { type: "string" } } } },
      roles: {
        type: "array",
        description: "For a person, the functions the articles give them, verbatim, most given first.",
        items: {
          type: "object",
          properties: {
            text: { type: "string" },
            articleIds: { type: "array", items: { type: "string" } },
            evidence: { type: "array", items: { allOf: [ref("Evidence")], properties: { text: { type: "string" } } } },
          },
        },
      },
    },
  },
  ArticleMetadata: {
    type: "object",
    properties: {
      id: { type: "string" },
      path: { type: "string" },
      source: { type: "string" },
      url: nullableString,
      title: { type: "string" },
      language: { type: "string" },
      publishedAt: nullableString,
      publishedAtInferred: { type: "boolean" },
      duplicateOf: nullableString,
      byline: nullableString,
      siteName: nullableString,
      format: { enum: ["text", "html", "jsonl", "feed"] },
      machineTranslated: { type: "object" },
      characters: { type: "integer" },
      href: { type: "string" },
    },
  },
  Article: {
    allOf: [ref("ArticleMetadata")],
    properties: {
      text: { type: "string", description: "Cleaned text; every offset points into it." },
      removed: {
        type: "array",
        items: { type: "object", properties: { text: { type: "string" }, reason: { type: "string" } } },
      },
      storyId: nullableString,
    },
  },
  SearchHit: {
    type: "object",
    properties: {
      articleId: { type: "string" },
      title: { type: "string" },
      snippet: { type: "string" },
      highlights: {
        type: "array",
        items: { type: "object", properties: { start: { type: "integer" }, end: { type: "integer" } } },
      },
      score: { type: "number" },
      storyId: nullableString,
      href: { type: "string" },
    },
  },
  FeedStatus: {
    type: "object",
    properties: {
      url: { type: "string" },
      addedAt: { type: "string" },
      lastFetchedAt: nullableString,
      lastSuccessAt: nullableString,
      lastError: nullableString,
      failures: { type: "integer", description: "Failures in a row; the retry delay doubles with each." },
      nextFetchAt: { type: "string" },
      articlesAdded: { type: "integer" },
    },
  },
};
