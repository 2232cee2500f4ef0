const definedWords = new WeakMap<object, ReadonlySet<string>>();

/**
 * The words `table[word] !== undefined` holds for, as a set: its own entries, and the names it inherits
 * ("constructor", "toString"). Looking up a word of the text in an object is slow (the word is no property
 * name the engine knows); in a set it is quick. The table must not change afterwards.
 */
export function wordsDefinedIn(table: Readonly<Record<string, unknown>>): ReadonlySet<string> {
  let words = definedWords.get(table);
  if (words === undefined) {
    const found = new Set<string>();
    for (let owner: object | null = table; owner !== null; owner = Object.getPrototypeOf(owner))
      for (const name of Object.getOwnPropertyNames(owner)) if (table[name] !== undefined) found.add(name);
    words = found;
    definedWords.set(table, words);
  }
  return words;
}
