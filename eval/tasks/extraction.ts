// Article-body extraction, scored two ways:
// 1. the Zyte / Scrapinghub article-extraction benchmark (181 pages, human gold bodies), 4-gram shingle F1 as
//    its evaluate.py computes it; our scorer is first checked against the system outputs the benchmark ships;
// 2. Mozilla Readability's 130 test pages, against Readability's own expected output (a regression reference,
//    not a human annotation), plus title and byline agreement with its expected metadata.
// Options: --worst N (log the N worst pages of each set), --only zyte|readability.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { decodeText } from "../../src/stages/ingest/decode-text.js";
import { extractHtmlDocument } from "../../src/stages/ingest/extract-html-page.js";
import { htmlToText } from "../../src/stages/ingest/html-to-text.js";
import { parseHtmlDocument } from "../../src/stages/ingest/parse-html-document.js";
import { matchShingles, type ShingleScores, scoreShingles } from "../metrics/shingle-f1.js";
import type { EvalContext, EvalResult, EvalRow, EvalTable, EvalTask } from "../task.js";

/** The benchmark README's latest figures (SOURCE.md), for comparison. */
const PUBLISHED: { system: string; f1: number; precision: number; recall: number }[] = [
  { system: "rs_trafilatura", f1: 0.97, precision: 0.951, recall: 0.99 },
  { system: "Zyte AutoExtract (2019)", f1: 0.97, precision: 0.984, recall: 0.956 },
  { system: "go_trafilatura", f1: 0.96, precision: 0.94, recall: 0.98 },
  { system: "trafilatura 2.0.0", f1: 0.958, precision: 0.938, recall: 0.978 },
  { system: "newspaper4k 0.9.3.1", f1: 0.949, precision: 0.964, recall: 0.934 },
  { system: "readability_js 0.6.0", f1: 0.947, precision: 0.914, recall: 0.982 },
  { system: "readability-lxml 0.8.4.1", f1: 0.922, precision: 0.913, recall: 0.931 },
  { system: "goose3 3.1.20", f1: 0.896, precision: 0.94, recall: 0.856 },
  { system: "justext 3.0.2", f1: 0.804, precision: 0.858, recall: 0.756 },
  { system: "html-text (whole page text)", f1: 0.665, precision: 0.5, recall: 0.994 },
];

/** Shipped system outputs whose scores we recompute, with the published row they must reproduce. */
const SHIPPED_OUTPUTS: { file: string; published: string }[] = [
  { file: "readability_js.json", published: "readability_js 0.6.0" },
  { file: "trafilatura.json", published: "trafilatura 2.0.0" },
  { file: "go_readability_fork.json", published: "" },
];

type Bodies = Record<string, { articleBody?: string; url?: string }>;

function scoresOf(scores: ShingleScores): Record<string, number> {
  return { f1: scores.f1, precision: scores.precision, recall: scores.recall, accuracy: scores.accuracy };
}

function numberOption(args: string[], name: string, fallback: number): number {
  const index = args.indexOf(name);
  const value = index >= 0 ? Number(args[index + 1]) : Number.NaN;
  return Number.isFinite(value) ? value : fallback;
}

/** Logs the worst pages (--worst N) and keeps every page's scores in the cache folder for comparing runs. */
function logWorst(context: EvalContext, label: string, perPage: { name: string; f1: number; p: number; r: number }[]) {
  writeFileSync(join(context.cacheDir, `extraction-${label}.json`), `${JSON.stringify(perPage, null, 1)}\n`);
  const count = numberOption(context.args, "--worst", 0);
  const worst = [...perPage].sort((a, b) => a.f1 - b.f1).slice(0, count);
  for (const page of worst) {
    context.log(`${label} worst: ${page.name} f1=${page.f1.toFixed(3)} p=${page.p.toFixed(3)} r=${page.r.toFixed(3)}`);
  }
}

