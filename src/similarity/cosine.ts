import type { TermVector } from "./term-vector.js";

/** Dot product of two vectors; their cosine when both are unit length (as `weightVector` makes them). */
export function cosine(a: TermVector, b: TermVector): number {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  let dot = 0;
  // `forEach`, not `for…of`: no [term, weight] array per entry (this runs for every pair of sentences compared).
  small.forEach((weight, term) => {
    const other = large.get(term);
    if (other !== undefined) dot += weight * other;
  });
  return dot;
}
