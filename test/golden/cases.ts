import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Analysis } from "../../src/pipeline/index.js";
import { analyzeArticles } from "../../src/pipeline/index.js";
import { ingestPaths } from "../../src/stages/ingest/index.js";

export const GOLDEN_DIR = new URL(".", import.meta.url).pathname;

/** Every golden case: a folder under test/golden with an `inputs/` folder and an `expected.json`. */
export function goldenCases(): { name: string; inputs: string; expected: string }[] {
  return readdirSync(GOLDEN_DIR)
    .filter((name) => statSync(join(GOLDEN_DIR, name)).isDirectory())
    .map((name) => ({
      name,
      inputs: join(GOLDEN_DIR, name, "inputs"),
      expected: join(GOLDEN_DIR, name, "expected.json"),
    }));
}

/** Runs the real pipeline on a case's inputs, as `recoupe analyze` does. */
export async function analyzeCase(inputs: string): Promise<Analysis> {
  const ingested = await ingestPaths([inputs]);
  const analysis = analyzeArticles(ingested.articles);
  analysis.diagnostics.unshift(...ingested.diagnostics);
  return analysis;
}

/** The fields a golden file pins, by name: a failure names the field that changed. */
export function goldenView(analysis: Analysis) {
  const byId = new Map(analysis.articles.map((article) => [article.id, article]));
  const name = (id: string) => byId.get(id as never)?.path.replace(/^.*\//, "") ?? id;
  return {
    articles: Object.fromEntries(
      [...analysis.articles]
        .sort((a, b) => (a.path < b.path ? -1 : 1))
        .map((article) => [
          article.path.replace(/^.*\//, ""),
          {
            title: article.title,
            language: article.language,
            publishedAt: article.publishedAt,
            publishedAtInferred: article.publishedAtInferred,
            removed: article.removed.map((removed) => `${removed.reason}: ${removed.text}`),
            duplicateOf: article.duplicateOf === null ? null : name(article.duplicateOf),
            machineTranslated: article.machineTranslated.likely,
            textStart: article.text.slice(0, 80),
          },
        ]),
    ),
    stories: analysis.stories.map((story) => ({
      title: story.title,
      articles: story.articleIds.map(name).sort(),
      independentSources: story.independentSources,
      summary: story.summary.map((item) => `${name(item.articleId)}: ${item.text}`),
      // Every entity: a spurious one far down the list ("La réunion" read as the island) is as wrong as one at the top.
      entities: story.entities.map(
        (entity) =>
          `${entity.type}: ${entity.name} (${entity.variants.join(", ")})${entity.roles.map((role) => ` — ${role.text} ×${role.articleIds.length}`).join("")}`,
      ),
      quotes: story.quotes
        .slice(0, 10)
        .map((quote) => `${quote.speaker ?? "?"}: ${quote.variants.map((v) => v.text).join(" | ")}`),
      facts: story.facts.map((fact) => `${fact.independentSources}: ${fact.text}`),
      discrepancies: story.discrepancies.map((d) => `${d.about}: ${d.values.map((v) => v.normalized).join(" vs ")}`),
      timeline: story.timeline.map((event) => `${event.date}: ${event.expression}`),
    })),
    diagnostics: analysis.diagnostics.map((d) => `${d.code}: ${d.path.replace(/^.*\//, "")}`),
  };
}
