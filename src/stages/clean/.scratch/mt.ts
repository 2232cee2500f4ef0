import { readFileSync, readdirSync } from "node:fs";
import { cleanArticle } from "../cleaner.js";
import { detectMachineTranslation } from "../machine-translation.js";
const dir = "/work/main/fixtures/geneva-2022-01/";
for (const f of readdirSync(dir)) {
  const text = readFileSync(dir + f, "utf8").replace(/^\s*date \d{4}-\d{2}\s+/, "");
  const r = cleanArticle({ path: f, format: "text", text });
  const v = detectMachineTranslation(r.text, "fr");
  console.log("=====", f, v.likely);
  for (const s of v.signals) console.log("  -", s.kind, JSON.stringify(s.excerpt));
}
