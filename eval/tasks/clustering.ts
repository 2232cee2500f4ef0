// Story clustering against human groupings: ECB+ (English, 86 seminal events in 43 topics) and RPM2
// (French, topics × periods). All articles of a set are clustered together, no number of clusters given,
// in file order and in shuffled orders; B-cubed precision / recall / F1 beside baselines. Two systems: the
// real pipeline (the articles as raw title + text → prepareBatch: cleaning, language detection,
// segmentation → groupIntoStories), and the clusterer alone on the texts segmented as given.
// Options: --shuffles N (default 3), --seed S (default 1).
import { join } from "node:path";
import type { AnalyzedArticle } from "../../src/domain/document.js";
import { groupIntoStories, prepareBatch } from "../../src/pipeline/index.js";
import { clusterArticles, createStoryClusterer } from "../../src/stages/cluster/index.js";
import { createDuplicateIndex } from "../../src/stages/dedupe/index.js";
import { type EvalDocument, toAnalyzedArticle, toRawArticle } from "../datasets/analyzed-article.js";
import { loadEcbPlus } from "../datasets/ecbplus.js";
import { loadRpm2 } from "../datasets/rpm2.js";
import { type BCubedScores, bCubed } from "../metrics/b-cubed.js";
import type { EvalContext, EvalResult, EvalRow, EvalTable, EvalTask } from "../task.js";

interface GoldLevel {
  setting: string;
  /** Document key → gold class. */
  classes: Map<string, string>;
  published: EvalRow[];
}

interface Dataset {
  name: string;
  documents: EvalDocument[];
  levels: GoldLevel[];
}

function numberOption(args: readonly string[], name: string, fallback: number): number {
  const index = args.indexOf(name);
  const value = index >= 0 ? Number(args[index + 1]) : Number.NaN;
  return Number.isFinite(value) ? value : fallback;
}

/** Seeded Fisher–Yates shuffle (mulberry32), so a run can be repeated. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function scoresOf(scores: BCubedScores): Record<string, number> {
  return { "B3 P": scores.precision, "B3 R": scores.recall, "B3 F1": scores.f1 };
}

function published(system: string, f1: number, note: string, precision?: number, recall?: number): EvalRow {
  const scores: Record<string, number> = { "B3 F1": f1 };
  if (precision !== undefined) scores["B3 P"] = precision;
  if (recall !== undefined) scores["B3 R"] = recall;
  return { system, origin: "published", scores, note };
}

async function loadEcbPlusDataset(dataDir: string): Promise<Dataset> {
  const loaded = await loadEcbPlus(join(dataDir, "ecbplus-event-clusters"));
  const documents = loaded.map(
    (doc): EvalDocument => ({ key: `ecbplus/${doc.id}`, title: "", text: doc.text, language: "en" }),
  );
  const events = new Map<string, string>();
  const topics = new Map<string, string>();
  loaded.forEach((doc, i) => {
    events.set(documents[i]!.key, doc.eventId);
    topics.set(documents[i]!.key, String(doc.topic));
  });
  const note = "SOURCE.md: TF-IDF + average-link, told the gold number of clusters";
  return {
    name: `ECB+ (${documents.length} English documents)`,
    documents,
    levels: [
      {
        setting: `${new Set(events.values()).size} seminal events`,
        classes: events,
        published: [published("tfidf-avglink-k", 0.878, note, 0.816, 0.95)],
      },
      {
        setting: `${new Set(topics.values()).size} topics`,
        classes: topics,
        published: [published("tfidf-avglink-k", 0.899, note)],
      },
    ],
  };
}

async function loadRpm2Dataset(dataDir: string): Promise<Dataset> {
  const clusters = await loadRpm2(join(dataDir, "rpm2-fr-mds"));
  const documents: EvalDocument[] = [];
  const topics = new Map<string, string>();
  const periods = new Map<string, string>();
  for (const cluster of clusters) {
    for (const doc of cluster.documents) {
      const key = `rpm2/${doc.id}`;
      documents.push({ key, title: doc.title, text: doc.text, language: "fr" });
      topics.set(key, cluster.topic);
      periods.set(key, cluster.clusterId);
    }
  }
  const note = "SOURCE.md: TF-IDF + average-link, told the gold number of clusters (on the 20-topic corpus)";
  return {
    name: `RPM2 (${documents.length} French documents)`,
    documents,
    levels: [
      {
        setting: `${new Set(topics.values()).size} topics`,
        classes: topics,
        published: [published("tfidf-avglink-k", 0.916, note)],
      },
      {
        setting: `${new Set(periods.values()).size} topic×period clusters`,
        classes: periods,
        published: [published("tfidf-avglink-k", 0.663, note)],
      },
    ],
  };
}

/** One clustering of a dataset: clusters of document keys. */
interface Run {
  order: string;
  clusters: string[][];
  seconds: number;
}

