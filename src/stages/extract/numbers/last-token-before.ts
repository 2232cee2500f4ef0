import type { Token } from "../../../domain/text.js";

/** Index of the last token from `from` on that ends at or before `offset` (`from` itself when the next one does not). */
export function lastTokenBefore(tokens: readonly Token[], from: number, offset: number): number {
  let index = from;
  while (tokens[index + 1] !== undefined && tokens[index + 1]!.end <= offset) index++;
  return index;
}
