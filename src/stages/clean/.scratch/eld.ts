import { eld } from "eld/medium";
import { readFileSync, readdirSync } from "node:fs";
import { segmentText } from "../../segment/index.js";
const dir = "/work/main/fixtures/geneva-2022-01/";
for (const f of readdirSync(dir)) {
  const text = readFileSync(dir + f, "utf8");
  const seg = segmentText(text, "fr");
  console.log("==", f, seg.sentences.length);
  for (const s of seg.sentences) {
    const t = text.slice(s.start, s.end);
    const r = eld.detect(t);
    const sc = r.getScores() as Record<string, number>;
    const top = Object.entries(sc).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => k + ":" + v.toFixed(3)).join(" ");
    if (r.language !== "fr" || (sc.fr ?? 0) < 0.9 * Math.max(...Object.values(sc))) console.log(r.language, r.isReliable(), top, "|", t.slice(0, 120));
  }
}
