/**
 * Text of a DOM subtree as a reader sees it: block elements become paragraphs separated by "\n\n",
 * `<br>` a line break inside a paragraph (two in a row a paragraph break), ASCII whitespace collapsed
 * as HTML renders it (no-break spaces are kept), `<pre>` kept verbatim.
 */

const BLOCK_TAGS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "caption",
  "center",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "li",
  "main",
  "menu",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
  "legend",
  "option",
]);

/** Elements whose content is never text a reader sees. */
export const NON_TEXT_TAGS = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "canvas",
  "iframe",
  "object",
  "embed",
  "video",
  "audio",
  "head",
  "title",
  "meta",
  "link",
  "button",
  "select",
  "textarea",
  "input",
  "map",
  "picture",
  "source",
  "track",
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

interface Walker {
  paragraphs: string[];
  buffer: string;
}

function flush(walker: Walker): void {
  if (walker.buffer.length === 0) return;
  for (const paragraph of walker.buffer.split(/\n[ \t]*\n/)) {
    const lines = paragraph
      .split("\n")
      .map((line) => line.replace(/[ \t\r\f]+/g, " ").trim())
      .filter((line) => line.length > 0);
    if (lines.length > 0) walker.paragraphs.push(lines.join("\n"));
  }
  walker.buffer = "";
}

function walk(node: Node, walker: Walker, preformatted: boolean): void {
  if (node.nodeType === TEXT_NODE) {
    const value = node.nodeValue ?? "";
    walker.buffer += preformatted ? value.replace(/\r\n?/g, "\n") : value.replace(/[ \t\n\r\f]+/g, " ");
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const tag = (node as Element).localName?.toLowerCase() ?? "";
  if (NON_TEXT_TAGS.has(tag)) return;
  if (tag === "br") {
    walker.buffer += "\n";
    return;
  }
  const block = BLOCK_TAGS.has(tag);
  if (block) flush(walker);
  const pre = preformatted || tag === "pre" || tag === "textarea";
  for (let child = node.firstChild; child !== null; child = child.nextSibling) walk(child, walker, pre);
  if (block) flush(walker);
}

/** The paragraphs of a subtree, in document order. */
export function htmlToParagraphs(root: Node): string[] {
  const walker: Walker = { paragraphs: [], buffer: "" };
  walk(root, walker, false);
  flush(walker);
  return walker.paragraphs;
}

/** The text of a subtree, paragraphs separated by a blank line. */
export function htmlToText(root: Node): string {
  return htmlToParagraphs(root).join("\n\n");
}
