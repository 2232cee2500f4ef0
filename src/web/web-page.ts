import { escapeHtml as h } from "../render/escape-html.js";

/**
 * A complete page of the web dossier: the site bar (home, search) around `body`, which must already be
 * escaped HTML. Styles come from /assets/recoupe.css; no script, so the pages work without JavaScript
 * under a Content-Security-Policy that forbids scripts.
 */
export function webPage(title: string, body: string, options: { query?: string } = {}): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${h(title)} · recoupe</title><link rel="stylesheet" href="/assets/recoupe.css"><link rel="icon" href="/favicon.svg" type="image/svg+xml"></head>
<body><header class="site"><div class="bar"><a class="brand" href="/">re<span>coupe</span></a>
<nav><a href="/">Stories</a><a href="/api/openapi.json">API</a></nav>
<form action="/search" method="get" role="search"><input type="search" name="q" value="${h(options.query ?? "")}" placeholder="Search articles" aria-label="Search articles"><button type="submit">Search</button></form></div></header>
<main>
${body}
</main></body></html>
`;
}
