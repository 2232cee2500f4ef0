/** `record[key]`, answered from a Map; `keys` are the keys it answers anything but undefined for. */
export interface PlainLookup<T> {
  (key: string): T | undefined;
  keys: ReadonlySet<string>;
}

/** Marks a key named on the prototype chain: the object itself is asked. */
const INHERITED = Symbol("inherited");

/**
 * The answer `record[key]` gives, with arbitrary keys, read from a Map: indexing a plain object with
 * strings that are not interned literals is several times slower than a Map lookup. Keys named on the
 * object's prototype chain ("constructor", "toString") answer what the object answers, as before, so
 * the readings stay the same (see the note in extract-quantities.ts).
 */
export function plainLookup<T>(record: Readonly<Record<string, T>>): PlainLookup<T> {
  const answers = new Map<string, T | typeof INHERITED>(Object.entries(record));
  for (
    let prototype = Object.getPrototypeOf(record);
    prototype !== null;
    prototype = Object.getPrototypeOf(prototype)
  ) {
    for (const name of Object.getOwnPropertyNames(prototype)) if (!answers.has(name)) answers.set(name, INHERITED);
  }
  const lookup = (key: string): T | undefined => {
    const answer = answers.get(key);
    return answer === INHERITED ? record[key] : answer;
  };
  return Object.assign(lookup, { keys: new Set(answers.keys()) });
}