/** How a system turns documents (in a given order) into analysed articles before clustering. */
interface System {
  name: string;
  /** Clusters of document keys, and the seconds spent. */
  cluster(documents: readonly EvalDocument[]): { clusters: string[][]; seconds: number; articles: number };
}

/** Clusters of article ids → clusters of document keys (the pipeline's `article.path` is the key). */
function keysOf(clusters: readonly (readonly string[])[], docs: readonly AnalyzedArticle[]): string[][] {
  const keyById = new Map(docs.map((doc) => [doc.article.id as string, doc.article.path]));
  return clusters.map((cluster) => cluster.map((id) => keyById.get(id)!));
}

const PIPELINE: System = {
  name: "recoupe pipeline",
  cluster(documents) {
    const started = performance.now();
    const { docs } = prepareBatch(documents.map(toRawArticle));
    const clusters = keysOf(groupIntoStories(docs), docs);
    return { clusters, seconds: (performance.now() - started) / 1000, articles: docs.length };
  },
};

/** Each document segmented once (text as given, language given), whatever the order it comes in. */
const segmented = new Map<string, AnalyzedArticle>();

function segmentedOnce(documents: readonly EvalDocument[]): AnalyzedArticle[] {
  return documents.map((document) => {
    let doc = segmented.get(document.key);
    if (doc === undefined) {
      doc = toAnalyzedArticle(document);
      segmented.set(document.key, doc);
    }
    return doc;
  });
}

const ALONE: System = {
  name: "clusterer alone",
  cluster(documents) {
    const docs = segmentedOnce(documents);
    const started = performance.now();
    const clusters = keysOf(clusterArticles(docs), docs);
    return { clusters, seconds: (performance.now() - started) / 1000, articles: docs.length };
  },
};

/**
 * What a live store does (a server fed article by article, a feed poller): each article added on its
 * own and the stories brought up to date (`update()`) before the next one comes, on the texts segmented
 * as given. The stories then depend on the arrival order; this row measures how much.
 */
const ONE_AT_A_TIME: System = {
  name: "one at a time",
  cluster(documents) {
    const docs = segmentedOnce(documents);
    const started = performance.now();
    const clusterer = createStoryClusterer();
    for (const doc of docs) {
      clusterer.add(doc);
      clusterer.update();
    }
    const stories = new Set(docs.map((doc) => clusterer.storyOf(doc.article.id)!));
    const clusters = keysOf([...stories], docs);
    return { clusters, seconds: (performance.now() - started) / 1000, articles: docs.length };
  },
};

/** The gold classes of the documents a run kept (the pipeline keeps one of two identical inputs). */
function goldOf(run: Run, classes: ReadonlyMap<string, string>): Map<string, string> {
  return new Map(run.clusters.flat().map((key) => [key, classes.get(key)!]));
}

function runsOf(
  system: System,
  dataset: Dataset,
  orders: readonly { order: string; documents: EvalDocument[] }[],
  context: EvalContext,
) {
  const runs: Run[] = [];
  let articles = 0;
  for (const { order, documents } of orders) {
    const run = system.cluster(documents);
    runs.push({ order, clusters: run.clusters, seconds: run.seconds });
    articles += run.articles;
    context.log(`${dataset.name}, ${system.name}, ${order}: ${run.clusters.length} clusters`);
  }
  const seconds = runs.reduce((sum, run) => sum + run.seconds, 0);
  const partitions = new Set(runs.map((run) => JSON.stringify(run.clusters.map((c) => [...c].sort()).sort())));
  const note =
    `${dataset.name}, ${system.name}: ${partitions.size} distinct partition(s) over ${runs.length} orders; ` +
    `${Math.round(articles / seconds)} articles/s (${system === PIPELINE ? "prepare + cluster" : system === ALONE ? "cluster only" : "one update() per article"})`;
  return { runs, note };
}

