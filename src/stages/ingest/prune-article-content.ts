import { hostOf } from "./normalize-metadata.js";

/**
 * Removes what Readability keeps around an article but a reader does not read as its text: figures and their
 * captions, link lists (related stories, "read more", tags), byline/date blocks, share bars, and headings left
 * with nothing under them. Structural rules only (tags, link density, class/id words), never per-site ones.
 */


/** Class or id words naming page furniture rather than article text. */
const FURNITURE = new RegExp(
  String.raw`(?:^|[-_\s])(?:caption|credit|figure|gallery|slideshow|carousel|share|sharing|social|related|recommended|` +
    String.raw`promo|newsletter|subscribe|signup|advert|advertisement|ad|ads|adslot|sponsor|sponsored|byline|dateline|` +
    String.raw`timestamp|pubdate|published|author|meta|tags|tag-list|breadcrumbs?|toolbar|print|comments?|disqus|` +
    String.raw`outbrain|taboola|paywall|cookie|consent|video-player|more-from|read-more|readmore|see-also)` +
    String.raw`(?:$|[-_\s])`,
  "i",
);

const REMOVED_TAGS = "figure, figcaption, picture, nav, aside, footer, form, button, select, iframe";
const BLOCK_CANDIDATES = new Set(["p", "div", "section", "ul", "ol", "li", "dl", "table", "blockquote", "h2", "h3", "h4", "h5", "h6", "header", "span"]);
const HEADING = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/** Text length without whitespace, as link density counts it. */
function textLength(node: Node): number {
  return (node.textContent ?? "").replace(/\s+/g, "").length;
}

function linkLength(element: Element): number {
  let total = 0;
  for (const link of Array.from(element.querySelectorAll("a"))) total += textLength(link);
  return total;
}

function classWords(element: Element): string {
  return `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`.trim();
}

/** Where an element sits among the article's prose paragraphs. */
interface ProseMap {
  order: Map<Element, number>;
  /** Host of the page, to tell links to its own pages from links elsewhere. */
  host: string | undefined;
  /** Tree-order indexes of the prose paragraphs (long, few links). */
  prose: number[];
}

function mapProse(root: Element, host: string | undefined): ProseMap {
  const order = new Map<Element, number>();
  const prose: number[] = [];
  for (const [index, element] of Array.from(root.querySelectorAll("*")).entries()) {
    order.set(element, index);
    if (element.localName.toLowerCase() === "p") {
      const length = textLength(element);
      if (length >= 80 && linkLength(element) / length < 0.3) prose.push(index);
    }
  }
  return { order, prose, host };
}

/** Whether no prose paragraph comes before, or none after, the element: the head or tail of the article. */
function atEdge(element: Element, map: ProseMap): boolean {
  const start = map.order.get(element);
  if (start === undefined) return true;
  const end = start + element.getElementsByTagName("*").length;
  return !map.prose.some((index) => index < start) || !map.prose.some((index) => index > end);
}

/**
 * A block that is mostly links with little text of its own: a link list, a "read more" teaser, a tag cloud.
 * Quotes are spared (embedded posts are link-heavy but part of the story), and so is any block with a sentence of
 * unlinked text. Inside the article (prose before and after) only blocks linking mostly to the site's own pages go
 * ("Read more", "Don't miss", tags): a list of outside links there is usually the article's own (sources, bugs fixed).
 */
function isLinkBlock(element: Element, length: number, map: ProseMap): boolean {
  const tag = element.localName.toLowerCase();
  if (length === 0 || tag === "span" || tag === "blockquote") return false;
  const linked = linkLength(element);
  const unlinked = length - linked;
  if (linked / length <= 0.5 || unlinked >= 60 || (tag === "p" && length >= 400)) return false;
  if (atEdge(element, map)) return true;
  return internalLinkShare(element, map.host) >= 0.5;
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

function isFurniture(element: Element, length: number): boolean {
  const words = classWords(element);
  if (words.length === 0 || !FURNITURE.test(words)) return false;
  // A wrapper of the article itself may carry such a word ("post-meta-wrapper" around everything): keep long blocks.
  return length < 400 || element.querySelectorAll("p").length < 2;
}

/** A short heading-like line introducing what follows ("Don't miss", "More:", "Related stories"). */
function isLabel(element: Element): boolean {
  const tag = element.localName.toLowerCase();
  if (!HEADING.has(tag) && tag !== "p" && tag !== "div" && tag !== "strong" && tag !== "b") return false;
  const text = (element.textContent ?? "").replace(/\s+/g, " ").trim();
  return text.length > 0 && text.length <= 40 && !/[.!?]$/.test(text) && element.querySelector("p, li, a") === null;
}

/** A short line made of a date or time (a dateline kept in the text). */
function isDateBlock(element: Element, length: number): boolean {
  return length < 80 && element.querySelector("time") !== null;
}

function prune(element: Element, map: ProseMap): void {
  for (let child = element.firstElementChild; child !== null; ) {
    const next = child.nextElementSibling;
    const tag = child.localName.toLowerCase();
    if (BLOCK_CANDIDATES.has(tag)) {
      const length = textLength(child);
      if (length === 0 && child.querySelector("img, video, iframe") === null && tag !== "span") {
        child.remove();
      } else if (isLinkBlock(child, length, map)) {
        const label = child.previousElementSibling;
        if (label !== null && isLabel(label)) label.remove();
        child.remove();
      } else if (isFurniture(child, length) || isDateBlock(child, length)) {
        child.remove();
      } else {
        prune(child, map);
      }
    } else {
      prune(child, map);
    }
    child = next;
  }
}

/** The last block of a subtree, descending through wrappers. */
function lastBlock(element: Element): Element | null {
  let last = element.lastElementChild;
  while (last !== null && textLength(last) === 0) last = last.previousElementSibling;
  return last;
}

/** Headings at the very end, their section gone ("More from UK", "Don't miss"). */
function dropTrailingHeadings(root: Element): void {
  for (;;) {
    let last = lastBlock(root);
    while (last !== null && !HEADING.has(last.localName.toLowerCase()) && last.children.length > 0) {
      const inner = lastBlock(last);
      if (inner === null) break;
      last = inner;
    }
    if (last === null || !HEADING.has(last.localName.toLowerCase())) return;
    last.remove();
  }
}

export function pruneArticleContent(root: Element, pageUrl?: string): void {
  for (const element of Array.from(root.querySelectorAll(REMOVED_TAGS))) element.remove();
  prune(root, mapProse(root, hostOf(pageUrl)));
  dropTrailingHeadings(root);
}
