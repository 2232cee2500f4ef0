import type { RawArticle } from "../../domain/article.js";
import { foldForMatch } from "./fold-for-match.js";
import { foldHash, hashOfFolded } from "./fold-hash.js";
import { hasMoreWordsThan } from "./more-words-than.js";

/** Lines longer than this are never page furniture worth remembering. */
const MAX_WORDS_REMEMBERED = 80;
/** A line seen in fewer articles of its site than this is never furniture (see the cleaner's `isSiteFurniture`). */
const MIN_REPEATS = 2;

/** What the cleaner learns about one site: how many articles it saw, and in how many each line occurs. */
interface SiteLines {
  /** The articles observed, so that the same article twice counts once (empty for a site restored from a snapshot). */
  observed: Set<string>;
  articles: number;
  /** Folded line → in how many of the site's articles it was seen. */
  lines: Map<string, number>;
  /** The length of the longest line seen in `MIN_REPEATS` articles or more (see `repeats`). */
  longestRepeated: number;
  /** `hashOfFolded` of each line seen in `MIN_REPEATS` articles or more (see `repeats`). */
  repeatedHashes: Set<number>;
}

/** What cleaning needs of one site's memory (see `SiteMemorySnapshot`). */
export interface SiteSnapshot {
  /** How many articles of the site were observed. */
  articles: number;
  /** Folded line → in how many of them it was seen, for the lines seen often enough to be furniture. */
  repeatedLines: Map<string, number>;
}

/**
 * What a cleaner learnt of each site, keyed by site, as plain data (structured-cloneable: it can be
 * sent to worker threads): only what cleaning reads, the lines seen often enough to be furniture
 * (never once; twice only on a site of fewer than four articles).
 */
export interface SiteMemorySnapshot {
  sites: Map<string, SiteSnapshot>;
}

/** Lines seen across the articles of each site, keyed by folded line text. */
export interface SiteMemory {
  /** Remembers the distinct lines of one article of `site`; the same article twice counts once. */
  remember(site: string, article: string, lines: readonly string[]): void;
  /**
   * In how many of the site's articles `line` was seen, and how many articles the site has; null
   * when it was seen in fewer than 2 (the count does not matter then, and most lines are spared folding).
   */
  repeats(site: string, line: string): { seenIn: number; articles: number } | null;
  /** The memory as plain data, with the lines `matters` keeps (seen in `seenIn` of a site's `articles`). */
  snapshot(matters: (seenIn: number, articles: number) => boolean): SiteMemorySnapshot;
}

/**
 * Whether folding `line` may make it shorter: only combining marks (dropped), surrogate pairs (some
 * decompose to one code unit) and untidy spaces (collapsed) do; every other code unit folds to one or
 * more (checked over the whole Basic Multilingual Plane).
 */
const MAY_FOLD_SHORTER = /[\p{M}\uD800-\uDFFF]|[^\S ]| {2}/u;
const mayFoldShorter = (line: string): boolean =>
  line.startsWith(" ") || line.endsWith(" ") || MAY_FOLD_SHORTER.test(line);

/** Notes that `key` is seen in `MIN_REPEATS` articles or more. */
function noteRepeated(known: SiteLines, key: string): void {
  known.longestRepeated = Math.max(known.longestRepeated, key.length);
  known.repeatedHashes.add(hashOfFolded(key));
}

export function createSiteMemory(snapshot?: SiteMemorySnapshot): SiteMemory {
  const sites = new Map<string, SiteLines>();
  for (const [site, { articles, repeatedLines }] of snapshot?.sites ?? []) {
    const known: SiteLines = {
      observed: new Set(),
      articles,
      lines: new Map(repeatedLines),
      longestRepeated: 0,
      repeatedHashes: new Set(),
    };
    for (const key of repeatedLines.keys()) noteRepeated(known, key);
    sites.set(site, known);
  }
  return {
    remember(site, article, lines) {
      let known = sites.get(site);
      if (known === undefined) {
        known = { observed: new Set(), articles: 0, lines: new Map(), longestRepeated: 0, repeatedHashes: new Set() };
        sites.set(site, known);
      }
      if (known.observed.has(article)) return;
      known.observed.add(article);
      known.articles++;
      const distinct = new Set<string>();
      for (const line of lines) {
        // A line has at most one word per two characters: short lines need no counting.
        if (line.length > 2 * MAX_WORDS_REMEMBERED && hasMoreWordsThan(line, MAX_WORDS_REMEMBERED)) continue;
        distinct.add(foldForMatch(line));
      }
      for (const key of distinct) {
        const seenIn = (known.lines.get(key) ?? 0) + 1;
        known.lines.set(key, seenIn);
        if (seenIn === MIN_REPEATS) noteRepeated(known, key);
      }
    },
    repeats(site, line) {
      const known = sites.get(site);
      if (known === undefined) return null;
      // Most lines are ruled out without folding them: by the hash of their fold when it can be told
      // code unit by code unit, else by their length (a line longer than every repeated line).
      const hash = foldHash(line, 0, line.length);
      const ruledOut =
        hash !== null ? !known.repeatedHashes.has(hash) : line.length > known.longestRepeated && !mayFoldShorter(line);
      if (ruledOut) return null;
      const seenIn = known.lines.get(foldForMatch(line)) ?? 0;
      return seenIn >= MIN_REPEATS ? { seenIn, articles: known.articles } : null;
    },
    snapshot(matters) {
      const snapshot: SiteMemorySnapshot = { sites: new Map() };
      for (const [site, known] of sites) {
        const repeatedLines = new Map<string, number>();
        for (const [key, seenIn] of known.lines) {
          if (seenIn >= MIN_REPEATS && matters(seenIn, known.articles)) repeatedLines.set(key, seenIn);
        }
        snapshot.sites.set(site, { articles: known.articles, repeatedLines });
      }
      return snapshot;
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
