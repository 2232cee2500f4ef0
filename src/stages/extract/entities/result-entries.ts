import { RESULT_COUNTRY_CODES } from "../../../language-data/country-codes.js";
import type { Candidate } from "./candidate.js";
import type { GazetteerEntry } from "./gazetteer.js";

/** What a results line says of two names: "Olano (Esp)" is a person, then the country they compete for. */
export interface ResultEntries {
  /** Candidates followed by a country code in brackets: people. */
  people: Set<Candidate>;
  /** Candidates that are such a code, with the country they stand for (its gazetteer entry). */
  countries: Map<Candidate, GazetteerEntry>;
}

/** A rank opening an entry of results, right before a name: "12. ", "3) ". */
const RANK_BEFORE = /(?:^|[\s:;,.])\d{1,3}[.)] $/;
/** Whether `code` is the initials of `name`: "International Tin Agreement (ITA)" defines an acronym. */
function abbreviates(code: string, name: string): boolean {
  const initials = name
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join("");
  return initials.length >= 2 && initials.startsWith(code.toUpperCase());
}

/** Entries with a country code an article needs to be a list of results (and its other ranked names people). */
const MIN_CODED_ENTRIES = 2;

/**
 * The entries of results in one article's candidates (in text order): a name, then a country's code alone in
 * brackets right after it ("1. Olano (Esp) 47'07\"", "Tadej Pogacar (SLO)"). The code is the country, the name a
 * person, however little else the text says of them (a bare surname opening a ranked line). An article with two
 * such entries or more is a list of results, where a name right after a rank is a person too ("Puis les autres
 * Suisses : 12. Camenzind. 23. Huser."); one alone is not ("Vice-president of Cargill (USA)"), nor an acronym
 * defined after its name ("International Tin Agreement (ITA)").
 */
export function resultEntries(candidates: readonly Candidate[], text: string): ResultEntries {
  const entries: ResultEntries = { people: new Set(), countries: new Map() };
  for (let k = 1; k < candidates.length; k++) {
    const code = candidates[k]!;
    const country = Object.hasOwn(RESULT_COUNTRY_CODES, code.text) ? RESULT_COUNTRY_CODES[code.text] : undefined;
    if (country === undefined || text[code.start - 1] !== "(" || text[code.end] !== ")") continue;
    const name = candidates[k - 1]!;
    if (!/^ ?\($/.test(text.slice(name.end, code.start)) || abbreviates(code.text, name.name)) continue;
    entries.people.add(name);
    entries.countries.set(code, { id: country, type: "place" });
  }
  // One name with a code in brackets is no list of results ("Vice-president of Cargill (USA)").
  if (entries.people.size < MIN_CODED_ENTRIES) return { people: new Set(), countries: new Map() };
  for (const candidate of candidates) {
    if (
      !entries.countries.has(candidate) &&
      RANK_BEFORE.test(text.slice(Math.max(0, candidate.start - 6), candidate.start))
    )
      entries.people.add(candidate);
  }
  return entries;
}
