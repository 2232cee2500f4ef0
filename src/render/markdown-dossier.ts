import type { Article } from "../domain/article.js";
import type { Diagnostic } from "../domain/diagnostic.js";
import type { ArticleId } from "../domain/ids.js";
import type { Story } from "../domain/story.js";
import { discrepancyNotes, shownValue } from "./discrepancy-display.js";
import { escapeMarkdown as md } from "./escape-markdown.js";
import { plural } from "./plural.js";
import { shownQuoteVariants } from "./shown-quote-variants.js";
import { shownVariants } from "./shown-variants.js";
import { type SourceLabels, sourceLabels } from "./source-labels.js";
import { speakerRole } from "./speaker-role.js";

const MARK = { supports: "✓", omits: "·", contradicts: "✗" } as const;

function storyHeader(story: Story, labels: SourceLabels): string[] {
  const translated = labels.entries.filter((entry) => entry.article.machineTranslated.likely);
  const period =
    story.period.from === null
      ? "undated"
      : story.period.from === story.period.to
        ? story.period.from
        : `${story.period.from} → ${story.period.to}`;
  return [
    `## ${md(story.title)}`,
    "",
    `${story.articleIds.length} articles · ${story.independentSources} independent outlets · ${story.languages.join(", ")}` +
      (translated.length > 0 ? ` · machine-translated: ${translated.map((e) => `[${e.label}]`).join("")}` : "") +
      ` · period: ${period} · id \`${story.id}\``,
    "",
    "**Sources**",
    "",
    ...labels.entries.map(
      ({ label, article }) =>
        `- [${label}] ${md(article.source)} — ${md(article.title || "(untitled)")} (${article.publishedAt ?? "undated"}` +
        `${article.publishedAtInferred ? ", inferred" : ""}${article.duplicateOf ? `, copy of ${labels.label(article.duplicateOf)}` : ""})`,
    ),
  ];
}

function summarySection(story: Story, labels: SourceLabels): string[] {
  if (story.summary.length === 0) return [];
  return [
    "",
    "### Summary",
    "",
    ...story.summary.map(
      (item) =>
        `- ${md(item.text)} ${labels.label(item.articleId)}${item.alsoIn.length > 0 ? ` +${labels.labels(item.alsoIn)}` : ""}`,
    ),
  ];
}

function factsSection(story: Story, labels: SourceLabels): string[] {
  if (story.facts.length === 0) return [];
  return [
    "",
    "### What the sources agree on",
    "",
    "| fact | independent outlets | sources |",
    "|---|---|---|",
    ...story.facts.map(
      (fact) =>
        `| ${md(fact.text)}${fact.reported ? " *(reported)*" : ""} | ${fact.independentSources} | ${labels.labels(fact.articleIds)} |`,
    ),
  ];
}

/** " (text)", or nothing for no text. */
function parenthesized(text: string): string {
  return text === "" ? "" : ` (${text})`;
}

function discrepancySection(story: Story, labels: SourceLabels, articles: ReadonlyMap<ArticleId, Article>): string[] {
  if (story.discrepancies.length === 0) return [];
  const quote = (evidence: { articleId: ArticleId; start: number; end: number }) =>
    `« ${md(articles.get(evidence.articleId)?.text.slice(evidence.start, evidence.end) ?? "")} » ${labels.label(evidence.articleId)}`;
  return [
    "",
    "### Where they differ",
    "",
    ...story.discrepancies.flatMap((discrepancy) => [
      `- **${md(discrepancy.about)}**${parenthesized(discrepancyNotes(discrepancy).join("; "))}`,
      ...discrepancy.values.map(
        (value) => `  - ${md(shownValue(discrepancy, value))} — ${value.evidence.slice(0, 3).map(quote).join(" · ")}`,
      ),
    ]),
  ];
}

/** ", *role*" after a person's name, or nothing. */
function withRole(role: string | null): string {
  return role === null ? "" : `, *${md(role)}*`;
}