function systemRows(system: System, runs: readonly Run[], classes: ReadonlyMap<string, string>): EvalRow[] {
  const scored = runs.map((run) => ({ ...run, scores: bCubed(run.clusters, goldOf(run, classes)) }));
  const kept = scored[0]!.clusters.flat().length;
  const lost = classes.size - kept;
  const rows: EvalRow[] = [
    {
      system: `${system.name} (file order)`,
      origin: "computed",
      scores: scoresOf(scored[0]!.scores),
      note: `${scored[0]!.clusters.length} clusters${lost > 0 ? `; ${lost} identical input(s) kept once` : ""}`,
    },
  ];
  const shuffledRuns = scored.slice(1);
  if (shuffledRuns.length > 0) {
    const mean = (pick: (s: BCubedScores) => number): number =>
      shuffledRuns.reduce((sum, run) => sum + pick(run.scores), 0) / shuffledRuns.length;
    rows.push({
      system: `${system.name} (${shuffledRuns.length} shuffles, mean)`,
      origin: "computed",
      scores: { "B3 P": mean((s) => s.precision), "B3 R": mean((s) => s.recall), "B3 F1": mean((s) => s.f1) },
    });
    const worst = shuffledRuns.reduce((low, run) => (run.scores.f1 < low.scores.f1 ? run : low));
    rows.push({
      system: `${system.name} (shuffles, min F1)`,
      origin: "computed",
      scores: scoresOf(worst.scores),
      note: worst.order,
    });
  }
  return rows;
}

function evaluateDataset(
  dataset: Dataset,
  shuffles: number,
  seed: number,
  context: EvalContext,
): { tables: EvalTable[]; notes: string[] } {
  const orders = [{ order: "file order", documents: dataset.documents }];
  for (let k = 0; k < shuffles; k++)
    orders.push({ order: `shuffle ${k + 1}`, documents: shuffled(dataset.documents, seed + k) });
  const pipeline = runsOf(PIPELINE, dataset, orders, context);
  const alone = runsOf(ALONE, dataset, orders, context);
  const oneAtATime = runsOf(ONE_AT_A_TIME, dataset, orders, context);
  const duplicateIndex = createDuplicateIndex();
  for (const document of dataset.documents) duplicateIndex.add(segmented.get(document.key)!);
  const notes = [
    pipeline.note,
    alone.note,
    oneAtATime.note,
    `${dataset.name}: ${duplicateIndex.duplicates().size} near-duplicate article(s) among the texts as given`,
  ];
  const tables = dataset.levels.map((level): EvalTable => {
    const keys = dataset.documents.map((document) => document.key);
    const rows: EvalRow[] = [
      ...systemRows(PIPELINE, pipeline.runs, level.classes),
      ...systemRows(ALONE, alone.runs, level.classes),
      ...systemRows(ONE_AT_A_TIME, oneAtATime.runs, level.classes),
      { system: "all-in-one", origin: "computed", scores: scoresOf(bCubed([keys], level.classes)) },
      {
        system: "all-singletons",
        origin: "computed",
        scores: scoresOf(
          bCubed(
            keys.map((key) => [key]),
            level.classes,
          ),
        ),
      },
      ...level.published,
    ];
    return { dataset: dataset.name, setting: level.setting, rows };
  });
  return { tables, notes };
}

export const task: EvalTask = {
  name: "clustering",
  description:
    "Story clustering (B-cubed) on ECB+ events/topics and RPM2 topics/periods, file order and shuffled orders",
  async run(context: EvalContext): Promise<EvalResult> {
    const shuffles = numberOption(context.args, "--shuffles", 3);
    const seed = numberOption(context.args, "--seed", 1);
    const result: EvalResult = { task: "clustering", tables: [], seconds: 0, notes: [] };
    for (const load of [loadEcbPlusDataset, loadRpm2Dataset]) {
      const started = performance.now();
      const dataset = await load(context.dataDir);
      context.log(`${dataset.name}: loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      const { tables, notes } = evaluateDataset(dataset, shuffles, seed, context);
      result.tables.push(...tables);
      result.notes.push(...notes);
    }
    result.notes.push(
      "recoupe pipeline: the articles as raw title + text (no declared language, each its own outlet) → prepareBatch " +
        "(cleaning, language detection, segmentation) → groupIntoStories; clusterer alone: the texts segmented as given.",
      "RPM2 here holds 10 of the 20 topics (200 documents); the published figures are on the full corpus.",
    );
    return result;
  },
};
