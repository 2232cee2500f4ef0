/** Elements that never hold children, and those whose end tag the parser implies (a new `<p>` closes the last). */
const NOT_NESTING = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
  "p",
  "li",
  "dt",
  "dd",
  "option",
  "optgroup",
  "tr",
  "td",
  "th",
  "thead",
  "tbody",
  "tfoot",
  "colgroup",
  "rb",
  "rt",
  "rp",
  "html",
  "head",
  "body",
]);

const SKIPPED = /<!--[\s\S]*?(?:-->|$)|<(script|style|textarea|title)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g;

/**
 * How deep the elements of a page nest, estimated in one linear scan of the markup, without building
 * a DOM: comments and script/style contents skipped, void elements and those with implied end tags
 * not counted. Stops counting past `limit` (the answer is then `limit + 1`).
 *
 * The HTML parser and Readability take time growing much faster than the depth (100,000 nested
 * `<div>`s take minutes and exhaust the stack), so a page is measured before it is parsed.
 */
export function htmlNestingDepth(html: string, limit = Number.POSITIVE_INFINITY): number {
  const markup = html.replace(SKIPPED, "");
  let depth = 0;
  let deepest = 0;
  for (const match of markup.matchAll(TAG)) {
    const name = match[2]!.toLowerCase();
    if (NOT_NESTING.has(name) || match[3] === "/") continue;
    if (match[1] === "/") depth = Math.max(0, depth - 1);
    else {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return limit + 1;
    }
  }
  return deepest;
}
