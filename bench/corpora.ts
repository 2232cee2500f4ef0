// The two benchmark corpora, turned once into RawArticle JSON lines under .eval-cache/bench/ (never in the repo):
// OrangeSum (36,152 French articles) and Reuters-21578 (21,578 English wire stories, SGML).
import { execFileSync } from "node:child_process";
import {
  closeSync,
  createReadStream,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { StringDecoder } from "node:string_decoder";
import { createGunzip } from "node:zlib";
import type { RawArticle } from "../src/domain/article.js";
import { parseReutersSgml } from "./reuters-sgml.js";

export type CorpusName = "orangesum" | "reuters" | "both";
export const CORPUS_NAMES: readonly CorpusName[] = ["orangesum", "reuters", "both"];

/**
 * OrangeSum's parser joined paragraphs without a space ("Pyrénées.Alors"): a period between a
 * lower-case letter (or a closing quote) and an upper-case one (or an opening quote) is a paragraph end.
 */
export function restoreParagraphs(body: string): string {
  return body.replace(/([\p{Ll}\d)»"])\.(["«]?\p{Lu})/gu, "$1.\n\n$2");
}

interface OrangeSumLine {
  id: number;
  title: string;
  heading: string;
  article: string;
  date: string;
}

async function readOrangeSum(dataDir: string): Promise<RawArticle[]> {
  const path = join(dataDir, "orangesum-fr-news", "articles.jsonl.gz");
  const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  const raws: RawArticle[] = [];
  for await (const line of lines) {
    if (line.trim() === "") continue;
    const item = JSON.parse(line) as OrangeSumLine;
    const body = [item.heading.trim(), restoreParagraphs(item.article.trim())].filter((part) => part !== "");
    if (body.length === 0) continue;
    raws.push({
      path: `orangesum/${item.id}.json`,
      format: "jsonl",
      source: "actu.orange.fr",
      title: item.title,
      publishedAt: item.date,
      declaredLanguage: "fr",
      text: body.join("\n\n"),
    });
  }
  return raws;
}

function readReuters(dataDir: string, cacheDir: string): RawArticle[] {
  const folder = join(cacheDir, "reuters21578", "reuters21578");
  if (!existsSync(join(folder, "reut2-000.sgm"))) {
    mkdirSync(join(cacheDir, "reuters21578"), { recursive: true });
    const archive = join(dataDir, "reuters21578", "reuters21578.tar.xz");
    execFileSync("tar", ["-xJf", archive, "-C", join(cacheDir, "reuters21578")]);
  }
  return readdirSync(folder)
    .filter((name) => /^reut2-\d+\.sgm$/.test(name))
    .sort()
    .flatMap((name) => parseReutersSgml(readFileSync(join(folder, name), "latin1"), `reuters21578/${name}`));
}

function cachePath(cacheDir: string, corpus: Exclude<CorpusName, "both">): string {
  return join(cacheDir, "bench", `${corpus}.jsonl`);
}

/** Writes the cache files of both corpora if they are missing; returns how many articles each holds. */
export async function prepareCorpora(dataDir: string, cacheDir: string): Promise<Record<CorpusName, number>> {
  mkdirSync(join(cacheDir, "bench"), { recursive: true });
  const counts = { orangesum: 0, reuters: 0, both: 0 };
  for (const corpus of ["orangesum", "reuters"] as const) {
    const path = cachePath(cacheDir, corpus);
    if (!existsSync(path)) {
      const raws = corpus === "orangesum" ? await readOrangeSum(dataDir) : readReuters(dataDir, cacheDir);
      writeFileSync(`${path}.partial`, `${raws.map((raw) => JSON.stringify(raw)).join("\n")}\n`);
      renameSync(`${path}.partial`, path);
    }
    counts[corpus] = readFileSync(path, "utf8").split("\n").filter(Boolean).length;
  }
  counts.both = counts.orangesum + counts.reuters;
  return counts;
}

function readCache(cacheDir: string, corpus: Exclude<CorpusName, "both">, limit: number): RawArticle[] {
  // Read only as many bytes as the first `limit` lines need: the floor must not pay for the whole file.
  const file = openSync(cachePath(cacheDir, corpus), "r");
  const raws: RawArticle[] = [];
  const chunk = Buffer.alloc(1 << 22);
  const decoder = new StringDecoder("utf8");
  let pending = "";
  try {
    for (let read = readSync(file, chunk); read > 0 && raws.length < limit; read = readSync(file, chunk)) {
      const lines = (pending + decoder.write(chunk.subarray(0, read))).split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        if (raws.length >= limit) break;
        if (line !== "") raws.push(JSON.parse(line) as RawArticle);
      }
    }
  } finally {
    closeSync(file);
  }
  if (pending !== "" && raws.length < limit) raws.push(JSON.parse(pending) as RawArticle);
  return raws;
}

/** The first `size` articles of a corpus (`both`: half from each, French first), read from the cache. */
export function loadCorpus(cacheDir: string, corpus: CorpusName, size: number): RawArticle[] {
  if (corpus !== "both") return readCache(cacheDir, corpus, size);
  const french = readCache(cacheDir, "orangesum", Math.ceil(size / 2));
  const english = readCache(cacheDir, "reuters", size - french.length);
  const rest = size - french.length - english.length;
  return rest > 0
    ? [...french, ...english, ...readCache(cacheDir, "orangesum", size).slice(french.length)]
    : [...french, ...english];
}
