// Helpers shared by the clean stage's tests (not part of the stage's API).
import assert from "node:assert/strict";
import type { RawArticle, RemovalReason } from "../../domain/article.js";
import { cleanArticle, normalizeText } from "./index.js";

/** A plain-text raw article, as ingest would give it. */
/** Two paragraphs of article text, for tests that add furniture to it and check only the furniture goes. */
export const ARTICLE_BODY =
  "Les bombardements ont repris dans la nuit sur Tripoli, selon des témoins joints par téléphone.\n\n" +
  "Le porte-parole du gouvernement a démenti toute victime civile lors d'une conférence de presse.";

export const raw = (text: string, extra: Partial<RawArticle> = {}): RawArticle => ({
  path: "test.txt",
  format: "text",
  text,
  ...extra,
});

/** What cleaning removes from `text`, as [reason, text] pairs. */
export const removedAs = (text: string, extra: Partial<RawArticle> = {}): Array<[RemovalReason, string]> =>
  cleanArticle(raw(text, extra)).removed.map((piece) => [piece.reason, piece.text]);

/** Nothing lost: the normalised input's words are the cleaned text's plus the removed pieces'. */
export function assertNothingLost(input: RawArticle): void {
  const cleaned = cleanArticle(input);
  const words = (text: string): string[] => text.split(/\s+/).filter((word) => word !== "");
  const before = words(normalizeText(input.text)).sort();
  const after = [...words(cleaned.text), ...cleaned.removed.flatMap((piece) => words(piece.text))].sort();
  assert.deepEqual(after, before);
  assert.equal(normalizeText(cleaned.text), cleaned.text, "cleaned text is normalised");
}
