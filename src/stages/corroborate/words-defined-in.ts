const definedWords = new WeakMap<object, ReadonlySet<string>>();

/**
 * The words a word list written as a plain object defines (its own keys), as a set: looking a word of
 * the text up in an object is slow (the word is no property name the engine knows), and would also
 * find the names every object inherits ("constructor", "toString"). The list must not change afterwards.
 */
export function wordsDefinedIn(table: Readonly<Record<string, unknown>>): ReadonlySet<string> {
  let words = definedWords.get(table);
  if (words === undefined) {
    words = new Set(Object.keys(table).filter((word) => table[word] !== undefined));
    definedWords.set(table, words);
  }
  return words;
}
