import type { RawArticle, RemovalReason, RemovedText } from "../../domain/article.js";
import { isAgencyTag } from "./agency-tag.js";
import { isAuthorBio } from "./author-bio.js";
import { isByline } from "./byline.js";
import { classifyByCue } from "./cue-rules.js";
import { findHeadBoilerplate } from "./head-boilerplate.js";
import { endsLikeSentence } from "./line-shape.js";
import { hasMoreWordsThan } from "./more-words-than.js";
import { normalizeLine, normalizeText } from "./normalize-text.js";
import { isPhotoCredit, trailingPhotoCreditStart } from "./photo-credit.js";
import { type RepairedText, repairMojibake } from "./repair-mojibake.js";
import { articleKey, createSiteMemory, type SiteMemorySnapshot, siteOf } from "./site-memory.js";
import { isSubheading } from "./subheading.js";

/** An article's text once page furniture is out: what every offset of the dossier points into. */
export interface CleanedText {
  /** The input's title, else the title the text itself carries (breadcrumb repeat, headline), else its first sentence. */
  title: string;
  /** Normalised (see `normalizeText`): paragraphs separated by "\n\n", lines by "\n". */
  text: string;
  /** Everything this stage took out, in reading order (what ingest took out stays in `raw.removed`). */
  removed: RemovedText[];
  /** The characters of the title and text that were UTF-8 read as Windows-1252 upstream, read back (`repairMojibake`). */
  mojibake: Omit<RepairedText, "text">;
}

export interface Cleaner {
  /** Learns the lines of one article, so lines repeated across a site's articles can be told apart. */
  observe(raw: RawArticle): void;
  clean(raw: RawArticle): CleanedText;
  /** What the cleaner has learnt, as plain data for `createCleaner(snapshot)` (in a worker thread, say). */
  snapshot(): SiteMemorySnapshot;
}

/** How far into the article a line still counts as its head or its tail. */
const HEAD_LINES = 8;
const TAIL_LINES = 6;
/** A line seen in this many articles of one site is the site's furniture. */
const SITE_REPEAT_MIN = 3;

interface WorkLine {
  text: string;
  paragraph: number;
  reason: RemovalReason | null;
  /** A piece cut from the start (a title glued to the lede) or the end (a photo credit) of a kept line. */
  cutBefore: RemovedText | null;
  cutAfter: RemovedText | null;
}

function splitLines(text: string): WorkLine[] {
  if (text === "") return [];
  return text
    .split("\n\n")
    .flatMap((paragraph, index) =>
      paragraph
        .split("\n")
        .map((line) => ({ text: line, paragraph: index, reason: null, cutBefore: null, cutAfter: null })),
    );
}

const kept = (lines: readonly WorkLine[]): WorkLine[] => lines.filter((line) => line.reason === null);

/** Whether `line` is the only line of its paragraph still kept. */
function aloneInParagraph(lines: readonly WorkLine[], line: WorkLine): boolean {
  return lines.every((other) => other === line || other.paragraph !== line.paragraph || other.reason !== null);
}

/** Share counters: a short line of bare numbers ("81", "1,2k", "12 | 4"). */
function isBareNumbers(line: string): boolean {
  return line.length <= 16 && /\p{N}/u.test(line) && /^[\p{N}\s.,:·|/+\-kKmM]+$/u.test(line);
}

function removeHead(lines: WorkLine[], title: string | undefined): string | null {
  const head = kept(lines).slice(0, HEAD_LINES);
  const found = findHeadBoilerplate(
    head.map((line) => ({ text: line.text, alone: aloneInParagraph(lines, line) })),
    title,
  );
  for (const [index, reason] of found.lines) head[index]!.reason = reason;
  if (found.titlePrefix !== null) {
    const line = head[found.titlePrefix.line]!;
    line.cutBefore = { text: line.text.slice(0, found.titlePrefix.end).trim(), reason: "title-repeat" };
    line.text = line.text.slice(found.titlePrefix.end).trim();
  }
  return found.title;
}

function removeEdges(lines: WorkLine[]): void {
  const head = kept(lines).slice(0, HEAD_LINES);
  for (const [i, line] of head.entries()) {
    if (isBareNumbers(line.text)) line.reason = "share-counter";
    else if (i < 3 && isByline(line.text)) line.reason = "byline";
    else if (i < 2 && isAgencyTag(line.text, true)) line.reason = "agency-tag";
  }
  const tail = kept(lines).slice(-TAIL_LINES).reverse();
  for (const [i, line] of tail.entries()) {
    if (isBareNumbers(line.text)) line.reason = "share-counter";
    else if (isAgencyTag(line.text, i < 3)) line.reason = "agency-tag";
    else if (i < 3 && isAuthorBio(line.text)) line.reason = "author-bio";
  }
}

function isSiteFurniture(
  line: WorkLine,
  repeats: { seenIn: number; articles: number } | null,
  atEdge: boolean,
): boolean {
  // Seen in fewer than 2 articles (null) is never furniture.
  if (repeats === null) return false;
  const { seenIn, articles } = repeats;
  const sentenceLike = hasMoreWordsThan(line.text, 5) && endsLikeSentence(line.text);
  // A sentence is furniture only at the edges and in most of the site's articles: a background
  // paragraph several articles of a story share is text, a site blurb under every article is not.
  if (sentenceLike) return atEdge && seenIn >= SITE_REPEAT_MIN && seenIn * 2 > articles;
  return mayBeFurniture(seenIn, articles);
}

