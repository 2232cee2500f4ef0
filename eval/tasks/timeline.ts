// Timeline date selection on ML-Crisis fr/es/it: for each topic, rank the days named in its articles
// (date expressions resolved against each article's publication date) and keep the top k, k = the number
// of gold dates; score date-selection precision / recall / F1 against the gold timeline (tilse's "date F1").
// Candidates are restricted to the gold timeline's first..last day, as in Martschat & Markert (2018).
import { createHash } from "node:crypto";
import type { Article } from "../../src/domain/article.js";
import { asArticleId } from "../../src/domain/ids.js";
import { extractDates } from "../../src/stages/extract/dates/index.js";
import { segmentText } from "../../src/stages/segment/index.js";
import { loadMlCrisis, type MlCrisisTopic, prepareMlCrisis } from "../datasets/ml-crisis.js";
import type { EvalResult, EvalRow, EvalTable, EvalTask } from "../task.js";

type Scores = { precision: number; recall: number; f1: number };

function score(predicted: readonly string[], gold: readonly string[]): Scores {
  const goldSet = new Set(gold);
  const hits = predicted.filter((date) => goldSet.has(date)).length;
  const precision = predicted.length === 0 ? 0 : hits / predicted.length;
  const recall = gold.length === 0 ? 0 : hits / gold.length;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

function topK(counts: Map<string, number>, k: number, from: string, to: string): string[] {
  return [...counts.entries()]
    .filter(([date]) => date >= from && date <= to)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, k)
    .map(([date]) => date);
}

/** Day → number of articles naming it (each article counts a day once), and day → articles published that day. */
function countDates(topic: MlCrisisTopic): { mentioned: Map<string, number>; published: Map<string, number> } {
  const mentioned = new Map<string, number>();
  const published = new Map<string, number>();
  for (const item of topic.articles) {
    published.set(item.publishedAt, (published.get(item.publishedAt) ?? 0) + 1);
    const text = item.text.normalize("NFC");
    const article = {
      id: asArticleId(`a_${createHash("sha256").update(item.path).digest("hex").slice(0, 16)}`),
      text,
      language: topic.language,
      publishedAt: item.publishedAt,
    } as Article;
    const mentions = extractDates(
      { article, segmented: segmentText(text, topic.language) },
      { date: item.publishedAt, inferred: false },
    );
    // A page names days after its own publication only in boilerplate (sidebars, "most read" lists) or
    // announcements; a week's margin keeps the announcements.
    const latest = new Date(Date.parse(item.publishedAt) + 7 * 86_400_000).toISOString().slice(0, 10);
    const days = new Set(
      mentions.filter((m) => m.precision === "day" && m.until === undefined && m.date <= latest).map((m) => m.date),
    );
    for (const day of days) mentioned.set(day, (mentioned.get(day) ?? 0) + 1);
  }
  return { mentioned, published };
}

const average = (values: Scores[]): Record<string, number> => ({
  precision: values.reduce((s, v) => s + v.precision, 0) / Math.max(values.length, 1),
  recall: values.reduce((s, v) => s + v.recall, 0) / Math.max(values.length, 1),
  f1: values.reduce((s, v) => s + v.f1, 0) / Math.max(values.length, 1),
});

export const task: EvalTask = {
  name: "timeline",
  description: "Date selection F1 on ML-Crisis fr/es/it timelines (dates resolved from article text)",
  async run(context): Promise<EvalResult> {
    const root = prepareMlCrisis(context.dataDir, context.cacheDir);
    const languages = context.args.filter((arg) => ["fr", "es", "it"].includes(arg));
    const topics = loadMlCrisis(root, languages.length > 0 ? languages : ["fr", "es", "it"]);
    const tables: EvalTable[] = [];
    const notes: string[] = [
      "k = number of gold dates per topic; candidates restricted to the gold timeline's first..last day; scores are macro-averages over topics.",
      "recoupe = days ranked by the number of articles whose text names them (absolute dates, weekdays, hier/ayer/ieri…), resolved against each article's folder date; days more than a week after the page's own date are dropped as page furniture.",
      "No published date-selection figures exist for ML-Crisis fr/es/it (SOURCE.md: the paper's scores are not in the repo); only computed rows are shown.",
    ];
    for (const language of [...new Set(topics.map((t) => t.language))]) {
      const mine: Scores[] = [];
      const baseline: Scores[] = [];
      const combined: Scores[] = [];
      const perTopic: EvalRow[] = [];
      for (const topic of topics.filter((t) => t.language === language)) {
        context.log(
          `${language}/${topic.topic}: ${topic.articles.length} articles, ${topic.goldDates.length} gold dates`,
        );
        const { mentioned, published } = countDates(topic);
        const k = topic.goldDates.length;
        const [from, to] = [topic.goldDates[0]!, topic.goldDates[topic.goldDates.length - 1]!];
        const both = new Map(mentioned);
        for (const [day, count] of published) both.set(day, (both.get(day) ?? 0) + count);
        const scores = score(topK(mentioned, k, from, to), topic.goldDates);
        mine.push(scores);
        baseline.push(score(topK(published, k, from, to), topic.goldDates));
        combined.push(score(topK(both, k, from, to), topic.goldDates));
        perTopic.push({
          system: `recoupe · ${topic.topic} (k=${k}, ${topic.articles.length} articles)`,
          origin: "computed",
          scores: { ...scores },
        });
      }
      tables.push({
        dataset: `ML-Crisis ${language}`,
        setting: `date selection, ${mine.length} topics`,
        rows: [
          { system: "recoupe: dates named in the text", origin: "computed", scores: average(mine) },
          { system: "recoupe: named + publication dates", origin: "computed", scores: average(combined) },
          { system: "baseline: most frequent publication dates", origin: "computed", scores: average(baseline) },
          ...perTopic,
        ],
      });
    }
    return { task: "timeline", tables, seconds: 0, notes };
  },
};
