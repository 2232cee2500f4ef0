/**
 * A bounded memo of a string → string function: news text repeats the same few tens of thousands of
 * words, so stemming or folding each distinct word once is most of the work saved. When full, the
 * memo starts afresh (cheap, and keeps memory bounded on endless streams).
 */
export function memoizeWord<T>(compute: (word: string) => T, capacity = 200_000): (word: string) => T {
  let memo = new Map<string, T>();
  return (word: string): T => {
    let value = memo.get(word);
    if (value === undefined) {
      value = compute(word);
      if (memo.size >= capacity) memo = new Map();
      memo.set(word, value);
    }
    return value;
  };
}
