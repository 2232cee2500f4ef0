/** `record[key]` for the record's own keys, answered from a Map; `keys` are those keys. */
export interface PlainLookup<T> {
  (key: string): T | undefined;
  keys: ReadonlySet<string>;
}

/**
 * A word list written as a plain object, read through a Map: indexing an object with strings that
 * are not interned literals is several times slower, and a Map answers only the list's own words, so
 * a word named on `Object.prototype` ("constructor", "toString") is no number word.
 */
export function plainLookup<T>(record: Readonly<Record<string, T>>): PlainLookup<T> {
  const answers = new Map<string, T>(Object.entries(record));
  const lookup = (key: string): T | undefined => answers.get(key);
  return Object.assign(lookup, { keys: new Set(answers.keys()) });
}
