import type { Article } from "../domain/article.js";
import type { Diagnostic } from "../domain/diagnostic.js";
import type { ArticleId } from "../domain/ids.js";
import type { Evidence } from "../domain/span.js";
import type { Quote, Story } from "../domain/story.js";
import { discrepancyNotes, shownValue } from "./discrepancy-display.js";
import { escapeHtml as h } from "./escape-html.js";
import { htmlPage } from "./html-page.js";
import { plural } from "./plural.js";
import { type ShownQuoteVariant, shownQuoteVariants } from "./shown-quote-variants.js";
import { shownVariants } from "./shown-variants.js";
import { type SourceLabels, sourceLabels } from "./source-labels.js";
import { speakerRole } from "./speaker-role.js";

export interface HtmlDossierOptions {
  /** Link for an article badge (the web server passes its article page); none in a standalone file. */
  articleHref?: (id: ArticleId, evidence?: Evidence) => string;
}

function badge(
  labels: SourceLabels,
  articles: ReadonlyMap<ArticleId, Article>,
  id: ArticleId,
  options: HtmlDossierOptions,
  evidence?: Evidence,
): string {
  const article = articles.get(id);
  const label = labels.label(id).slice(1, -1);
  const title = article === undefined ? id : `${article.source} — ${article.title}`;
  const cls = article?.machineTranslated.likely ? "badge mt" : "badge";
  const inner = h(label);
  return options.articleHref
    ? `<a class="${cls}" href="${h(options.articleHref(id, evidence))}" title="${h(title)}">${inner}</a>`
    : `<span class="${cls}" title="${h(title)}">${inner}</span>`;
}

function quoteOf(articles: ReadonlyMap<ArticleId, Article>, evidence: Evidence): string {
  return articles.get(evidence.articleId)?.text.slice(evidence.start, evidence.end) ?? "";
}

