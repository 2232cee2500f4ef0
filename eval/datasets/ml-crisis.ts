// ML-Crisis (CL-TLS, La Quatra et al. 2021): French, Spanish and Italian article collections on four
// Arab Spring topics, each with a gold timeline. See ../shared/eval-data/ml-crisis-tls/SOURCE.md.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { RawArticle } from "../../src/domain/article.js";
import { ingestBytes } from "../../src/stages/ingest/index.js";

export interface MlCrisisArticle {
  path: string;
  /** Publication date: the folder name, YYYY-MM-DD. */
  publishedAt: string;
  text: string;
}

export interface MlCrisisTopic {
  language: string;
  topic: string;
  articles: MlCrisisArticle[];
  /** Gold timeline dates, YYYY-MM-DD, sorted. */
  goldDates: string[];
}

const ARCHIVE = "ml-crisis-tls/ml-crisis-fr-es-it.tar.xz";

/** Extracts the archive into `cacheDir/ml-crisis` once; returns the folder. */
export function prepareMlCrisis(dataDir: string, cacheDir: string): string {
  const target = join(cacheDir, "ml-crisis");
  if (!existsSync(join(target, "fr"))) {
    mkdirSync(target, { recursive: true });
    execFileSync("tar", ["-xJf", join(dataDir, ARCHIVE), "-C", target]);
  }
  return target;
}

/** Every topic of `languages` that has both articles and a gold timeline. */
export function loadMlCrisis(root: string, languages: readonly string[]): MlCrisisTopic[] {
  const topics: MlCrisisTopic[] = [];
  for (const language of languages) {
    const folder = join(root, language);
    if (!existsSync(folder)) continue;
    for (const topic of readdirSync(folder).sort()) {
      const reference = join(folder, "reference", `${topic}.txt`);
      if (topic === "reference" || !existsSync(reference)) continue;
      const articles: MlCrisisArticle[] = [];
      for (const day of readdirSync(join(folder, topic)).sort()) {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) continue;
        for (const name of readdirSync(join(folder, topic, day)).sort()) {
          if (!name.endsWith(".txt")) continue;
          const path = join(folder, topic, day, name);
          articles.push({ path, publishedAt: day, text: readFileSync(path, "utf8") });
        }
      }
      const goldDates = [...new Set(readFileSync(reference, "utf8").match(/^\d{4}-\d{2}-\d{2}$/gm) ?? [])].sort();
      topics.push({ language, topic, articles, goldDates });
    }
  }
  return topics;
}

/**
 * One page as the pipeline ingests a plain-text file (null when ingest gives no article), its outlet read from the
 * file name's prefix ("gv", "ext"), the only trace of it the collection keeps.
 */
export function ingestMlCrisisPage(article: MlCrisisArticle): RawArticle | null {
  const ingested = ingestBytes(article.path, new TextEncoder().encode(article.text), "text").articles[0];
  return ingested === undefined ? null : { ...ingested, source: basename(article.path).replace(/_\d+\.txt$/, "") };
}
