import type { RemovalReason, RemovedText } from "../../domain/index.js";
import { furnitureReason, tagReason } from "./furniture-reason.js";
import { htmlToText } from "./html-to-text.js";
import { hostOf } from "./normalize-metadata.js";

/*
 * Removes what Readability keeps around an article but a reader does not read as its text: figures and their
 * captions, link lists (related stories, "read more", tags), byline/date blocks, share bars, and headings left
 * with nothing under them. Structural rules only (tags, link density, class/id words), never per-site ones.
 */

const REMOVED_TAGS = "figure, figcaption, picture, nav, aside, footer, form, button, select, iframe";
const BLOCK_CANDIDATES = new Set([
  "p",
  "div",
  "section",
  "ul",
  "ol",
  "li",
  "dl",
  "table",
  "blockquote",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "span",
]);
const HEADING = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/** What pruning needs to know about the article: its prose paragraphs and the page's host. */
interface Context {
  order: Map<Element, number>;
  /** Tree-order indexes of the prose paragraphs (long, few links). */
  prose: number[];
  /** Host of the page, to tell links to its own pages from links elsewhere. */
  host: string | undefined;
  removed: RemovedText[];
}

/** Text length without whitespace, as link density counts it. */
function textLength(node: Node): number {
  return (node.textContent ?? "").replace(/\s+/g, "").length;
}

function linkLength(element: Element): number {
  let total = 0;
  for (const link of Array.from(element.querySelectorAll("a"))) total += textLength(link);
  return total;
}

function tagOf(element: Element): string {
  return element.localName.toLowerCase();
}

function remove(element: Element, reason: RemovalReason, context: Context): void {
  const text = htmlToText(element);
  if (text.length > 0) context.removed.push({ text, reason });
  element.remove();
}

function mapProse(root: Element, host: string | undefined): Context {
  const order = new Map<Element, number>();
  const prose: number[] = [];
  for (const [index, element] of Array.from(root.querySelectorAll("*")).entries()) {
    order.set(element, index);
    if (tagOf(element) === "p") {
      const length = textLength(element);
      if (length >= 80 && linkLength(element) / length < 0.3) prose.push(index);
    }
  }
  return { order, prose, host, removed: [] };
}

/** Whether no prose paragraph comes before, or none after, the element: the head or tail of the article. */
function atEdge(element: Element, context: Context): boolean {
  const start = context.order.get(element);
  if (start === undefined) return true;
  const end = start + element.getElementsByTagName("*").length;
  return !context.prose.some((index) => index < start) || !context.prose.some((index) => index > end);
}

/** Share of an element's links pointing to the page's own site (relative links included). */
function internalLinkShare(element: Element, host: string | undefined): number {
  const links = Array.from(element.querySelectorAll("a[href]"));
  if (links.length === 0) return 0;
  let internal = 0;
  for (const link of links) {
    const href = link.getAttribute("href") ?? "";
    if (!/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href)) internal++;
    else if (host !== undefined && hostOf(href.startsWith("//") ? `https:${href}` : href) === host) internal++;
  }
  return internal / links.length;
}

/**
 * A block that is mostly links with little text of its own: a link list, a "read more" teaser, a tag cloud.
 * Quotes are spared (embedded posts are link-heavy but part of the story), and so is any block with a sentence of
 * unlinked text. Inside the article (prose before and after) only blocks linking mostly to the site's own pages go
 * ("Read more", "Don't miss", tags): a list of outside links there is usually the article's own (sources, bugs fixed).
 */
function isLinkBlock(element: Element, length: number, context: Context): boolean {
  const tag = tagOf(element);
  if (length === 0 || tag === "span" || tag === "blockquote") return false;
  const linked = linkLength(element);
  const unlinked = length - linked;
  if (linked / length <= 0.5 || unlinked >= 60 || (tag === "p" && length >= 400)) return false;
  return atEdge(element, context) || internalLinkShare(element, context.host) >= 0.5;
}

/**
 * A short heading-like line introducing a removed link block ("Don't miss", "More:", "Related stories"). Before a
 * single teaser paragraph only a label that looks like one (ending in a colon, or in capitals) goes: an ordinary
 * subheading there belongs to the next section of the article.
 */
function isLabel(element: Element, beforeList: boolean): boolean {
  const tag = tagOf(element);
  if (!HEADING.has(tag) && tag !== "p" && tag !== "div" && tag !== "strong" && tag !== "b") return false;
  const text = (element.textContent ?? "").replace(/\s+/g, " ").trim();
  if (text.length === 0 || text.length > 40 || /[.!?]$/.test(text) || element.querySelector("p, li, a") !== null)
    return false;
  return beforeList || text.endsWith(":") || text === text.toUpperCase();
}

/** Furniture by class or id; a wrapper of the article itself may carry such a word, so long blocks are kept. */
function furniture(element: Element, length: number): RemovalReason | undefined {
  const reason = furnitureReason(element);
  if (reason === undefined) return undefined;
  return length < 400 || element.querySelectorAll("p").length < 2 ? reason : undefined;
}

function prune(element: Element, context: Context): void {
  for (let child = element.firstElementChild; child !== null; ) {
    const next = child.nextElementSibling;
    const tag = tagOf(child);
    if (BLOCK_CANDIDATES.has(tag)) {
      const length = textLength(child);
      const reason = furniture(child, length);
      if (length === 0 && tag !== "span" && child.querySelector("img, video, iframe") === null) {
        child.remove();
      } else if (reason !== undefined) {
        remove(child, reason, context);
      } else if (isLinkBlock(child, length, context)) {
        const label = child.previousElementSibling;
        if (label !== null && isLabel(label, tag !== "p")) remove(label, "read-also", context);
        remove(child, "link-dense", context);
      } else if (length < 80 && child.querySelector("time") !== null) {
        remove(child, "date-marker", context);
      } else {
        prune(child, context);
      }
    } else {
      prune(child, context);
    }
    child = next;
  }
}

/** The last block of a subtree with text, descending through wrappers. */
function lastBlock(element: Element): Element | null {
  let last = element.lastElementChild;
  while (last !== null && textLength(last) === 0) last = last.previousElementSibling;
  return last;
}

/** Headings at the very end, their section gone ("More from UK", "Don't miss"). */
function dropTrailingHeadings(root: Element, context: Context): void {
  for (;;) {
    let last = lastBlock(root);
    while (last !== null && !HEADING.has(tagOf(last)) && last.children.length > 0) {
      const inner = lastBlock(last);
      if (inner === null) break;
      last = inner;
    }
    if (last === null || !HEADING.has(tagOf(last))) return;
    remove(last, "read-also", context);
  }
}

/** Prunes an article block in place; returns what went, with why. `pageUrl` tells the site's own links. */
export function pruneArticleContent(root: Element, pageUrl?: string): RemovedText[] {
  const context = mapProse(root, hostOf(pageUrl));
  for (const element of Array.from(root.querySelectorAll(REMOVED_TAGS))) {
    if (root.contains(element)) remove(element, tagReason(tagOf(element)), context);
  }
  prune(root, context);
  dropTrailingHeadings(root, context);
  return context.removed;
}
