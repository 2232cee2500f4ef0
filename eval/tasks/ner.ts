// npm run eval -- ner [--sample N] [--errors N] [--split val]: named-entity recognition on HIPE-2020 French dev (gold, OCR'd historical press)
// WikiNEuRal French test (silver, Wikipedia) and Europeana Newspapers French (gold, noisy OCR), strict and fuzzy micro F1 by coarse type, HIPE scorer logic.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { asArticleId } from "../../src/domain/ids.js";
import type { AnalyzedArticle, Article } from "../../src/domain/index.js";
import { TITLE_ABBREVIATIONS } from "../../src/language-data/title-abbreviations.js";
import { recognizeMentions } from "../../src/stages/extract/entities/index.js";
import { segmentText } from "../../src/stages/segment/index.js";
import { loadEuropeana } from "../datasets/europeana.js";
import { type GoldSpan, loadHipe2020, type TokenizedDocument } from "../datasets/hipe2020.js";
import { loadWikineural } from "../datasets/wikineural.js";
import type { EvalContext, EvalResult, EvalRow, EvalTable, EvalTask } from "../task.js";

const TYPE_OF = { person: "PER", place: "LOC", organization: "ORG" } as const;

function article(index: number, text: string): AnalyzedArticle {
  const id = asArticleId(`a_${index.toString(16).padStart(16, "0")}`);
  return { article: { id, text, language: "fr" } as Article, segmented: segmentText(text, "fr") };
}

/**
 * How a dataset bounds a person's mention: HIPE-2020 includes the function or title written before the name
 * ("président Chirac", "général de Gaulle") or in apposition after it ("Louis Thorens, vice-président"), CoNLL-style
 * sets (WikiNEuRal) only the name.
 */
type SpanConvention = "with-function" | "name-only";

/** Length of the honorific opening a person's mention ("M. ", "Mme ", "Dr. "), 0 when none. */
function honorificLength(text: string): number {
  const opening = /^(\p{L}+)\.?\s+(?=\p{L})/u.exec(text);
  return opening !== null && TITLE_ABBREVIATIONS.has(opening[1]!.toLowerCase()) ? opening[0].length : 0;
}