function pageScore(name: string, expected: string, predicted: string) {
  const { tp, fp, fn } = matchShingles(expected, predicted);
  const p = tp + fp > 0 ? tp / (tp + fp) : 0;
  const r = tp + fn > 0 ? tp / (tp + fn) : 0;
  return { name, p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

function zyteTable(context: EvalContext): EvalTable {
  const dir = join(context.dataDir, "scrapinghub-article-extraction");
  const truth = JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8")) as Bodies;
  const ids = Object.keys(truth).sort();
  const rows: EvalRow[] = [];
  const pairs: { expected: string; predicted: string }[] = [];
  const perPage: { name: string; f1: number; p: number; r: number }[] = [];
  for (const [index, id] of ids.entries()) {
    const bytes = gunzipSync(readFileSync(join(dir, "html", `${id}.html.gz`)));
    const { text: html } = decodeText(bytes, "html");
    const { page } = extractHtmlDocument(id, html, truth[id]?.url);
    const expected = truth[id]?.articleBody ?? "";
    pairs.push({ expected, predicted: page.text });
    perPage.push(pageScore(id, expected, page.text));
    if ((index + 1) % 50 === 0) context.log(`zyte: ${index + 1}/${ids.length} pages`);
  }
  logWorst(context, "zyte", perPage);
  rows.push({ system: "recoupe", origin: "computed", scores: scoresOf(scoreShingles(pairs)) });
  for (const shipped of SHIPPED_OUTPUTS) {
    const path = join(dir, "output", shipped.file);
    if (!existsSync(path)) continue;
    const raw = JSON.parse(readFileSync(path, "utf8")) as Bodies | { output: Bodies };
    const output = "output" in raw && typeof raw.output === "object" ? (raw.output as Bodies) : (raw as Bodies);
    const recomputed = scoreShingles(
      ids.map((id) => ({ expected: truth[id]?.articleBody ?? "", predicted: output[id]?.articleBody ?? "" })),
    );
    const published = PUBLISHED.find((row) => row.system === shipped.published);
    rows.push({
      system: `${shipped.file.replace(/\.json$/, "")} (recomputed from output/)`,
      origin: "computed",
      scores: scoresOf(recomputed),
      ...(published ? { note: `published F1 ${published.f1} / recomputed ${recomputed.f1.toFixed(3)}` } : {}),
    });
  }
  for (const row of PUBLISHED) {
    rows.push({
      system: row.system,
      origin: "published",
      scores: { f1: row.f1, precision: row.precision, recall: row.recall },
    });
  }
  return {
    dataset: "scrapinghub-article-extraction (181 pages)",
    setting: "article body, 4-gram shingle P/R/F1",
    rows,
  };
}

function testPagesDir(context: EvalContext): string {
  const target = join(context.cacheDir, "readability-test-pages");
  const pages = join(target, "test", "test-pages");
  if (!existsSync(pages)) {
    mkdirSync(target, { recursive: true });
    const archive = join(context.dataDir, "readability-test-pages", "test-pages.tar.xz");
    context.log(`extracting ${archive}`);
    execFileSync("tar", ["-xJf", archive, "-C", target]);
  }
  return pages;
}

const same = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? "").replace(/\s+/g, " ").trim().toLowerCase() === (b ?? "").replace(/\s+/g, " ").trim().toLowerCase();

function readabilityTable(context: EvalContext): EvalTable {
  const pagesDir = testPagesDir(context);
  const names = readdirSync(pagesDir).sort();
  const ours: { expected: string; predicted: string }[] = [];
  const baseline: { expected: string; predicted: string }[] = [];
  const perPage: { name: string; f1: number; p: number; r: number }[] = [];
  let titles = 0;
  let bylines = 0;
  let baselineTitles = 0;
  for (const name of names) {
    const dir = join(pagesDir, name);
    const source = readFileSync(join(dir, "source.html"), "utf8");
    const expectedDocument = parseHtmlDocument(readFileSync(join(dir, "expected.html"), "utf8"));
    const expected = expectedDocument.body ? htmlToText(expectedDocument.body) : "";
    const metadata = JSON.parse(readFileSync(join(dir, "expected-metadata.json"), "utf8")) as {
      title?: string | null;
      byline?: string | null;
    };
    const { page } = extractHtmlDocument(name, source, "http://fakehost/test/page.html");
    ours.push({ expected, predicted: page.text });
    perPage.push(pageScore(name, expected, page.text));
    if (same(page.title, metadata.title)) titles++;
    if (same(page.byline, metadata.byline)) bylines++;
    const article = new Readability<Node>(parseHtmlDocument(source), { serializer: (node) => node }).parse();
    baseline.push({ expected, predicted: article?.content ? htmlToText(article.content) : "" });
    if (same(article?.title, metadata.title)) baselineTitles++;
  }
  logWorst(context, "readability-test-pages", perPage);
  return {
    dataset: `readability-test-pages (${names.length} pages)`,
    setting: "text vs Readability's expected output, shingle P/R/F1; title/byline exact agreement",
    rows: [
      {
        system: "recoupe",
        origin: "computed",
        scores: { ...scoresOf(scoreShingles(ours)), title: titles / names.length, byline: bylines / names.length },
      },
      {
        system: "readability.js 0.6 on linkedom (no pre-cleaning)",
        origin: "computed",
        scores: { ...scoresOf(scoreShingles(baseline)), title: baselineTitles / names.length },
        note: "the reference is Readability's own output under JSDOM, so this row shows the DOM implementation's share",
      },
    ],
  };
}

export const task: EvalTask = {
  name: "extraction",
  description: "Article body extraction from HTML (Zyte benchmark shingle F1; Readability test pages)",
  async run(context: EvalContext): Promise<EvalResult> {
    const only = context.args.includes("--only") ? context.args[context.args.indexOf("--only") + 1] : undefined;
    const tables: EvalTable[] = [];
    if (only === undefined || only === "zyte") tables.push(zyteTable(context));
    if (only === undefined || only === "readability") tables.push(readabilityTable(context));
    return {
      task: "extraction",
      tables,
      seconds: 0,
      notes: [
        "shingle metric re-implemented from the benchmark's description; the recomputed rows must match the published ones",
        "readability-test-pages compares against Readability's own output, so it measures agreement, not correctness",
      ],
    };
  },
};
