import { readFileSync } from "node:fs";
import { join } from "node:path";

/** One gold entity: token range [first, last] and coarse type (PER, LOC, ORG, TIME, PROD). */
export interface GoldSpan {
  first: number;
  last: number;
  type: string;
}

/** One tokenised document, its text rebuilt with the tokens' offsets into it. */
export interface TokenizedDocument {
  id: string;
  text: string;
  tokens: { start: number; end: number }[];
  entities: GoldSpan[];
}

const NO_SPACE_BEFORE = /^[,.;:!?)\]}%»]$|^['’]/;
const NO_SPACE_AFTER = /^[([{«]$|['’]$/;

/**
 * Words given without their spacing (one token per line, as CoNLL files and Europeana's have them), each with the
 * space a French text puts after it: none before closing punctuation or after an elision or an opening bracket.
 */
export function spacedWords(words: readonly string[]): { text: string; spaceAfter: boolean }[] {
  return words.map((word, index) => {
    const next = words[index + 1];
    return {
      text: word,
      spaceAfter: !NO_SPACE_AFTER.test(word) && !(next !== undefined && NO_SPACE_BEFORE.test(next)),
    };
  });
}

/** Joins tokens into a text (space unless the next must stick), returning each token's offsets. */
export function joinTokens(words: readonly { text: string; spaceAfter: boolean }[]): {
  text: string;
  tokens: { start: number; end: number }[];
} {
  let text = "";
  const tokens = words.map((word, index) => {
    const start = text.length;
    text += word.text;
    const end = text.length;
    if (word.spaceAfter && index < words.length - 1) text += " ";
    return { start, end };
  });
  return { text, tokens };
}

/** BIO tags → spans; `I-` after a different type starts a new span. */
export function spansFromTags(tags: readonly string[], mapType: (type: string) => string): GoldSpan[] {
  const spans: GoldSpan[] = [];
  let open: GoldSpan | null = null;
  tags.forEach((tag, index) => {
    const [prefix, raw] = tag === "O" || tag === "_" ? ["O", ""] : [tag.slice(0, 1), tag.slice(2)];
    const type = mapType(raw);
    if (prefix === "I" && open !== null && open.type === type) {
      open.last = index;
      return;
    }
    if (open !== null) spans.push(open);
    open = prefix === "O" ? null : { first: index, last: index, type };
  });
  if (open !== null) spans.push(open);
  return spans;
}

/** HIPE-2020 French dev documents with their NE-COARSE-LIT spans (pers → PER, loc → LOC, org → ORG). */
export function loadHipe2020(dataDir: string): TokenizedDocument[] {
  const lines = readFileSync(join(dataDir, "hipe2020-fr-ner", "HIPE-data-v1.4-dev-fr.tsv"), "utf8").split("\n");
  const documents: TokenizedDocument[] = [];
  let id = "";
  let words: { text: string; spaceAfter: boolean }[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (words.length === 0) return;
    const { text, tokens } = joinTokens(words);
    documents.push({
      id,
      text,
      tokens,
      entities: spansFromTags(
        tags,
        (type) => ({ pers: "PER", loc: "LOC", org: "ORG", time: "TIME", prod: "PROD" })[type] ?? type.toUpperCase(),
      ),
    });
    words = [];
    tags = [];
  };
  for (const line of lines) {
    if (line.startsWith("# document_id")) {
      flush();
      id = line.split("=")[1]!.trim();
      continue;
    }
    if (line.startsWith("#") || line.startsWith("TOKEN\t") || line.trim() === "") continue;
    const columns = line.split("\t");
    const misc = columns[9] ?? "";
    words.push({ text: columns[0]!, spaceAfter: !misc.includes("NoSpaceAfter") });
    tags.push(columns[1]!);
  }
  flush();
  return documents;
}
