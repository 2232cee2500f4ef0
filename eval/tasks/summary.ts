// Summary task: recoupe's extractive story summary against human references, beside the lead baseline and
// the human ceiling, on RPM2 (French, 4 references per cluster, also the update setting C2 given C1) and
// NeuS/AllSides (English, three outlets → one editor's roundup, test split).
// Two systems: the real pipeline (each cluster's articles as raw title + text → prepareBatch → linkDuplicates
// → groupIntoStories → the dossier summary of the story holding most of them), and the summarizer alone
// (summarizeStory on the texts as given, segmented directly, all articles as one story).
import { join } from "node:path";
import type { RawArticle } from "../../src/domain/article.js";
import type { AnalyzedArticle } from "../../src/domain/document.js";
import { buildStories, groupIntoStories, linkDuplicates, prepareBatch } from "../../src/pipeline/index.js";
import { countWords, summarizeStory } from "../../src/stages/summarize/index.js";
import { type EvalDocument, toAnalyzedArticle, toRawArticle } from "../datasets/analyzed-article.js";
import { loadNeus } from "../datasets/neus.js";
import { loadRpm2, type Rpm2Cluster } from "../datasets/rpm2.js";
import { meanRougeF1 } from "../metrics/rouge.js";
import type { EvalRow, EvalTable, EvalTask } from "../task.js";

/** Word budget on RPM2 (the references are about 100 words). */
const RPM2_WORDS = 100;

/** The summarizer alone: one summary of all `docs` as one story, as plain text. */
export function systemSummary(docs: AnalyzedArticle[], words: number, previous?: AnalyzedArticle[]): string {
  const items = summarizeStory(docs, previous === undefined ? { words } : { words, previous });
  return items.map((item) => item.text).join("\n");
}

/** What the pipeline made of one cluster: its summary, and how many of the cluster's articles its story holds. */
interface PipelineSummary {
  text: string;
  held: number;
  articles: number;
}

/**
 * The real pipeline on one cluster's raw articles: prepared, deduplicated and grouped into stories as
 * `recoupe analyze` does, then the summary of the story holding most of them — the dossier's own summary
 * (buildStories), or in update mode summarizeStory on that story with `previous` (prepared the same way).
 */
export function pipelineSummary(raws: readonly RawArticle[], words: number, previous?: readonly RawArticle[]) {
  const { docs } = prepareBatch(raws);
  const duplicates = linkDuplicates(docs);
  const groups = groupIntoStories(docs);
  const main = groups.reduce((best, group) => (group.length > best.length ? group : best), groups[0] ?? []);
  let items: { text: string }[];
  if (previous === undefined) {
    items = buildStories([main], docs, duplicates, { summaryWords: words })[0]?.summary ?? [];
  } else {
    const ids = new Set(main);
    const storyDocs = docs.filter((doc) => ids.has(doc.article.id));
    items = summarizeStory(storyDocs, { words, duplicates, previous: prepareBatch(previous).docs });
  }
  const result: PipelineSummary = {
    text: items.map((item) => item.text).join("\n"),
    held: main.length,
    articles: raws.length,
  };
  return result;
}

/** The first `words` whitespace-separated words of a text. */
function leadWords(text: string, words: number): string {
  return text.trim().split(/\s+/u).slice(0, words).join(" ");
}

interface Scored {
  r1: number[];
  r2: number[];
}

const emptyScores = (): Scored => ({ r1: [], r2: [] });

function addScores(target: Scored, candidate: string, references: readonly string[]): void {
  target.r1.push(meanRougeF1(candidate, references, 1));
  target.r2.push(meanRougeF1(candidate, references, 2));
}

