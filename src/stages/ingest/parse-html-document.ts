import { parseHTML } from "linkedom";

/**
 * linkedom does not build the implied `<html>`/`<body>` of a fragment the way a browser does (a bare `<p>` becomes
 * the document element, content after `</head>` with no `<body>` is lost), so the markup is given that shape first.
 */
function withDocumentShape(html: string): string {
  const source = html.replace(/^\uFEFF/, "");
  const hasBody = /<body[\s>]/i.test(source);
  const hasHtml = /<html[\s>]/i.test(source);
  if (hasBody && hasHtml) return source;
  if (hasBody) return `<html>${source}</html>`;
  const headEnd = /<\/head\s*>/i.exec(source);
  if (hasHtml && headEnd !== null) {
    const at = headEnd.index + headEnd[0].length;
    const rest = source.slice(at).replace(/<\/html\s*>\s*$/i, "");
    return `${source.slice(0, at)}<body>${rest}</body></html>`;
  }
  const body = source.replace(/^\s*<!doctype[^>]*>/i, "").replace(/<\/?html[^>]*>/gi, "");
  return `<!DOCTYPE html><html><head></head><body>${body}</body></html>`;
}

/** A DOM `Document` for any HTML, full page or fragment. */
export function parseHtmlDocument(html: string): Document {
  return parseHTML(withDocumentShape(html)).document as unknown as Document;
}
