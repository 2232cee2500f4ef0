import { escapeHtml } from "./escape-html.js";

/** The dossier's stylesheet: inline, no CDN, readable on a phone. */
export const DOSSIER_CSS = `
:root{--ink:#1b1f24;--muted:#5b6470;--line:#d9dee4;--accent:#0b5cad;--ok:#1a7f37;--warn:#9a6700;--bad:#cf222e;--bg:#fff;--soft:#f6f8fa}
*{box-sizing:border-box}body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
main{max-width:980px;margin:0 auto;padding:1rem}h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.3rem;margin:2rem 0 .5rem;border-top:1px solid var(--line);padding-top:1rem}
h3{font-size:1.05rem;margin:1.5rem 0 .5rem;color:var(--muted);text-transform:uppercase;letter-spacing:.03em}
a{color:var(--accent)}.meta{color:var(--muted);font-size:.9rem}.badge{display:inline-block;min-width:1.6em;padding:0 .35em;margin:0 .1em;border-radius:.4em;background:var(--soft);border:1px solid var(--line);font-size:.8rem;text-align:center;text-decoration:none;color:var(--ink)}
.badge.mt{border-color:var(--warn);color:var(--warn)}ul{padding-left:1.2rem}li{margin:.3rem 0}
table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{border:1px solid var(--line);padding:.35rem .5rem;vertical-align:top;text-align:left}th{background:var(--soft)}
.num{text-align:center;font-weight:600}.card{border:1px solid var(--line);border-left:4px solid var(--warn);border-radius:.5rem;padding:.6rem .8rem;margin:.6rem 0;background:#fffdf7}
.card .side{margin:.3rem 0}.value{font-weight:600}.card .about{margin:0 0 .4rem}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(240px,1fr));gap:.4rem 1rem}.side .value{display:inline-block;padding:0 .55rem;border-radius:1rem;background:#fde8b0;color:#5c3d00}blockquote{margin:.2rem 0;padding-left:.7rem;border-left:3px solid var(--line);color:var(--ink)}
.supports{color:var(--ok)}.contradicts{color:var(--bad);font-weight:700}.omits{color:var(--muted)}.reported{font-style:italic;color:var(--warn);font-size:.85rem}
mark{background:#fff3b0}.speaker h4{margin:.8rem 0 .2rem;font-size:1rem}.speaker .quotes{margin:.2rem 0}.variants{padding-left:1rem;margin:.1rem 0}.variants li{margin:.1rem 0}.removed{color:var(--muted);font-size:.9rem}.scroll{overflow-x:auto}
@media (max-width:600px){body{font-size:15px}main{padding:.6rem}th,td{padding:.25rem}}
`;

/** A complete standalone HTML page. `body` must already be escaped HTML. */
export function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>${DOSSIER_CSS}</style></head>
<body><main>
${body}
</main></body></html>
`;
}
