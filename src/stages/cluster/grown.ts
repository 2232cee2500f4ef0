/** A copy of `array` (zeros beyond it) of at least `length` entries, doubling. */
export function grown<T extends Int32Array | Float64Array | Uint8Array>(array: T, length: number): T {
  if (length <= array.length) return array;
  const copy = new (array.constructor as new (size: number) => T)(Math.max(length, array.length * 2));
  copy.set(array);
  return copy;
}
