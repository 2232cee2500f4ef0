import type { Article } from "../domain/article.js";
import type { Diagnostic } from "../domain/diagnostic.js";
import type { Story } from "../domain/story.js";

/**
 * The JSON contract of `analyze --format json`, fields in the documented order. Fields may be added
 * over time; the documented ones keep their name and meaning.
 */
export function toContractJson(analysis: { articles: Article[]; stories: Story[]; diagnostics: Diagnostic[] }) {
  return {
    articles: analysis.articles.map((a) => ({
      id: a.id,
      path: a.path,
      source: a.source,
      url: a.url,
      title: a.title,
      language: a.language,
      publishedAt: a.publishedAt,
      text: a.text,
      removed: a.removed,
      duplicateOf: a.duplicateOf,
      publishedAtInferred: a.publishedAtInferred,
      byline: a.byline,
      siteName: a.siteName,
      format: a.format,
      machineTranslated: a.machineTranslated,
    })),
    stories: analysis.stories.map((s) => ({
      id: s.id,
      title: s.title,
      articleIds: s.articleIds,
      summary: s.summary,
      entities: s.entities,
      quotes: s.quotes,
      facts: s.facts,
      discrepancies: s.discrepancies,
      timeline: s.timeline,
      independentSources: s.independentSources,
      languages: s.languages,
      period: s.period,
      coverage: s.coverage,
    })),
    diagnostics: analysis.diagnostics.map((d) => ({
      path: d.path,
      code: d.code,
      message: d.message,
      severity: d.severity,
      stage: d.stage,
      ...(d.line !== undefined ? { line: d.line } : {}),
      ...(d.item !== undefined ? { item: d.item } : {}),
    })),
  };
}
