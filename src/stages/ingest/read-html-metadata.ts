import { cleanValue, hostOf, normalizeDate, normalizeLanguage } from "./normalize-metadata.js";

/** What a page declares about itself in meta tags, JSON-LD and a few well-known elements. */
export interface HtmlMetadata {
  title: string | undefined;
  byline: string | undefined;
  publishedAt: string | undefined;
  siteName: string | undefined;
  language: string | undefined;
  /** Canonical URL (link rel=canonical, og:url), else the URL given. */
  url: string | undefined;
}

interface JsonLdArticle {
  headline?: string;
  author?: string;
  datePublished?: string;
  publisher?: string;
  inLanguage?: string;
  url?: string;
}

const ARTICLE_TYPE = /Article|BlogPosting|Report|NewsArticle|WebPage|LiveBlogPosting|Posting/;

function metaMap(document: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll("meta"))) {
    const content = meta.getAttribute("content");
    if (content === null || content.trim().length === 0) continue;
    for (const attribute of ["property", "name", "itemprop", "http-equiv"]) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key !== undefined && key.length > 0 && !map.has(key)) map.set(key, content.trim());
    }
  }
  return map;
}

function firstOf(map: Map<string, string>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = map.get(key);
    if (value !== undefined) return value;
  }
  return undefined;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === "string") return cleanValue(value);
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((name): name is string => name !== undefined);
    return names.length > 0 ? names.join(", ") : undefined;
  }
  if (value !== null && typeof value === "object" && "name" in value) return nameOf((value as { name: unknown }).name);
  return undefined;
}

function stringOf(value: unknown): string | undefined {
  if (typeof value === "string") return cleanValue(value);
  if (Array.isArray(value)) return stringOf(value[0]);
  return undefined;
}

function collectJsonLd(value: unknown, found: JsonLdArticle[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectJsonLd(item, found);
    return;
  }
  if (value === null || typeof value !== "object") return;
  const record = value as Record<string, unknown>;
  if ("@graph" in record) collectJsonLd(record["@graph"], found);
  const type = record["@type"];
  const types = Array.isArray(type) ? type.map(String) : [String(type ?? "")];
  if (types.some((t) => ARTICLE_TYPE.test(t))) {
    const article: JsonLdArticle = {};
    const headline = stringOf(record.headline) ?? stringOf(record.name);
    const author = nameOf(record.author) ?? nameOf(record.creator);
    const date = stringOf(record.datePublished) ?? stringOf(record.dateCreated);
    const publisher = nameOf(record.publisher);
    const language = stringOf(record.inLanguage);
    const url = stringOf(record.url);
    if (headline !== undefined) article.headline = headline;
    if (author !== undefined) article.author = author;
    if (date !== undefined) article.datePublished = date;
    if (publisher !== undefined) article.publisher = publisher;
    if (language !== undefined) article.inLanguage = language;
    if (url !== undefined) article.url = url;
    // Articles before generic web pages.
    if (types.some((t) => t !== "WebPage" && ARTICLE_TYPE.test(t))) found.unshift(article);
    else found.push(article);
  }
}

function readJsonLd(document: Document): JsonLdArticle {
  const found: JsonLdArticle[] = [];
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      collectJsonLd(JSON.parse(script.textContent ?? ""), found);
    } catch {
      // Broken JSON-LD is common; the other sources still apply.
    }
  }
  const merged: JsonLdArticle = {};
  for (const article of found) {
    for (const key of Object.keys(article) as (keyof JsonLdArticle)[]) {
      if (merged[key] === undefined && article[key] !== undefined) merged[key] = article[key];
    }
  }
  return merged;
}

function firstTimeElement(document: Document): string | undefined {
  const time =
    document.querySelector("time[pubdate]") ??
    document.querySelector("article time[datetime]") ??
    document.querySelector("time[datetime]");
  return time?.getAttribute("datetime") ?? undefined;
}

function canonicalUrl(document: Document, metas: Map<string, string>, given: string | undefined): string | undefined {
  const link = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? undefined;
  for (const candidate of [given, link, metas.get("og:url")]) {
    if (candidate !== undefined && hostOf(candidate) !== undefined) return candidate;
  }
  return undefined;
}

/** Metadata of a page, from the most to the least explicit source; undefined where nothing says. */
export function readHtmlMetadata(document: Document, url?: string): HtmlMetadata {
  const metas = metaMap(document);
  const jsonLd = readJsonLd(document);
  const pageUrl = canonicalUrl(document, metas, url);
  const title = cleanValue(
    firstOf(metas, ["og:title", "twitter:title", "dc.title", "dcterms.title", "title"]) ??
      jsonLd.headline ??
      document.querySelector("h1")?.textContent ??
      document.querySelector("title")?.textContent,
  );
  const byline = cleanValue(
    jsonLd.author ??
      firstOf(metas, [
        "author",
        "article:author",
        "dc.creator",
        "dcterms.creator",
        "byl",
        "parsely-author",
        "sailthru.author",
      ]),
  );
  const byl =
    byline !== undefined && !/^https?:\/\//.test(byline) ? byline.replace(/^(by|par|von|por|di)\s+/i, "") : undefined;
  const publishedAt = normalizeDate(
    firstOf(metas, [
      "article:published_time",
      "og:article:published_time",
      "datepublished",
      "publishdate",
      "publish-date",
      "pubdate",
      "date",
      "dc.date.issued",
      "dc.date",
      "dcterms.created",
      "dcterms.date",
      "parsely-pub-date",
      "sailthru.date",
      "article.published",
      "published_time",
      "og:published_time",
    ]) ??
      jsonLd.datePublished ??
      firstTimeElement(document),
  );
  const siteName = cleanValue(
    firstOf(metas, ["og:site_name", "application-name", "twitter:site:name"]) ?? jsonLd.publisher ?? hostOf(pageUrl),
  );
  const language = normalizeLanguage(
    document.documentElement?.getAttribute("lang") ??
      document.documentElement?.getAttribute("xml:lang") ??
      firstOf(metas, ["og:locale", "content-language", "language", "dc.language", "inlanguage"]) ??
      jsonLd.inLanguage,
  );
  return { title, byline: byl, publishedAt, siteName, language, url: pageUrl };
}
