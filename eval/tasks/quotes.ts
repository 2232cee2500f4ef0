// npm run eval -- quotes: direct quotes and their speakers on PolNeAR (English political news, test split) and
// direct-speech spans on AADS-French (literary French, test split).

import { asArticleId } from "../../src/domain/ids.js";
import type { AnalyzedArticle, Article } from "../../src/domain/index.js";
import { extractEntities } from "../../src/stages/extract/entities/index.js";
import { extractQuotes, findQuotedSpans } from "../../src/stages/extract/quotes/index.js";
import { segmentText } from "../../src/stages/segment/index.js";
import { loadAads } from "../datasets/aads.js";
import { loadPolnear, type PolnearAttribution } from "../datasets/polnear.js";
import type { EvalContext, EvalResult, EvalRow, EvalTable, EvalTask } from "../task.js";
import { ErrorLog, errorLimit, snippet } from "./quote-errors.js";

interface Range {
  start: number;
  end: number;
}

function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** P and R from true positives counted once on each side (`{ predicted, gold }`) or the same count for both. */
function f1Row(
  system: string,
  tp: number | { predicted: number; gold: number },
  predicted: number,
  gold: number,
  extra: Record<string, number> = {},
): EvalRow {
  const right = typeof tp === "number" ? { predicted: tp, gold: tp } : tp;
  const precision = right.predicted / Math.max(1, predicted);
  const recall = right.gold / Math.max(1, gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { system, origin: "computed", scores: { P: precision, R: recall, F1: f1, ...extra } };
}

function analyzed(index: number, text: string, language: string): AnalyzedArticle {
  const id = asArticleId(`a_${index.toString(16).padStart(16, "0")}`);
  return { article: { id, text, language } as Article, segmented: segmentText(text, language) };
}

const QUOTE_MARK = /["“”«»]/;

function wordsOf(text: string): number {
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}

/** Characters of `range` inside an attribution's content, and the content's length, fragment by fragment. */
function contentOverlap(attribution: PolnearAttribution, range: Range): number {
  return attribution.fragments.reduce((sum, fragment) => sum + overlap(fragment, range), 0);
}

function contentLength(attribution: PolnearAttribution): number {
  return attribution.fragments.reduce((sum, fragment) => sum + fragment.end - fragment.start, 0);
}

/** A predicted quote stands for an attribution when they share half of the shorter of the two. */
function matches(attribution: PolnearAttribution, range: Range): boolean {
  return contentOverlap(attribution, range) >= 0.5 * Math.min(range.end - range.start, contentLength(attribution));
}

/**
 * PolNeAR: gold direct quotes are attribution contents with a fragment that holds or touches a quotation mark.
 * A predicted quote is right when it matches a gold direct quote; a gold quote is found when a predicted one
 * matches it.
 */
function polnear(context: EvalContext): EvalTable {
  const documents = loadPolnear(context.dataDir, context.cacheDir, "test");
  const errors = new ErrorLog("PolNeAR errors", errorLimit(context.args));
  let predicted = 0;
  let rightPredicted = 0;
  let matchedPredicted = 0;
  let gold = 0;
  let found = 0;
  let withSource = 0;
  let speakerRight = 0;
  documents.forEach((document, index) => {
    const doc = analyzed(index + 1, document.text, "en");
    const quotes = extractQuotes([doc], extractEntities([doc])).flatMap((quote) =>
      quote.variants.map((variant) => ({ variant, speaker: quote.speaker })),
    );
    const direct = document.attributions.filter(({ fragments }) =>
      fragments.some((fragment) =>
        QUOTE_MARK.test(
          document.text.slice(Math.max(0, fragment.start - 1), Math.min(document.text.length, fragment.end + 1)),
        ),
      ),
    );
    const where = (range: Range): string => `${document.id.slice(0, 40)}: ${snippet(document.text, range)}`;
    gold += direct.length;
    predicted += quotes.length;
    for (const { variant } of quotes) {
      const inAny = document.attributions.some(
        (attribution) => contentOverlap(attribution, variant) >= 0.5 * (variant.end - variant.start),
      );
      if (inAny) matchedPredicted++;
      if (direct.some((attribution) => matches(attribution, variant))) {
        rightPredicted++;
        continue;
      }
      const words = wordsOf(variant.text);
      const size = words <= 3 ? "1-3 words" : words <= 8 ? "4-8 words" : "9+ words";
      const speaker = variant.speakerMention === null ? "no speaker" : "with speaker";
      errors.add(
        `spurious quote (${inAny ? "in an attribution" : "in no attribution"}, ${size}, ${speaker})`,
        `${where(variant)}  [${variant.speakerMention ?? "-"}]`,
      );
    }
    for (const attribution of direct) {
      const match = quotes.find(({ variant }) => matches(attribution, variant));
      if (match === undefined) {
        errors.add("missed gold quote", where(attribution.content));
        continue;
      }
      found++;
      if (attribution.source === null) continue;
      withSource++;
      const source = attribution.source.text.toLowerCase();
      const mention = match.variant.speakerMention?.toLowerCase() ?? null;
      const surname = match.speaker?.split(/\s+/).at(-1)?.toLowerCase() ?? null;
      if (
        (mention !== null && (source.includes(mention) || mention.includes(source))) ||
        (surname !== null && source.includes(surname))
      ) {
        speakerRight++;
        continue;
      }
      const category =
        mention === null
          ? "speaker: none found"
          : /^(?:he|she|it|they|we|i)$/.test(mention)
            ? "speaker: pronoun resolved wrong"
            : "speaker: wrong mention";
      errors.add(
        category,
        `${where(match.variant)}  ours=[${match.variant.speakerMention ?? "-"} → ${match.speaker ?? "-"}] gold=[${attribution.source.text}]`,
      );
    }
  });
  context.log(`PolNeAR test: ${documents.length} articles, ${gold} direct-quote attributions`);
  errors.print(context.log);
  return {
    dataset: `polnear-attribution-en (test, ${documents.length} articles, first annotator)`,
    setting: "direct quotes: span found (overlap ≥ 50 %), speaker agrees with gold source",
    rows: [
      f1Row("recoupe quote spans", { predicted: rightPredicted, gold: found }, predicted, gold, {
        "P(any attribution)": matchedPredicted / Math.max(1, predicted),
        "speaker accuracy": speakerRight / Math.max(1, withSource),
        gold,
        predicted,
      }),
      {
        system: "PolNeAR inter-annotator agreement",
        origin: "published",
        scores: { "attribution-wise agreement": 0.923, "token Krippendorff alpha": 0.754 },
        note: "README; no model baseline is published",
      },
    ],
  };
}

/** AADS: direct-speech character spans, exact (the same words, marks and edge punctuation aside) and overlapping (≥ 50 % of both). */
function aads(context: EvalContext): EvalTable {
  const chapters = loadAads(context.dataDir, "test");
  const rows: EvalRow[] = [];
  const errors = new ErrorLog("AADS errors (marks + dialogue dashes)", errorLimit(context.args));
  for (const dialogueDashes of [false, true]) {
    let predicted = 0;
    let gold = 0;
    let exact = 0;
    let loose = 0;
    for (const chapter of chapters) {
      const spans = findQuotedSpans(chapter.text, { dialogueDashes, language: "fr" });
      // Exact means the same words: the annotators include the guillemets of a quoted speech in some chapters and
      // not in others (and a stray ";" or "," where speech resumes), recoupe never does, so marks, dashes and
      // punctuation at either end are left out on both sides.
      const trim = (range: Range): string =>
        chapter.text.slice(range.start, range.end).replace(/^[\s—–«»“”"„,;:-]+|[\s,.;:!?…«»“”"]+$/gu, "");
      predicted += spans.length;
      gold += chapter.speech.length;
      const close = (a: Range, b: Range): boolean => overlap(a, b) >= 0.5 * Math.max(a.end - a.start, b.end - b.start);
      for (const speech of chapter.speech) {
        if (spans.some((span) => trim(span) === trim(speech) && overlap(span, speech) > 0)) exact++;
        if (spans.some((span) => close(span, speech))) loose++;
        else if (dialogueDashes) {
          const touching = spans.find((span) => overlap(span, speech) > 0);
          const kind =
            touching === undefined
              ? "no span overlaps"
              : touching.end - touching.start > speech.end - speech.start
                ? "ours longer"
                : "ours shorter";
          errors.add(`missed speech (${kind})`, `${chapter.id}: ${snippet(chapter.text, speech)}`);
        }
      }
      if (dialogueDashes)
        for (const span of spans)
          if (!chapter.speech.some((speech) => close(span, speech)))
            errors.add(
              `spurious span (${chapter.speech.some((speech) => overlap(span, speech) > 0) ? "overlaps gold" : "no gold overlaps"})`,
              `${chapter.id}: ${snippet(chapter.text, span)}`,
            );
    }
    const label = dialogueDashes ? "marks + dialogue dashes" : "quotation marks only";
    rows.push(f1Row(`recoupe ${label}, exact`, exact, predicted, gold));
    rows.push(f1Row(`recoupe ${label}, overlap ≥ 50 %`, loose, predicted, gold));
  }
  context.log(`AADS test: ${chapters.length} chapters`);
  errors.print(context.log);
  return {
    dataset: `aads-french-direct-speech (test, ${chapters.length} chapters)`,
    setting: "direct-speech span F1",
    rows,
  };
}

export const task: EvalTask = {
  name: "quotes",
  description: "Direct quotes: PolNeAR (en) spans and speakers, AADS-French direct-speech spans",
  async run(context: EvalContext): Promise<EvalResult> {
    const tables = [polnear(context), aads(context)];
    return {
      task: "quotes",
      tables,
      seconds: 0,
      notes: [
        "PolNeAR gold also holds indirect attributions; only contents with a fragment holding or touching a quotation mark count as gold direct quotes (brat's discontinuous contents, “X,” he said, “Y”, are read fragment by fragment). P: predicted quotes matching a gold direct quote; R: gold direct quotes matched. P(any attribution) counts a predicted quote as right when it lies in any gold content.",
        "Speaker accuracy: the gold source text contains our speaker mention (or the reverse) or our resolved speaker's surname; over found quotes with a gold source.",
        "AADS is 19th-century fiction: dialogue is mostly dash-led with incises (« — Oui, dit-il »); the dialogue mode opens speech at a dash (line start or after a sentence) and leaves incises out. The paper's figures are not in the snapshot. `--errors N` prints N examples of each error category to stderr.",
      ],
    };
  },
};
