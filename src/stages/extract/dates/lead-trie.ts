import { ANY_APOSTROPHE, ANY_SPACE, caseFoldClasses } from "./code-unit-classes.js";

/**
 * How a match of a pattern can begin: with one of `phrases` (case-insensitively, white space and
 * apostrophes as `phrasePattern` writes them), then, when `followedBy` is given, after optional white space
 * (and nothing else) one of the `followedBy` phrases.
 */
export interface Lead {
  phrases: readonly string[];
  followedBy?: readonly string[] | undefined;
}

/**
 * The patterns that can match at a position, found by walking the text there through a trie of their
 * leads: a pattern is a candidate when one of its lead phrases is written there in full and, for a lead
 * with `followedBy`, the next word can begin one of those phrases. Patterns without leads are candidates
 * everywhere. A necessary condition only: the candidates are then tried with their own pattern.
 */
export interface LeadTrie {
  /**
   * Writes into `out` the candidate patterns at `position` (a pattern may come more than once) and
   * returns how many; `out` must hold `capacity` entries.
   */
  candidates(text: string, position: number, out: Int32Array): number;
  /** The most candidates one position can give. */
  capacity: number;
}

/** The characters of `phrase` as the patterns match them: a white-space run as one ANY_SPACE. */
function leadCharacters(phrase: string): string[] {
  const characters: string[] = [];
  for (const character of phrase) {
    if (/\s/.test(character)) {
      if (characters[characters.length - 1] !== ANY_SPACE) characters.push(ANY_SPACE);
    } else characters.push(/['’]/.test(character) ? ANY_APOSTROPHE : character);
  }
  return characters;
}

/** A lead the trie can hold: not empty, every character one code unit. */
const usable = (characters: readonly string[]): boolean =>
  characters.length > 0 && characters.every((character) => character.length === 1);

/** The trie of the leads of each pattern (null: a pattern tried at every word, as are unusable leads). */
export function createLeadTrie(leadsOfPatterns: readonly (readonly Lead[] | null)[]): LeadTrie {
  const everywhere: number[] = [];
  const entries: { pattern: number; characters: string[]; followedBy: string[] | null }[] = [];
  leadsOfPatterns.forEach((leads, pattern) => {
    const expanded = (leads ?? []).flatMap((lead) => {
      const firsts = (lead.followedBy ?? []).map((phrase) => leadCharacters(phrase)[0]);
      const followedBy =
        lead.followedBy === undefined ||
        firsts.some((first) => first === undefined || first === ANY_SPACE || first.length > 1)
          ? null
          : (firsts as string[]);
      return lead.phrases.map((phrase) => ({ pattern, characters: leadCharacters(phrase), followedBy }));
    });
    if (leads === null || expanded.some((entry) => !usable(entry.characters))) everywhere.push(pattern);
    else entries.push(...expanded);
  });
  const alphabet = new Set<string>();
  for (const entry of entries)
    for (const character of [...entry.characters, ...(entry.followedBy ?? [])]) alphabet.add(character);
  const { ids, count } = caseFoldClasses(alphabet);
  const space = ids[ANY_SPACE.charCodeAt(0)]!;
  const children: number[] = new Array<number>(count).fill(-1);
  const endings: { pattern: number; followedBy: string[] | null }[][] = [[]];
  for (const entry of entries) {
    let node = 0;
    for (const character of entry.characters) {
      const slot = node * count + ids[character.charCodeAt(0)]!;
      if (children[slot] === -1) {
        children[slot] = endings.length;
        endings.push([]);
        for (let index = 0; index < count; index++) children.push(-1);
      }
      node = children[slot]!;
    }
    endings[node]!.push({ pattern: entry.pattern, followedBy: entry.followedBy });
  }
  // Flat, typed tables: the patterns whose lead ends at node n are terminalPattern[firstTerminal[n] ..
  // firstTerminal[n + 1]), each with its row of allowed next classes in `allowed` (row 0 allows all).
  const child = Int32Array.from(children);
  const firstTerminal = new Int32Array(endings.length + 1);
  const terminalPattern: number[] = [];
  const terminalRow: number[] = [];
  const allowed: number[] = new Array<number>(count).fill(1);
  endings.forEach((ending, node) => {
    firstTerminal[node] = terminalPattern.length;
    for (const { pattern, followedBy } of ending) {
      terminalPattern.push(pattern);
      if (followedBy === null) {
        terminalRow.push(0);
        continue;
      }
      const row = allowed.length / count;
      const classes = new Array<number>(count).fill(0);
      for (const first of followedBy) classes[ids[first.charCodeAt(0)]!] = 1;
      allowed.push(...classes);
      terminalRow.push(row);
    }
  });
  firstTerminal[endings.length] = terminalPattern.length;
  const patterns = Int32Array.from(terminalPattern);
  const rows = Int32Array.from(terminalRow);
  const allows = Uint8Array.from(allowed);
  const capacity = everywhere.length + patterns.length;
  return {
    capacity,
    candidates(text, position, out) {
      let found = 0;
      for (const pattern of everywhere) out[found++] = pattern;
      const length = text.length;
      let node = 0;
      let at = position;
      while (at < length) {
        const id = ids[text.charCodeAt(at)]!;
        if (id === 0) break;
        node = child[node * count + id]!;
        if (node < 0) break;
        at++;
        if (id === space) while (at < length && ids[text.charCodeAt(at)] === space) at++;
        const last = firstTerminal[node + 1]!;
        let terminal = firstTerminal[node]!;
        if (terminal === last) continue;
        let next = at;
        while (next < length && ids[text.charCodeAt(next)] === space) next++;
        const following = next < length ? ids[text.charCodeAt(next)]! : 0;
        for (; terminal < last; terminal++) {
          if (allows[rows[terminal]! * count + following] === 1) out[found++] = patterns[terminal]!;
        }
      }
      return found;
    },
  };
}
