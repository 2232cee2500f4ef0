import type { Article } from "../domain/article.js";
import type { Diagnostic } from "../domain/diagnostic.js";
import { type ArticleId, asArticleId, asStoryId, type StoryId } from "../domain/ids.js";
import type { Story } from "../domain/story.js";
import type { Store } from "./store.js";

/** The article id numbered `n` (`a_000…0n`), for tests. */
export function articleId(n: number): ArticleId {
  return asArticleId(`a_${n.toString(16).padStart(16, "0")}`);
}

/** The story id numbered `n`, for tests. */
export function storyId(n: number): StoryId {
  return asStoryId(`s_${n.toString(16).padStart(16, "0")}`);
}

/** A complete article numbered `n`, for store tests; `overrides` set any field. */
export function makeArticle(n: number, overrides: Partial<Article> = {}): Article {
  return {
    id: articleId(n),
    path: `fixtures/article-${n}.html`,
    source: `Outlet ${n % 3}`,
    url: `https://example.org/${n}`,
    title: `Article ${n}`,
    language: "en",
    publishedAt: `2022-01-${String((n % 28) + 1).padStart(2, "0")}`,
    publishedAtInferred: false,
    text: `Body of article ${n}.\n\nSecond paragraph.`,
    removed: [{ text: "Read also: something", reason: "read-also" }],
    duplicateOf: null,
    byline: "A. Reporter",
    siteName: null,
    format: "html",
    machineTranslated: { likely: false, signals: [] },
    ...overrides,
  };
}

/** A story with one of every nested item, so a round trip checks the whole shape. */
export function makeStory(n: number, articleIds: ArticleId[], overrides: Partial<Story> = {}): Story {
  const first = articleIds[0] ?? articleId(0);
  const evidence = { articleId: first, start: 0, end: 4 };
  return {
    id: storyId(n),
    title: `Story ${n}`,
    articleIds,
    independentSources: articleIds.length,
    languages: ["en"],
    period: { from: "2022-01-01", to: "2022-01-02" },
    summary: [{ text: "Body", articleId: first, start: 0, end: 4, alsoIn: articleIds.slice(1) }],
    entities: [
      {
        name: "Geneva",
        type: "place",
        variants: ["Geneva", "Genève"],
        articleIds,
        mentions: 2,
        evidence: [{ ...evidence, text: "Body" }],
        roles: [],
      },
    ],
    quotes: [
      { speaker: null, text: "Body", articleIds, variants: [{ ...evidence, text: "Body", speakerMention: null }] },
    ],
    facts: [{ text: "Body", articleIds, independentSources: 1, reported: true, evidence: [evidence] }],
    discrepancies: [
      {
        about: "troops",
        kind: "quantity",
        values: [{ value: "100,000", normalized: "100000", articleIds, evidence: [evidence] }],
      },
    ],
    timeline: [
      {
        date: "2022-01",
        precision: "month",
        text: "Body",
        expression: "January",
        inferred: false,
        articleIds,
        evidence: [evidence],
      },
    ],
    coverage: articleIds.map((id) => ({ articleId: id, facts: ["supports"] })),
    ...overrides,
  };
}

/** A diagnostic about input `n`. */
export function makeDiagnostic(n: number, overrides: Partial<Diagnostic> = {}): Diagnostic {
  return {
    path: `inputs/${n}.jsonl`,
    line: n,
    code: "invalid-json-line",
    severity: "warning",
    stage: "ingest",
    message: `Line ${n} is not JSON`,
    ...overrides,
  };
}

/** Runs `fn` with a fresh store (and its location, to open a second handle on it). */
export type WithStore = (fn: (store: Store, location: string) => Promise<void>) => Promise<void>;
