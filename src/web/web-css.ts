import { DOSSIER_CSS } from "../render/html-page.js";

/** The web pages' stylesheet (served at /assets/recoupe.css): the dossier's, plus the site's frame. */
export const WEB_CSS = `${DOSSIER_CSS}
.site{background:#10243e;color:#fff}.site .bar{max-width:980px;margin:0 auto;padding:.6rem 1rem;display:flex;flex-wrap:wrap;gap:.6rem 1rem;align-items:center}
.site a.brand{color:#fff;font-weight:700;font-size:1.15rem;text-decoration:none;letter-spacing:.02em}.site a.brand span{color:#8cc4ff}
.site nav{display:flex;gap:1rem;flex:1}.site nav a{color:#dbe9f8;text-decoration:none}.site nav a:hover{text-decoration:underline}
.site form{display:flex;gap:.3rem}.site input[type=search]{width:14rem;max-width:50vw}
input,select,button{font:inherit;padding:.3rem .5rem;border:1px solid var(--line);border-radius:.4rem;background:#fff;color:var(--ink)}button{background:var(--accent);color:#fff;border-color:var(--accent);cursor:pointer}
.crumbs{font-size:.9rem;margin:.3rem 0 .8rem}.crumbs a{text-decoration:none}
.controls{display:flex;flex-wrap:wrap;gap:.5rem 1.2rem;align-items:center;margin:.5rem 0 1rem;padding:.6rem .8rem;background:var(--soft);border:1px solid var(--line);border-radius:.5rem}
.controls .sort a,.controls .sort strong{margin-right:.6rem}.controls form{display:flex;gap:.4rem;align-items:center;flex-wrap:wrap}
ol.stories{list-style:none;padding:0;margin:0}ol.stories>li{border:1px solid var(--line);border-radius:.6rem;padding:.7rem .9rem;margin:.7rem 0}
ol.stories h2{border:0;margin:0 0 .2rem;padding:0;font-size:1.15rem}ol.stories h2 a{text-decoration:none}
.chips{display:flex;flex-wrap:wrap;gap:.3rem;margin:.35rem 0 0;padding:0;list-style:none}.chips li{margin:0;padding:0 .5rem;border-radius:1rem;background:#eaf2fb;color:#0d3d6e;font-size:.85rem}
.outlets{font-weight:700;color:var(--ok)}.pager{display:flex;justify-content:space-between;align-items:center;margin:1rem 0;gap:1rem}
.story>h2{border-top:0;margin-top:.3rem;padding-top:0;font-size:1.6rem}
.summary{padding-left:0;list-style:none;counter-reset:summary}.summary li{position:relative;padding:.45rem .6rem .45rem 2.2rem;margin:.35rem 0;background:#f8fbff;border:1px solid #e3ecf6;border-radius:.5rem;counter-increment:summary}
.summary li::before{content:counter(summary);position:absolute;left:.6rem;top:.45rem;font-weight:700;color:var(--accent)}
a.badge:hover,a.badge:focus{background:var(--accent);color:#fff;border-color:var(--accent)}
.article-text{max-width:70ch;font-size:1.05rem;line-height:1.7}.article-text p{margin:0 0 1rem}
mark[id]{scroll-margin-top:35vh}mark,.swatch{padding:0 .1em;border-radius:.2em}mark.focus,.swatch.focus{background:#ffd84d;box-shadow:0 0 0 2px #e0a800}mark.dossier,.swatch.dossier{background:#fff3b0}
.legend{font-size:.9rem;color:var(--muted)}.boilerplate{margin-top:2rem;padding:.6rem .9rem;border:1px dashed var(--line);border-radius:.5rem;background:var(--soft);color:var(--muted);font-size:.92rem}
.boilerplate h2{border:0;margin:0 0 .4rem;padding:0;font-size:1rem}.boilerplate .reason{display:inline-block;min-width:9rem;font-family:ui-monospace,monospace;font-size:.8rem}
.hits{list-style:none;padding:0}.hits li{border-bottom:1px solid var(--line);padding:.6rem 0}.hits .snippet{margin:.2rem 0}
.empty{padding:1rem;border:1px dashed var(--line);border-radius:.5rem;color:var(--muted)}
ul.entities{display:flex;flex-wrap:wrap;gap:.35rem;list-style:none;padding:0}ul.entities li{margin:0;padding:.1rem .55rem;border:1px solid var(--line);border-radius:.5rem;background:#fff}
.speakers{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:0 1.5rem}.speaker{min-width:0}
.toc{display:flex;flex-wrap:wrap;gap:.3rem .8rem;font-size:.9rem;margin:.4rem 0 0}
@media (max-width:600px){.site input[type=search]{width:9rem}.story>h2{font-size:1.3rem}.summary li{padding-left:1.9rem}}
`;