function quotesSection(story: Story, labels: SourceLabels): string[] {
  if (story.quotes.length === 0) return [];
  // Grouped by speaker, most quoted first; each quote with its variants across outlets and translations.
  const bySpeaker = new Map<string, Story["quotes"]>();
  for (const quote of story.quotes) {
    const speaker = quote.speaker ?? "unattributed";
    bySpeaker.set(speaker, [...(bySpeaker.get(speaker) ?? []), quote]);
  }
  const speakers = [...bySpeaker.entries()].sort(
    (a, b) => (a[0] === "unattributed" ? 1 : 0) - (b[0] === "unattributed" ? 1 : 0) || b[1].length - a[1].length,
  );
  return [
    "",
    "### Who said what",
    "",
    ...speakers.flatMap(([speaker, quotes]) => [
      `- **${md(speaker)}**${withRole(speakerRole(story, speaker))}`,
      ...quotes.map((quote) => {
        const variants = shownQuoteVariants(quote)
          .map(
            ({ variant, times }) =>
              `« ${md(variant.text)} » ${labels.label(variant.articleId)}${times > 1 ? ` ×${times}` : ""}${variant.speakerMention ? ` (${md(variant.speakerMention)})` : ""}`,
          )
          .join(" · ");
        return `  - ${variants}`;
      }),
    ]),
  ];
}

function entitiesSection(story: Story): string[] {
  if (story.entities.length === 0) return [];
  return [
    "",
    "### People, places, organisations",
    "",
    ...(["person", "place", "organization", "other"] as const).flatMap((type) => {
      const ofType = story.entities.filter((entity) => entity.type === type);
      if (ofType.length === 0) return [];
      const names = ofType.map((entity) => {
        const others = shownVariants(entity);
        // The function most articles give a person, as one of them writes it.
        const role = withRole(entity.roles[0]?.text ?? null);
        return others.length > 0
          ? `${md(entity.name)}${role} (${others.map(md).join(", ")})`
          : `${md(entity.name)}${role}`;
      });
      return [`- ${type}: ${names.join(" · ")}`];
    }),
  ];
}

function timelineSection(story: Story, labels: SourceLabels): string[] {
  if (story.timeline.length === 0) return [];
  return [
    "",
    "### Timeline",
    "",
    ...story.timeline.map(
      (event) =>
        `- ${event.inferred ? "≈ " : ""}${event.date} — ${md(event.text)} ${labels.labels(event.articleIds)} (« ${md(event.expression)} »)`,
    ),
  ];
}

function coverageSection(story: Story, labels: SourceLabels): string[] {
  if (story.coverage.length === 0 || story.facts.length === 0) return [];
  return [
    "",
    "### Coverage (✓ supports, · silent, ✗ contradicts)",
    "",
    `| source | ${story.facts.map((_, index) => `F${index + 1}`).join(" | ")} |`,
    `|---|${story.facts.map(() => "---").join("|")}|`,
    ...story.coverage.map(
      (row) => `| ${labels.label(row.articleId)} | ${row.facts.map((mark) => MARK[mark]).join(" | ")} |`,
    ),
  ];
}

function removedSection(labels: SourceLabels): string[] {
  const rows = labels.entries.filter((entry) => entry.article.removed.length > 0);
  if (rows.length === 0) return [];
  return [
    "",
    "### Cleaned away",
    "",
    ...rows.map(
      ({ label, article }) =>
        `- [${label}]: ${article.removed.map((removed) => `${removed.reason} « ${md(removed.text.slice(0, 80))}${removed.text.length > 80 ? "…" : ""} »`).join("; ")}`,
    ),
  ];
}

/** One story's dossier as Markdown: what a person reads. Every quoted line is verbatim from its article. */
export function renderStoryMarkdown(story: Story, articles: ReadonlyMap<ArticleId, Article>): string {
  const labels = sourceLabels(story, articles);
  return [
    ...storyHeader(story, labels),
    ...summarySection(story, labels),
    ...factsSection(story, labels),
    ...discrepancySection(story, labels, articles),
    ...quotesSection(story, labels),
    ...entitiesSection(story),
    ...timelineSection(story, labels),
    ...coverageSection(story, labels),
    ...removedSection(labels),
  ].join("\n");
}

/** All stories, then the diagnostics, as one Markdown document. */
export function renderMarkdown(analysis: { articles: Article[]; stories: Story[]; diagnostics: Diagnostic[] }): string {
  const articles = new Map(analysis.articles.map((article) => [article.id, article]));
  const parts = [
    `# recoupe — ${plural(analysis.stories.length, "story", "stories")} from ${plural(analysis.articles.length, "article", "articles")}`,
  ];
  for (const story of analysis.stories) parts.push(renderStoryMarkdown(story, articles));
  if (analysis.diagnostics.length > 0) {
    parts.push(
      [
        "## Diagnostics",
        "",
        ...analysis.diagnostics.map(
          (d) => `- ${d.severity} \`${d.code}\` ${md(d.path)}${d.line ? `:${d.line}` : ""} — ${md(d.message)}`,
        ),
      ].join("\n"),
    );
  }
  return `${parts.join("\n\n")}\n`;
}