/** Whether a line seen in `seenIn` of a site's `articles` can be furniture at all (see `isSiteFurniture`). */
function mayBeFurniture(seenIn: number, articles: number): boolean {
  return seenIn >= SITE_REPEAT_MIN || (seenIn >= 2 && seenIn * 2 > articles);
}

/** The first sentence of the text, as a title of last resort. */
function firstSentence(text: string): string {
  const firstLine = text.split("\n")[0] ?? "";
  const end = /[.!?…](?=\s|$)/.exec(firstLine);
  const sentence = end === null ? firstLine : firstLine.slice(0, end.index + 1);
  if (sentence.length <= 160) return sentence;
  const cut = sentence.lastIndexOf(" ", 120);
  return `${sentence.slice(0, cut > 40 ? cut : 120)}…`;
}

function assemble(lines: readonly WorkLine[]): { text: string; removed: RemovedText[] } {
  const removed: RemovedText[] = [];
  const paragraphs = new Map<number, string[]>();
  let previous: WorkLine | null = null;
  for (const line of lines) {
    if (line.cutBefore !== null) removed.push(line.cutBefore);
    if (line.reason !== null) {
      const last = removed.at(-1);
      const joins =
        previous !== null &&
        previous.reason === line.reason &&
        previous.paragraph === line.paragraph &&
        previous.cutAfter === null;
      if (joins && last !== undefined && last.reason === line.reason) last.text += `\n${line.text}`;
      else removed.push({ text: line.text, reason: line.reason });
    } else if (line.text !== "") {
      const paragraph = paragraphs.get(line.paragraph) ?? [];
      paragraph.push(line.text);
      paragraphs.set(line.paragraph, paragraph);
    }
    if (line.cutAfter !== null) removed.push(line.cutAfter);
    previous = line;
  }
  const text = [...paragraphs.values()].map((paragraph) => paragraph.join("\n")).join("\n\n");
  return { text, removed };
}

/**
 * A cleaner that can learn each site's repeated lines (`observe` every article of a batch first, then
 * `clean` them). Removal is by line, except a title glued to the lede and a photo credit glued to a
 * caption, which are cut out of their line; each removal is recorded with its reason, so that the
 * normalised input is exactly the cleaned text plus the removed pieces.
 * Given a `snapshot` of another cleaner, it cleans exactly as that one did when the snapshot was
 * taken. It can observe more, counting from what the snapshot kept: lines too rare to be furniture
 * then are forgotten, and an article observed before it would count twice.
 */
export function createCleaner(snapshot?: SiteMemorySnapshot): Cleaner {
  const memory = createSiteMemory(snapshot);
  return {
    snapshot: () => memory.snapshot(mayBeFurniture),
    observe(raw) {
      const site = siteOf(raw);
      if (site === null) return;
      memory.remember(site, articleKey(raw), normalizeText(raw.text).split(/\n+/));
    },
    clean(raw) {
      // Read back first, to tell the reader (`normalizeText` would do it too, silently).
      const readBack = repairMojibake(raw.text);
      const heading = repairMojibake(raw.title ?? "");
      const mojibake = {
        repaired: readBack.repaired + heading.repaired,
        examples: [...new Set([...heading.examples, ...readBack.examples])].slice(0, 3),
      };
      const lines = splitLines(normalizeText(readBack.text));
      for (const line of lines) {
        if (!/[\p{L}\p{N}]/u.test(line.text)) line.reason = "empty";
        else line.reason = classifyByCue(line.text) ?? (isPhotoCredit(line.text) ? "photo-credit" : null);
      }
      const givenTitle = heading.text.trim() !== "" ? normalizeLine(heading.text) : undefined;
      const foundTitle = removeHead(lines, givenTitle);
      removeEdges(lines);
      const site = siteOf(raw);
      if (site !== null) {
        const remaining = kept(lines);
        for (const [i, line] of remaining.entries()) {
          const atEdge = i < HEAD_LINES || i >= remaining.length - TAIL_LINES;
          if (isSiteFurniture(line, memory.repeats(site, line.text), atEdge)) line.reason = "repeated-across-site";
        }
      }
      const body = kept(lines);
      const linesPerParagraph = new Map<number, number>();
      for (const line of body) linesPerParagraph.set(line.paragraph, (linesPerParagraph.get(line.paragraph) ?? 0) + 1);
      for (const [i, line] of body.entries()) {
        const betweenText = i > 0 && i < body.length - 1;
        if (isSubheading(line.text, linesPerParagraph.get(line.paragraph) === 1, betweenText))
          line.reason = "subheading";
      }
      for (const line of kept(lines)) {
        const start = trailingPhotoCreditStart(line.text);
        if (start < 0) continue;
        line.cutAfter = { text: line.text.slice(start).trim(), reason: "photo-credit" };
        line.text = line.text.slice(0, start).trim();
      }
      const { text, removed } = assemble(lines);
      return { title: givenTitle ?? foundTitle ?? firstSentence(text), text, removed, mojibake };
    },
  };
}

/** Cleans one article on its own, without what other articles of its site would teach. */
export function cleanArticle(raw: RawArticle): CleanedText {
  return createCleaner().clean(raw);
}
