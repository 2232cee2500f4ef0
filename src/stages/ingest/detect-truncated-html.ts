/**
 * Whether HTML looks cut off: the text ends inside a tag (an unmatched `<` after the last `>`), or a full page
 * (one that opens `<html>` or `<body>`) closes neither. Fragments without those tags are not judged by the latter.
 */
export function detectTruncatedHtml(html: string): boolean {
  const tail = html.slice(-4096).trimEnd();
  const lastOpen = tail.lastIndexOf("<");
  const lastClose = tail.lastIndexOf(">");
  if (lastOpen > lastClose && /^<\/?[a-z!]/i.test(tail.slice(lastOpen, lastOpen + 2))) return true;
  const head = html.slice(0, 8192);
  const isPage = /<html[\s>]/i.test(head) || /<body[\s>]/i.test(html);
  return isPage && !/<\/html\s*>/i.test(tail) && !/<\/body\s*>/i.test(html.slice(-65536));
}
