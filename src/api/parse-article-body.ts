import type { ErrorDetail } from "./api-error.js";
import { type ArticleInput, ArticleInputSchema } from "./article-input.js";

/** Where one item sat in the body: its line (JSON Lines) or its index (JSON array); a single object is index 0. */
export type ItemPosition = { line: number } | { index: number };

export interface ParsedArticleBody {
  items: { position: ItemPosition; input: ArticleInput }[];
  /** Every bad item (or the whole body) with the reason; empty when the body is good. */
  errors: ErrorDetail[];
}

const JSON_LINES_TYPES = [
  "application/x-ndjson",
  "application/jsonl",
  "application/x-jsonlines",
  "application/json-lines",
  "application/jsonlines",
];

/** True when the Content-Type names JSON Lines. */
export function isJsonLines(contentType: string | undefined): boolean {
  const mediaType = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  return JSON_LINES_TYPES.includes(mediaType);
}

function lineOfPosition(text: string, message: string): number | undefined {
  const match = /at position (\d+)/.exec(message);
  if (match === null) return undefined;
  return text.slice(0, Number(match[1])).split("\n").length;
}

function parseItem(value: unknown, position: ItemPosition, parsed: ParsedArticleBody): void {
  const result = ArticleInputSchema.safeParse(value);
  if (result.success) parsed.items.push({ position, input: result.data });
  else {
    for (const issue of result.error.issues) {
      const field = issue.path.join(".");
      const message = field === "" ? issue.message : `"${field}" ${issue.message.replace(/^Invalid input: /, "")}`;
      parsed.errors.push({ ...position, ...(field !== "" ? { field } : {}), message });
    }
  }
}

/**
 * Reads a `POST /api/articles` body: one JSON object, a JSON array of them, or JSON Lines (one object
 * a line, blank lines skipped) when the Content-Type says so. Every item is validated; all errors are
 * collected, each naming its line or index, so a client can fix them in one go.
 */
export function parseArticleBody(text: string, contentType: string | undefined): ParsedArticleBody {
  const parsed: ParsedArticleBody = { items: [], errors: [] };
  if (text.trim() === "") {
    parsed.errors.push({ message: "the body is empty: send a JSON article object, an array of them, or JSON Lines" });
    return parsed;
  }
  if (isJsonLines(contentType)) {
    text.split("\n").forEach((raw, index) => {
      const line = index + 1;
      if (raw.trim() === "") return;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (error) {
        parsed.errors.push({ line, message: `not valid JSON: ${(error as Error).message}` });
        return;
      }
      parseItem(value, { line }, parsed);
    });
    return parsed;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const line = lineOfPosition(text, message);
    const hint =
      text.trimStart().startsWith("{") && text.trim().includes("\n{")
        ? " (for JSON Lines, send Content-Type: application/x-ndjson)"
        : "";
    parsed.errors.push({
      ...(line !== undefined ? { line } : {}),
      message: `the body is not valid JSON: ${message}${hint}`,
    });
    return parsed;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) parsed.errors.push({ message: "the array is empty: send at least one article" });
    value.forEach((item, index) => {
      parseItem(item, { index }, parsed);
    });
  } else {
    parseItem(value, { index: 0 }, parsed);
  }
  return parsed;
}
