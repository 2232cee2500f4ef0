/**
 * A bounded memo of a string → string function: news text repeats the same few tens of thousands of
 * words, so stemming or folding each distinct word once is most of the work saved.
 *
 * Two generations keep memory bounded (at most `capacity` words) without forgetting the frequent
 * words: when the current map holds half of them it becomes the previous one and a new map starts; a
 * word found only in the previous map is moved into the current one instead of being computed again.
 */
export function memoizeWord<T>(compute: (word: string) => T, capacity = 200_000): (word: string) => T {
  const generation = Math.max(1, capacity >> 1);
  let current = new Map<string, T>();
  let previous = new Map<string, T>();
  return (word: string): T => {
    let value = current.get(word);
    if (value === undefined) {
      value = previous.get(word);
      if (value === undefined) value = compute(word);
      if (current.size >= generation) {
        previous = current;
        current = new Map();
      }
      current.set(word, value);
    }
    return value;
  };
}
