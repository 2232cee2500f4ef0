import type { Token } from "../../../domain/text.js";

/** Token lists known to be in text order (by start): those can be searched by halves. */
const ordered = new WeakMap<readonly Token[], boolean>();

function inTextOrder(tokens: readonly Token[]): boolean {
  let known = ordered.get(tokens);
  if (known === undefined) {
    known = tokens.every((token, index) => index === 0 || tokens[index - 1]!.start <= token.start);
    ordered.set(tokens, known);
  }
  return known;
}

/** Index of the first token starting at or after `offset` (`tokens.length` when none does). */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  if (!inTextOrder(tokens)) {
    const index = tokens.findIndex((token) => token.start >= offset);
    return index < 0 ? tokens.length : index;
  }
  let [low, high] = [0, tokens.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (tokens[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The tokens lying wholly between `from` and `to`, in order: `tokens.filter(t => t.start >= from && t.end <= to)`. */
export function tokensWithin(tokens: readonly Token[], from: number, to: number): Token[] {
  if (!inTextOrder(tokens)) return tokens.filter((token) => token.start >= from && token.end <= to);
  const within: Token[] = [];
  for (let index = firstTokenFrom(tokens, from); index < tokens.length && tokens[index]!.start <= to; index++) {
    const token = tokens[index]!;
    if (token.end <= to) within.push(token);
  }
  return within;
}
