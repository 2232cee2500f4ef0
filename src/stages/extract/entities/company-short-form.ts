import { COMPANY_LEGAL_FORMS } from "../../../language-data/organization-cues.js";
import { sharesPlaceStem } from "./gazetteer.js";
import { nameKey } from "./name-key.js";
import { STRONG_CUE, type TypeVotes } from "./type-votes.js";

/** Keyed legal forms, and the links before a last one ("Montgomery Ward and Co"). */
const LEGAL_FORM_KEYS = new Set(COMPANY_LEGAL_FORMS.map(nameKey));
const LINK_KEYS = new Set(["and", "&"].map(nameKey));

/** A legal form of two letters other than "Co" counts written in capitals only ("SA", "NV"; not "sa", nor OCR's "Nv"). */
const SHORT_FORM_AS_WRITTEN = /^(?:\p{L}{3,}|\p{Lu}{2}|Co)$/u;

/**
 * The words of a company's name before its legal form ("purolator curier" of "purolator curier corp"), or null.
 * `keyWords`: the name's keyed words; `writtenWords`: its words as written (legal forms are one word each, last).
 */
function coreOf(keyWords: readonly string[], writtenWords: readonly string[]): readonly string[] | null {
  let end = keyWords.length;
  const writtenAt = (at: number) => writtenWords[writtenWords.length - (keyWords.length - at)] ?? "";
  while (end > 1 && LEGAL_FORM_KEYS.has(keyWords[end - 1]!) && SHORT_FORM_AS_WRITTEN.test(writtenAt(end - 1))) {
    end--;
    if (end > 1 && LINK_KEYS.has(keyWords[end - 1]!)) end--;
  }
  return end === keyWords.length ? null : keyWords.slice(0, end);
}

/** Name forms, each with the groups of the companies it may stand for. */
class Owners {
  private readonly byForm = new Map<string, Set<number>>();
  add(form: string, owner: number): void {
    this.byForm.set(form, (this.byForm.get(form) ?? new Set()).add(owner));
  }
  /** The one group `form` stands for, other than `root`, as the groups now stand; or undefined. */
  only(form: string, root: number, rootOf: (index: number) => number): number | undefined {
    const owners = new Set([...(this.byForm.get(form) ?? [])].map(rootOf).filter((owner) => owner !== root));
    return owners.size === 1 ? [...owners][0] : undefined;
  }
  has(form: string): boolean {
    return this.byForm.has(form);
  }
}

/**
 * Which names of a story are the short form of one company's name written with its legal form, and whose: "Enzon" of
 * "Enzon Inc" (the name without its legal form) first; else the first words of that, past initials: "Purolator" of
 * "Purolator Courier Corp", "Nippon Life" of "Nippon Life Insurance Co", "Hutton" of "E.F. Hutton Group Inc". Only
 * when one company of the story is so written ("Transamerica" is "Transamerica Corp", not "Transamerica Life Cos"), not
 * a name written with a legal form itself, and not a people's word ("American" of "American Express Co"). The caller
 * keeps a listed place apart ("Japan" of "Japan Airlines Co"): its type is no company's. `keyWords[i]`: the words of
 * name `i`'s key; `written[i]`: the name as written; `rootOf(i)`: its group so far. Pairs [name, owner's
 * root].
 */
export function companyShortFormOwners(
  keyWords: readonly (readonly string[])[],
  written: readonly string[],
  rootOf: (index: number) => number,
): [number, number][] {
  const whole = new Owners();
  const opening = new Owners();
  const withLegalForm = keyWords.map((words, index) => {
    const core = words.length < 2 ? null : coreOf(words, written[index]!.split(/[\s.]+/).filter(Boolean));
    if (core === null) return false;
    const owner = rootOf(index);
    whole.add(core.join(" "), owner);
    const from = core.findIndex((word) => word.length > 1);
    if (from < 0) return true;
    for (let end = from + 1; end <= core.length; end++)
      if (end - from < core.length) opening.add(core.slice(from, end).join(" "), owner);
    return true;
  });
  const pairs: [number, number][] = [];
  keyWords.forEach((words, index) => {
    if (withLegalForm[index] || words.length === 0) return;
    const form = words.join(" ");
    const root = rootOf(index);
    if (whole.has(form)) {
      const owner = whole.only(form, root, rootOf);
      if (owner !== undefined) pairs.push([index, owner]);
      return;
    }
    if (words.length === 1 && sharesPlaceStem(written[index]!)) return;
    const owner = opening.only(form, root, rootOf);
    if (owner !== undefined) pairs.push([index, owner]);
  });
  return pairs;
}

/**
 * Whether a name whose types are `votes` over `count` mentions may be a company's short form: no strong cue of a
 * person or a place ("Mr. Hutton", "in Automedix"); the weak ones ("North Shore said") are the company's.
 */
export function mayShorten(votes: TypeVotes, count: number): boolean {
  return votes.person < STRONG_CUE * count && votes.place < STRONG_CUE * count;
}