/** Predicted spans of one document, as token ranges of the gold tokenisation. */
function predict(document: TokenizedDocument, index: number, convention: SpanConvention): GoldSpan[] {
  const spans: GoldSpan[] = [];
  const analyzed = article(index, document.text);
  for (const mention of recognizeMentions([analyzed])) {
    if (mention.type === "other" || !mention.confirmed) continue;
    const tokens = analyzed.segmented.tokens;
    const role = mention.type === "person" && convention === "with-function" ? mention.role : null;
    const adjacent = role !== null && /^\s*$/.test(document.text.slice(tokens[role.last]!.end, mention.start));
    let start = adjacent ? Math.min(mention.start, tokens[role.first]!.start) : mention.start;
    // HIPE includes an honorific and its article before the function ("M. le ministre Bally", "M. l'abbé Georgel").
    const honorific = adjacent
      ? /\bMM?\.? (?:le |la |les |l['’])$/.exec(document.text.slice(Math.max(0, start - 8), start))
      : null;
    if (convention === "with-function" && honorific !== null) start -= honorific[0].length;
    // HIPE also puts a plural title in the first name of a list ("MM. Charles Coulet, …").
    const plural = /\bMM\.? $/.exec(document.text.slice(Math.max(0, start - 4), start));
    if (convention === "with-function" && mention.type === "person" && plural !== null) start -= plural[0].length;
    // CoNLL-style sets leave the honorific out ("M. Jules Guesde" → "Jules Guesde"); recoupe's mention holds it.
    if (convention === "name-only" && mention.type === "person") start += honorificLength(mention.text);
    // HIPE also includes a function in apposition after the name ("Louis Thorens, vice-président").
    const end = convention === "with-function" && mention.roleSpan?.after === true ? mention.roleSpan.end : mention.end;
    const covered = document.tokens.flatMap((token, position) =>
      token.start < end && start < token.end ? [position] : [],
    );
    if (covered.length === 0) continue;
    spans.push({ first: covered[0]!, last: covered.at(-1)!, type: TYPE_OF[mention.type] });
  }
  return spans;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/**
 * HIPE scorer logic, micro: strict = same type and same token boundaries; fuzzy = same type and overlapping
 * tokens, each gold and predicted entity matched at most once. `types` limits scoring to those gold/predicted types.
 */
function score(
  gold: readonly GoldSpan[],
  predicted: readonly GoldSpan[],
  fuzzy: boolean,
  types: ReadonlySet<string> | null,
): Counts {
  const g = gold.filter((span) => types === null || types.has(span.type));
  const p = predicted.filter((span) => types === null || types.has(span.type));
  const used = new Set<number>();
  let tp = 0;
  for (const span of g) {
    const match = p.findIndex(
      (candidate, index) =>
        !used.has(index) &&
        candidate.type === span.type &&
        (fuzzy
          ? candidate.first <= span.last && span.first <= candidate.last
          : candidate.first === span.first && candidate.last === span.last),
    );
    if (match >= 0) {
      used.add(match);
      tp++;
    }
  }
  return { tp, fp: p.length - tp, fn: g.length - tp };
}

function row(system: string, counts: Counts, note?: string): EvalRow {
  const precision = counts.tp / Math.max(1, counts.tp + counts.fp);
  const recall = counts.tp / Math.max(1, counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    system,
    origin: "computed",
    scores: { P: precision, R: recall, F1: f1, TP: counts.tp, FP: counts.fp, FN: counts.fn },
    ...(note === undefined ? {} : { note }),
  };
}

type ErrorKind = "missed" | "boundary" | "type" | "spurious";

/** One strict error: a gold span without an exact match, or a predicted span without one. */
interface NerError {
  kind: ErrorKind;
  /** Gold type for missed/boundary/type errors, predicted type for spurious ones. */
  type: string;
  text: string;
  /** The overlapping span on the other side, if any ("PER M. Hagenbeck"). */
  other: string;
}

function spanText(document: TokenizedDocument, span: GoldSpan): string {
  return document.text.slice(document.tokens[span.first]!.start, document.tokens[span.last]!.end);
}

/** Strict errors of one document: every gold span and every predicted span that has no exact twin. */
function documentErrors(document: TokenizedDocument, predicted: readonly GoldSpan[]): NerError[] {
  const same = (a: GoldSpan, b: GoldSpan): boolean => a.first === b.first && a.last === b.last && a.type === b.type;
  const overlaps = (a: GoldSpan, b: GoldSpan): boolean => a.first <= b.last && b.first <= a.last;
  const errors: NerError[] = [];
  for (const gold of document.entities) {
    if (!["PER", "LOC", "ORG"].includes(gold.type) || predicted.some((span) => same(span, gold))) continue;
    const near = predicted.find((span) => overlaps(span, gold));
    const kind: ErrorKind = near === undefined ? "missed" : near.type === gold.type ? "boundary" : "type";
    const other = near === undefined ? "" : `${near.type} ${spanText(document, near)}`;
    errors.push({ kind, type: gold.type, text: spanText(document, gold), other });
  }
  for (const span of predicted) {
    if (document.entities.some((gold) => same(gold, span) || overlaps(gold, span))) continue;
    errors.push({ kind: "spurious", type: span.type, text: spanText(document, span), other: "" });
  }
  return errors;
}

/** `--errors N`: counts of strict errors by kind and type, then the N most frequent texts of each. */
function reportErrors(
  dataset: string,
  documents: readonly TokenizedDocument[],
  predictions: readonly GoldSpan[][],
  limit: number,
  log: (line: string) => void,
): void {
  const errors = documents.flatMap((document, index) => documentErrors(document, predictions[index]!));
  const groups = new Map<string, NerError[]>();
  for (const error of errors) {
    const key = `${error.kind} ${error.type}`;
    groups.set(key, [...(groups.get(key) ?? []), error]);
  }
  log(`errors on ${dataset}: ${errors.length}`);
  for (const [key, list] of [...groups.entries()].sort((a, b) => b[1].length - a[1].length)) {
    const counts = new Map<string, number>();
    for (const error of list) {
      const line = error.other === "" ? error.text : `${error.text}  ←→  ${error.other}`;
      counts.set(line, (counts.get(line) ?? 0) + 1);
    }
    log(`-- ${key}: ${list.length}`);
    for (const [line, count] of [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit))
      log(`   ${count > 1 ? `${count}× ` : ""}${line.replace(/\s+/g, " ")}`);
  }
}

function evaluate(
  dataset: string,
  documents: readonly TokenizedDocument[],
  typeSets: [string, ReadonlySet<string> | null][],
  published: (setting: string) => EvalRow[],
  errors: { limit: number; log: (line: string) => void } | null,
  convention: SpanConvention,
): EvalTable[] {
  const predictions = documents.map((document, index) => predict(document, index + 1, convention));
  if (errors !== null) reportErrors(dataset, documents, predictions, errors.limit, errors.log);
  const tables: EvalTable[] = [];
  for (const fuzzy of [false, true]) {
    const setting = fuzzy ? "fuzzy" : "strict";
    const rows: EvalRow[] = [];
    for (const [label, types] of typeSets) {
      const total: Counts = { tp: 0, fp: 0, fn: 0 };
      documents.forEach((document, index) => {
        const counts = score(document.entities, predictions[index]!, fuzzy, types);
        total.tp += counts.tp;
        total.fp += counts.fp;
        total.fn += counts.fn;
      });
      rows.push(row(`recoupe ${label}`, total));
    }
    tables.push({ dataset, setting: `micro ${setting}, coarse types`, rows: [...rows, ...published(setting)] });
  }
  return tables;
}

/** The best run of each team, and the organisers' baseline, from the HIPE-2020 ranking files (NE-COARSE-LIT, ALL). */
function hipeRanking(dataDir: string, setting: string): EvalRow[] {
  const file = join(dataDir, "hipe2020-fr-ner", "evaluation-results", `ranking-fr-coarse-micro-${setting}-all.tsv`);
  const seen = new Set<string>();
  const rows: EvalRow[] = [];
  for (const line of readFileSync(file, "utf8").split("\n").slice(1)) {
    const [system, evaluation, label, p, r, f1] = line.split("\t");
    if (system === undefined || evaluation !== `NE-COARSE-LIT-micro-${setting}` || label !== "ALL") continue;
    const team = system.split("_")[0]!;
    if (seen.has(team) || (seen.size >= 5 && team !== "baseline")) continue;
    seen.add(team);
    rows.push({
      system,
      origin: "published",
      scores: { P: Number(p), R: Number(r), F1: Number(f1) },
      note: "HIPE-2020 test-set ranking (evaluation-results/), not dev",
    });
  }
  return rows;
}

export const task: EvalTask = {
  name: "ner",
  description:
    "Named entities: HIPE-2020 fr dev (gold), WikiNEuRal fr test (silver), Europeana fr (gold, noisy OCR), strict and fuzzy micro F1",
  async run(context: EvalContext): Promise<EvalResult> {
    const sampleIndex = context.args.indexOf("--sample");
    const sample = sampleIndex >= 0 ? Number(context.args[sampleIndex + 1]) : 3000;
    const errorsIndex = context.args.indexOf("--errors");
    const errors = errorsIndex >= 0 ? { limit: Number(context.args[errorsIndex + 1] ?? 50), log: context.log } : null;
    const split =
      context.args.includes("--split") && context.args[context.args.indexOf("--split") + 1] === "val" ? "val" : "test";
    const notes: string[] = [];
    const hipe = loadHipe2020(context.dataDir);
    context.log(
      `HIPE-2020 fr dev: ${hipe.length} documents, ${hipe.reduce((sum, document) => sum + document.entities.length, 0)} gold entities`,
    );
    const tables = evaluate(
      "hipe2020-fr-ner (dev)",
      hipe,
      [
        ["ALL (pers, loc, org, time, prod)", null],
        ["PER", new Set(["PER"])],
        ["LOC", new Set(["LOC"])],
        ["ORG", new Set(["ORG"])],
        ["PER+LOC+ORG", new Set(["PER", "LOC", "ORG"])],
      ],
      (setting) => hipeRanking(context.dataDir, setting),
      errors,
      "with-function",
    );
    notes.push(
      'HIPE-2020: OCR\'d Swiss/Luxembourg newspapers 1798-2018; gold spans include titles and appositions ("M. Hagenbeck, le célèbre marchand…"); recoupe predicts no time/prod entities, which count as misses in ALL.',
    );
    notes.push(
      "Published HIPE rows are test-set figures of trained systems (the test file is not in the snapshot): compare orders of magnitude, not points.",
    );
    const wiki = loadWikineural(context.dataDir, sample, split);
    context.log(`WikiNEuRal fr ${split}: ${wiki.sentences} of ${wiki.total} sentences`);
    tables.push(
      ...evaluate(
        `wikineural-fr (${split}, ${wiki.sentences} of ${wiki.total} sentences, even stride)`,
        wiki.documents,
        [
          ["ALL (PER, LOC, ORG, MISC)", null],
          ["PER", new Set(["PER"])],
          ["LOC", new Set(["LOC"])],
          ["ORG", new Set(["ORG"])],
          ["PER+LOC+ORG", new Set(["PER", "LOC", "ORG"])],
        ],
        () => [],
        errors,
        "name-only",
      ),
    );
    notes.push(
      "WikiNEuRal labels are silver (automatic); sentences grouped 10 per pseudo-document; MISC is never predicted. No published baseline for this split.",
    );
    const europeana = loadEuropeana(context.dataDir);
    context.log(`Europeana fr (BnF): ${europeana.tokens} tokens in ${europeana.documents.length} pseudo-documents`);
    tables.push(
      ...evaluate(
        `europeana-ner-fr (BnF, ${europeana.tokens} tokens, ${europeana.documents.length} pseudo-documents)`,
        europeana.documents,
        [
          ["ALL (PER, LOC, ORG)", null],
          ["PER", new Set(["PER"])],
          ["LOC", new Set(["LOC"])],
          ["ORG", new Set(["ORG"])],
        ],
        () => [],
        errors,
        "name-only",
      ),
    );
    notes.push(
      'Europeana (BnF): OCR\'d French newspapers of 1906–1910, hand-tagged names without titles ("M. Jules Guesde" → PER "Jules Guesde"); the upstream README calls it noisy (OCR errors, noisy passages cut out), a robustness set: no sentence breaks, cut into pseudo-documents of ~2,000 tokens ending at a full stop. No published baseline.',
    );
    return { task: "ner", tables, seconds: 0, notes };
  },
};
