import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { joinTokens, spacedWords, spansFromTags, type TokenizedDocument } from "./hipe2020.js";

/**
 * WikiNEuRal French test (or validation) sentences (silver PER/LOC/ORG/MISC), `sample` sentences taken at an even stride,
 * grouped `perDocument` at a time into pseudo-documents so the story-level agreement has some text to work on.
 */
export function loadWikineural(
  dataDir: string,
  sample: number,
  split: "test" | "val" = "test",
  perDocument = 10,
): { documents: TokenizedDocument[]; sentences: number; total: number } {
  const raw = gunzipSync(readFileSync(join(dataDir, "wikineural-fr", `${split}.conllu.gz`))).toString("utf8");
  const sentences = raw
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split("\n")
        .filter((line) => line.trim() !== "")
        .map((line) => line.split("\t")),
    )
    .filter((rows) => rows.length > 0);
  const stride = Math.max(1, Math.floor(sentences.length / sample));
  const chosen = sentences.filter((_, index) => index % stride === 0).slice(0, sample);
  const documents: TokenizedDocument[] = [];
  for (let offset = 0; offset < chosen.length; offset += perDocument) {
    const rows = chosen.slice(offset, offset + perDocument);
    const words: { text: string; spaceAfter: boolean }[] = [];
    const tags: string[] = [];
    for (const sentence of rows) {
      words.push(...spacedWords(sentence.map((row) => row[1]!)));
      tags.push(...sentence.map((row) => row[2] ?? "O"));
      words.at(-1)!.spaceAfter = true;
    }
    const { text, tokens } = joinTokens(words);
    // Sentences on lines of their own, so the segmenter does not join them.
    documents.push({ id: `wikineural-${offset}`, text, tokens, entities: spansFromTags(tags, (type) => type) });
  }
  return { documents, sentences: chosen.length, total: sentences.length };
}
