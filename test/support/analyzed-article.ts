import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import type { Article } from "../../src/domain/article.js";
import type { AnalyzedArticle } from "../../src/domain/document.js";
import { type ArticleId, asArticleId } from "../../src/domain/ids.js";
import { segmentText } from "../../src/stages/segment/index.js";

/** A valid article id from a test key: a number gives `a_000…0n`, a string its hash. */
export function testArticleId(key: string | number): ArticleId {
  const hex =
    typeof key === "number"
      ? key.toString(16).padStart(16, "0")
      : createHash("sha256").update(key).digest("hex").slice(0, 16);
  return asArticleId(`a_${hex}`);
}

/**
 * An article as the pipeline would hand it to a stage, for unit tests: `text` is taken as already
 * cleaned, `fields` override the defaults (French, undated, its own outlet, not machine-translated).
 */
export function makeAnalyzedArticle(text: string, fields: Partial<Article> = {}): AnalyzedArticle {
  const id = fields.id ?? testArticleId(text);
  const article: Article = {
    id,
    path: `${id}.txt`,
    source: `outlet-${id}`,
    url: null,
    title: "",
    language: "fr",
    publishedAt: null,
    publishedAtInferred: false,
    text,
    removed: [],
    duplicateOf: null,
    byline: null,
    siteName: null,
    format: "text",
    machineTranslated: { likely: false, signals: [] },
    ...fields,
  };
  return { article, segmented: segmentText(text, article.language) };
}

const GENEVA = new URL("../../fixtures/geneva-2022-01/", import.meta.url);

/**
 * The five Geneva 2022-01 fixture articles as stage input: the ` date YYYY-MM` marker that ingest
 * reads is stripped and becomes `publishedAt`; each file is its own outlet (`outlet-0`…), its id
 * taken from the file name's hash part, its path the file name.
 */
export function genevaFixtureDocs(): AnalyzedArticle[] {
  return readdirSync(GENEVA)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name, index) => {
      let text = readFileSync(new URL(name, GENEVA), "utf8");
      const marker = /^\s*date (\d{4}-\d{2})\s+/.exec(text);
      if (marker !== null) text = text.slice(marker[0].length);
      return makeAnalyzedArticle(text, {
        id: asArticleId(`a_${name.slice(4, 20)}`),
        path: name,
        source: `outlet-${index}`,
        publishedAt: marker?.[1] ?? null,
      });
    });
}
