import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

export interface AadsChapter {
  id: string;
  text: string;
  /** Character spans of direct speech. */
  speech: { start: number; end: number }[];
}

/** AADS-French chapters of one split, with their direct-speech spans. */
export function loadAads(dataDir: string, split: "train" | "val" | "test"): AadsChapter[] {
  const raw = gunzipSync(
    readFileSync(join(dataDir, "aads-french-direct-speech", "aggregated_corpus.json.gz")),
  ).toString("utf8");
  const corpus = JSON.parse(raw) as Record<
    string,
    { text: string; labels: string | [number, number][]; split: string }
  >;
  return Object.entries(corpus)
    .filter(([, chapter]) => chapter.split === split)
    .map(([id, chapter]) => {
      const labels = (typeof chapter.labels === "string" ? JSON.parse(chapter.labels) : chapter.labels) as [
        number,
        number,
      ][];
      return { id, text: chapter.text, speech: labels.map(([start, end]) => ({ start, end })) };
    });
}