/** Each reference scored against the others: how much humans agree with each other. */
function addHumanCeiling(target: Scored, references: readonly string[]): void {
  const r1: number[] = [];
  const r2: number[] = [];
  references.forEach((reference, i) => {
    const others = references.filter((_, j) => j !== i);
    r1.push(meanRougeF1(reference, others, 1));
    r2.push(meanRougeF1(reference, others, 2));
  });
  target.r1.push(mean(r1));
  target.r2.push(mean(r2));
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function row(system: string, scores: Scored, note?: string): EvalRow {
  const result: EvalRow = {
    system,
    origin: "computed",
    scores: { "ROUGE-1 F1": mean(scores.r1), "ROUGE-2 F1": mean(scores.r2) },
  };
  if (note !== undefined) result.note = note;
  return result;
}

/** Share of the clusters' articles that the story summarized held, as a note. */
function heldNote(runs: readonly PipelineSummary[]): string {
  const held = runs.reduce((sum, run) => sum + run.held, 0);
  const articles = runs.reduce((sum, run) => sum + run.articles, 0);
  const whole = runs.filter((run) => run.held === run.articles).length;
  return `story summarized holds ${((100 * held) / Math.max(1, articles)).toFixed(1)}% of the articles (all of them in ${whole}/${runs.length})`;
}

const PIPELINE = "recoupe pipeline (prepare → dedupe → stories → summary)";
const ALONE = "summarizeStory alone (texts as given, one story)";

function rpm2Documents(cluster: Rpm2Cluster): EvalDocument[] {
  return cluster.documents.map((document) => ({
    key: `rpm2/${document.id}`,
    title: document.title,
    text: document.text,
    language: "fr",
  }));
}

function rpm2Tables(clusters: readonly Rpm2Cluster[]): EvalTable[] {
  const documents = new Map(clusters.map((cluster) => [cluster.clusterId, rpm2Documents(cluster)]));
  const analyzed = (cluster: Rpm2Cluster) => documents.get(cluster.clusterId)!.map(toAnalyzedArticle);
  const raw = (cluster: Rpm2Cluster) => documents.get(cluster.clusterId)!.map(toRawArticle);
  const pipeline = emptyScores();
  const alone = emptyScores();
  const lead = emptyScores();
  const human = emptyScores();
  const runs: PipelineSummary[] = [];
  for (const cluster of clusters) {
    const run = pipelineSummary(raw(cluster), RPM2_WORDS);
    runs.push(run);
    addScores(pipeline, run.text, cluster.references);
    addScores(alone, systemSummary(analyzed(cluster), RPM2_WORDS), cluster.references);
    addScores(lead, leadWords(cluster.documents[0]!.text, RPM2_WORDS), cluster.references);
    addHumanCeiling(human, cluster.references);
  }
  const main: EvalTable = {
    dataset: `RPM2 (fr), ${clusters.length} clusters × 10 articles, 4 references`,
    setting: `multi-document summary, ≤ ${RPM2_WORDS} words, ROUGE F1 mean over references (\\w+ lowercase, no stemming)`,
    rows: [
      row(PIPELINE, pipeline, heldNote(runs)),
      row(ALONE, alone, "no cleaning, language given, all 10 articles as one story"),
      row("lead baseline", lead, `first ${RPM2_WORDS} words of document 01 (title line excluded)`),
      row("human ceiling", human, "each reference against the other three"),
      {
        system: "lead baseline (SOURCE.md)",
        origin: "published",
        scores: { "ROUGE-1 F1": 0.3324, "ROUGE-2 F1": 0.0864 },
      },
      {
        system: "human leave-one-out (SOURCE.md)",
        origin: "published",
        scores: { "ROUGE-1 F1": 0.3965, "ROUGE-2 F1": 0.116 },
      },
    ],
  };

  const update = {
    pipeline: emptyScores(),
    pipelinePlain: emptyScores(),
    alone: emptyScores(),
    alonePlain: emptyScores(),
    lead: emptyScores(),
    human: emptyScores(),
  };
  const updateRuns: PipelineSummary[] = [];
  for (const second of clusters) {
    if (second.period !== "C2") continue;
    const first = clusters.find((cluster) => cluster.topic === second.topic && cluster.period === "C1");
    if (first === undefined) continue;
    const run = pipelineSummary(raw(second), RPM2_WORDS, raw(first));
    updateRuns.push(run);
    addScores(update.pipeline, run.text, second.references);
    addScores(update.pipelinePlain, pipelineSummary(raw(second), RPM2_WORDS).text, second.references);
    const docs = analyzed(second);
    addScores(update.alone, systemSummary(docs, RPM2_WORDS, analyzed(first)), second.references);
    addScores(update.alonePlain, systemSummary(docs, RPM2_WORDS), second.references);
    addScores(update.lead, leadWords(second.documents[0]!.text, RPM2_WORDS), second.references);
    addHumanCeiling(update.human, second.references);
  }
  const updateTable: EvalTable = {
    dataset: `RPM2 (fr) update, ${updateRuns.length} topics: C2 summary given C1`,
    setting: `≤ ${RPM2_WORDS} words, scored against the C2 references`,
    rows: [
      row(`${PIPELINE}, previous = C1`, update.pipeline, `${heldNote(updateRuns)}; C1 prepared the same way`),
      row(`${PIPELINE}, C2 alone`, update.pipelinePlain, "the dossier summary, without the update signal"),
      row(`${ALONE}, previous = C1`, update.alone),
      row(`${ALONE}, C2 alone`, update.alonePlain),
      row("lead baseline", update.lead, `first ${RPM2_WORDS} words of C2 document 01`),
      row("human ceiling", update.human, "each C2 reference against the other three"),
    ],
  };
  return [main, updateTable];
}

async function neusTable(dataDir: string): Promise<EvalTable> {
  const stories = await loadNeus(dataDir, "test");
  const words = Math.round(mean(stories.map((story) => countWords(story.reference))));
  const pipeline = emptyScores();
  const alone = emptyScores();
  const lead = emptyScores();
  const runs: PipelineSummary[] = [];
  for (const story of stories) {
    const documents = story.articles.map(
      (article, index): EvalDocument => ({
        key: `neus/${story.id}/${index}`,
        title: article.title,
        text: article.text,
        language: "en",
      }),
    );
    const run = pipelineSummary(documents.map(toRawArticle), words);
    runs.push(run);
    addScores(pipeline, run.text, [story.reference]);
    addScores(alone, systemSummary(documents.map(toAnalyzedArticle), words), [story.reference]);
    addScores(lead, leadWords(story.articles[0]?.text ?? "", words), [story.reference]);
  }
  return {
    dataset: `NeuS/AllSides (en), test split, ${stories.length} stories × 3 outlets, 1 reference`,
    setting: `≤ ${words} words (the references' mean length), ROUGE F1 against the roundup text (headline excluded)`,
    rows: [
      row(PIPELINE, pipeline, heldNote(runs)),
      row(ALONE, alone, "no cleaning, language given, the 3 articles as one story"),
      row("lead baseline", lead, `first ${words} words of the first listed article (outlets are in random order)`),
    ],
  };
}

export const task: EvalTask = {
  name: "summary",
  description: "Extractive story summaries vs human references (RPM2 fr incl. update; NeuS/AllSides en)",
  async run(context) {
    const tables: EvalTable[] = [];
    const notes: string[] = [
      "ROUGE here: lowercase \\w+ tokens, no stemming, F1 averaged over references then clusters (not ROUGE-1.5.5).",
      `${PIPELINE}: each cluster's articles as raw title + text, no declared language, each its own outlet; ` +
        "the summary of the story holding most of them (a cluster split into several stories loses the rest).",
      "RPM2: the computed lead and human rows differ slightly from SOURCE.md's (its exact tokenisation and title handling are not stated); with the title line kept, lead ROUGE-2 is 0.083.",
      "NeuS: SOURCE.md publishes no ROUGE figures for this data (its paper's numbers were not checked), so none are shown.",
    ];
    context.log("RPM2…");
    tables.push(...rpm2Tables(await loadRpm2(join(context.dataDir, "rpm2-fr-mds"))));
    context.log("NeuS/AllSides…");
    tables.push(await neusTable(join(context.dataDir, "neus-allsides-mds-en")));
    return { task: "summary", tables, seconds: 0, notes };
  },
};
