import { readFileSync, readdirSync } from "node:fs";
import { cleanArticle } from "../cleaner.js";
const dir = "/work/main/fixtures/geneva-2022-01/";
for (const f of readdirSync(dir)) {
  let text = readFileSync(dir + f, "utf8");
  text = text.replace(/^\s*date \d{4}-\d{2}\s+/, "");
  const r = cleanArticle({ path: f, format: "text", text });
  console.log("=====", f, "TITLE:", r.title);
  for (const x of r.removed) console.log("  -", x.reason, JSON.stringify(x.text).slice(0, 140));
  console.log("  text starts:", JSON.stringify(r.text.slice(0, 150)));
  console.log("  text ends:", JSON.stringify(r.text.slice(-150)));
}
