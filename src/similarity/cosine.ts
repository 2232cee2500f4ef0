import type { TermVector } from "./term-vector.js";

/** Dot product of two vectors; their cosine when both are unit length (as `weightVector` makes them). */
export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) dot += weight * other;
  }
  return dot;
}