/** One story's dossier as an HTML fragment (everything escaped). */
export function renderStoryHtml(
  story: Story,
  articles: ReadonlyMap<ArticleId, Article>,
  options: HtmlDossierOptions = {},
): string {
  const labels = sourceLabels(story, articles);
  const b = (id: ArticleId, evidence?: Evidence) => badge(labels, articles, id, options, evidence);
  const parts: string[] = [];
  parts.push(`<article class="story" id="${h(story.id)}"><h2>${h(story.title)}</h2>`);
  parts.push(
    `<p class="meta">${story.articleIds.length} articles · <strong>${story.independentSources}</strong> independent outlets · ${h(story.languages.join(", "))} · ${h(story.period.from ?? "undated")}${story.period.to && story.period.to !== story.period.from ? ` → ${h(story.period.to)}` : ""}</p>`,
  );
  parts.push(
    `<h3 id="sources">Sources</h3><ul class="sources">${labels.entries
      .map(
        ({ article }) =>
          `<li>${b(article.id)} <strong>${h(article.source)}</strong> — ${h(article.title || "(untitled)")} <span class="meta">${h(article.publishedAt ?? "undated")}${article.publishedAtInferred ? " (inferred)" : ""}${article.machineTranslated.likely ? " · reads as machine-translated" : ""}${article.duplicateOf ? ` · copy of ${h(labels.label(article.duplicateOf))}` : ""}</span></li>`,
      )
      .join("")}</ul>`,
  );
  if (story.summary.length > 0) {
    parts.push(
      `<h3 id="summary">Summary</h3><ul class="summary">${story.summary
        .map((item) => `<li>${h(item.text)} ${b(item.articleId, item)}${item.alsoIn.map((id) => b(id)).join("")}</li>`)
        .join("")}</ul>`,
    );
  }
  if (story.facts.length > 0) {
    parts.push(
      `<h3 id="facts">What the sources agree on</h3><div class="scroll"><table class="facts"><tr><th>#</th><th>fact</th><th>independent outlets</th><th>sources</th></tr>${story.facts
        .map(
          (fact, index) =>
            `<tr><td>F${index + 1}</td><td>${h(fact.text)}${fact.reported ? ' <span class="reported">reported</span>' : ""}</td><td class="num">${fact.independentSources}</td><td>${fact.evidence.map((e) => b(e.articleId, e)).join("")}</td></tr>`,
        )
        .join("")}</table></div>`,
    );
  }
  if (story.discrepancies.length > 0) {
    parts.push(
      `<h3 id="discrepancies">Where they differ</h3>${story.discrepancies
        .map(
          (d) =>
            `<div class="card discrepancy"><p class="about"><strong>${h(d.about)}</strong> <span class="meta">${h(discrepancyNotes(d).join(" · "))}</span></p><div class="sides">${d.values
              .map(
                (value) =>
                  `<div class="side"><span class="value">${h(shownValue(d, value))}</span>${value.evidence
                    .slice(0, 3)
                    .map((e) => `<blockquote>« ${h(quoteOf(articles, e))} » ${b(e.articleId, e)}</blockquote>`)
                    .join("")}</div>`,
              )
              .join("")}</div></div>`,
        )
        .join("")}`,
    );
  }
  if (story.quotes.length > 0) {
    // Grouped by speaker (in order of first quote, unattributed last); each quote with its wording per outlet.
    const bySpeaker = new Map<string | null, Quote[]>();
    for (const quote of story.quotes) bySpeaker.set(quote.speaker, [...(bySpeaker.get(quote.speaker) ?? []), quote]);
    const speakers = [...bySpeaker.keys()].sort((a, b) => Number(a === null) - Number(b === null));
    const variant = ({ variant: v, times }: ShownQuoteVariant) =>
      `« ${h(v.text)} » ${b(v.articleId, v)}${times > 1 ? ` <span class="meta">×${times}</span>` : ""}${v.speakerMention ? ` <span class="meta">(${h(v.speakerMention)})</span>` : ""}`;
    parts.push(
      `<h3 id="quotes">Who said what</h3><div class="speakers">${speakers
        .map((speaker) => {
          const quotes = bySpeaker.get(speaker) ?? [];
          const role = speakerRole(story, speaker);
          return `<section class="speaker"><h4>${h(speaker ?? "Unattributed")}${role === null ? "" : `, <span class="role">${h(role)}</span>`} <span class="meta">${quotes.length} quote${quotes.length === 1 ? "" : "s"}</span></h4><ul class="quotes">${quotes
            .map((quote) => {
              const shown = shownQuoteVariants(quote);
              return shown.length === 1
                ? `<li>${variant(shown[0]!)}</li>`
                : `<li><span class="meta">${shown.length} versions:</span><ul class="variants">${shown.map((v) => `<li>${variant(v)}</li>`).join("")}</ul></li>`;
            })
            .join("")}</ul></section>`;
        })
        .join("")}</div>`,
    );
  }
  if (story.entities.length > 0) {
    parts.push(
      `<h3 id="entities">People, places, organisations</h3><ul class="entities">${story.entities
        .slice(0, 40)
        .map((entity) => {
          const others = shownVariants(entity);
          const roles = entity.roles
            .map((role) => `${h(role.text)} ${role.evidence.map((e) => b(e.articleId, e)).join("")}`)
            .join("; ");
          return `<li><strong>${h(entity.name)}</strong>${roles === "" ? "" : `, <span class="role">${roles}</span>`} <span class="meta">${h(entity.type)} · ${entity.mentions} mention${entity.mentions === 1 ? "" : "s"}${others.length > 0 ? ` · also ${h(others.join(", "))}` : ""}</span></li>`;
        })
        .join("")}</ul>`,
    );
  }
  if (story.timeline.length > 0) {
    parts.push(
      `<h3 id="timeline">Timeline</h3><ul class="timeline">${story.timeline
        .map(
          (event) =>
            `<li><strong>${event.inferred ? "≈ " : ""}${h(event.date)}</strong> — ${h(event.text)} ${event.evidence.map((e) => b(e.articleId, e)).join("")}</li>`,
        )
        .join("")}</ul>`,
    );
  }
  if (story.coverage.length > 0 && story.facts.length > 0) {
    const symbol = { supports: "✓", omits: "·", contradicts: "✗" } as const;
    parts.push(
      `<h3 id="coverage">Coverage</h3><div class="scroll"><table class="coverage"><tr><th>source</th>${story.facts.map((_, i) => `<th>F${i + 1}</th>`).join("")}</tr>${story.coverage
        .map(
          (row) =>
            `<tr><td>${b(row.articleId)} ${h(articles.get(row.articleId)?.source ?? "")}</td>${row.facts.map((mark) => `<td class="num ${mark}" title="${mark}">${symbol[mark]}</td>`).join("")}</tr>`,
        )
        .join("")}</table></div>`,
    );
  }
  const removed = labels.entries.filter((entry) => entry.article.removed.length > 0);
  if (removed.length > 0) {
    parts.push(
      `<h3 id="removed">Cleaned away</h3><ul class="removed">${removed
        .map(
          ({ article }) =>
            `<li>${b(article.id)} ${article.removed.map((r) => `${h(r.reason)}: « ${h(r.text.slice(0, 100))} »`).join("; ")}</li>`,
        )
        .join("")}</ul>`,
    );
  }
  parts.push("</article>");
  return parts.join("\n");
}

/** All stories and the diagnostics as one standalone HTML page. */
export function renderHtml(analysis: { articles: Article[]; stories: Story[]; diagnostics: Diagnostic[] }): string {
  const articles = new Map(analysis.articles.map((article) => [article.id, article]));
  const body = [
    `<h1>recoupe — ${plural(analysis.stories.length, "story", "stories")} from ${plural(analysis.articles.length, "article", "articles")}</h1>`,
    ...analysis.stories.map((story) => renderStoryHtml(story, articles)),
  ];
  if (analysis.diagnostics.length > 0) {
    body.push(
      `<h2>Diagnostics</h2><ul>${analysis.diagnostics.map((d) => `<li>${h(d.severity)} <code>${h(d.code)}</code> ${h(d.path)}${d.line ? `:${d.line}` : ""} — ${h(d.message)}</li>`).join("")}</ul>`,
    );
  }
  return htmlPage(analysis.stories[0]?.title ?? "recoupe", body.join("\n"));
}
