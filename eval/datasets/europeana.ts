import { readFileSync } from "node:fs";
import { join } from "node:path";
import { joinTokens, spacedWords, spansFromTags, type TokenizedDocument } from "./hipe2020.js";

/**
 * Europeana Newspapers' French NER corpus (BnF: OCR'd newspapers of 1906–1910, hand-tagged PER/LOC/ORG, IOB1: an
 * `I-` after `O` opens an entity, `B-` only between two adjacent ones), one token per line with no sentence or page
 * breaks (the page ranges in `enp_FR.bnf.md` stop at line 82,492). The token stream is cut into pseudo-documents of
 * about `perDocument` tokens, each ending after a full stop, so the story-level agreement has a page's worth of text.
 */
export function loadEuropeana(dataDir: string, perDocument = 2000): { documents: TokenizedDocument[]; tokens: number } {
  const rows = readFileSync(join(dataDir, "europeana-ner-fr", "enp_FR.bnf.bio"), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => {
      const space = line.lastIndexOf(" ");
      return space < 0 ? { word: line, tag: "O" } : { word: line.slice(0, space), tag: line.slice(space + 1) };
    });
  const documents: TokenizedDocument[] = [];
  let start = 0;
  while (start < rows.length) {
    let end = Math.min(rows.length, start + perDocument);
    while (end < rows.length && rows[end - 1]!.word !== ".") end++;
    const chunk = rows.slice(start, end);
    const { text, tokens } = joinTokens(spacedWords(chunk.map((row) => row.word)));
    documents.push({
      id: `europeana-${start}`,
      text,
      tokens,
      entities: spansFromTags(
        chunk.map((row) => row.tag),
        (type) => type,
      ),
    });
    start = end;
  }
  return { documents, tokens: rows.length };
}
