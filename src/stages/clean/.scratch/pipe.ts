import { readFileSync, readdirSync } from "node:fs";
import { parsePlainText } from "../../ingest/parse-plain-text.js";
import { createCleaner } from "../cleaner.js";
const dir = "/work/main/fixtures/geneva-2022-01/";
const raws = readdirSync(dir).map((f) => { const p = parsePlainText(readFileSync(dir + f, "utf8")); return { path: f, format: "text" as const, text: p.text, removed: p.removed, ...(p.title ? { title: p.title } : {}) }; });
const c = createCleaner();
for (const a of raws) c.observe(a);
for (const a of raws) {
  const x = c.clean(a);
  console.log("=====", a.path, "| raw title:", a.title, "| clean title:", x.title);
  for (const p of [...(a.removed ?? []), ...x.removed]) console.log("   -", p.reason, JSON.stringify(p.text.slice(0, 80)));
}
