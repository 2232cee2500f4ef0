import type { RawArticle } from "../../domain/article.js";
import { foldForMatch, wordCount } from "./line-shape.js";

/** Lines longer than this are never page furniture worth remembering. */
const MAX_WORDS_REMEMBERED = 80;

/** What the cleaner learns about one site: how many articles it saw, and in how many each line occurs. */
interface SiteLines {
  articles: Set<string>;
  lines: Map<string, number>;
}

/** Lines seen across the articles of each site, keyed by folded line text. */
export interface SiteMemory {
  /** Remembers the distinct lines of one article of `site`; the same article twice counts once. */
  remember(site: string, article: string, lines: readonly string[]): void;
  /** In how many of the site's articles `line` was seen, and how many articles the site has. */
  frequency(site: string, line: string): { seenIn: number; articles: number };
}

export function createSiteMemory(): SiteMemory {
  const sites = new Map<string, SiteLines>();
  return {
    remember(site, article, lines) {
      let known = sites.get(site);
      if (known === undefined) {
        known = { articles: new Set(), lines: new Map() };
        sites.set(site, known);
      }
      if (known.articles.has(article)) return;
      known.articles.add(article);
      const distinct = new Set(lines.filter((line) => wordCount(line) <= MAX_WORDS_REMEMBERED).map(foldForMatch));
      for (const key of distinct) known.lines.set(key, (known.lines.get(key) ?? 0) + 1);
    },
    frequency(site, line) {
      const known = sites.get(site);
      if (known === undefined) return { seenIn: 0, articles: 0 };
      return { seenIn: known.lines.get(foldForMatch(line)) ?? 0, articles: known.articles.size };
    },
  };
}

/** The site an article belongs to: its source, else its site name, else its URL's host; null when unknown. */
export function siteOf(raw: RawArticle): string | null {
  const named = raw.source ?? raw.siteName;
  if (named !== undefined && named.trim() !== "") return named.trim().toLowerCase();
  if (raw.url === undefined) return null;
  try {
    return new URL(raw.url).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return null;
  }
}

/** Identity of an article for counting it once: URL, else path. */
export function articleKey(raw: RawArticle): string {
  return raw.url ?? raw.path;
}
