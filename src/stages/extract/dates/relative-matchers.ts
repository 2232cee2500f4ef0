import type { SupportedLanguage } from "../../../language-data/languages.js";
import { NUMBER_WORDS } from "../../../language-data/number-words.js";
import { type CalendarUnit, RELATIVE_DATE_WORDS } from "../../../language-data/relative-date-words.js";
import { type DateExpression, type DateMatcher, DIGITS } from "./date-expression.js";
import type { Lead } from "./lead-trie.js";
import { anyOf, leadsOf } from "./leads-of.js";
import { NOT_AFTER_NUMBER, phrasePattern, WORD_END, WORD_START } from "./phrase-pattern.js";

/** Languages whose adjectives take a plural -s ("derniers", "próximos"). */
const PLURAL_MODIFIER_LANGUAGES = new Set(["fr", "es", "pt"]);

/**
 * Relative expressions of one language (which has relative date words): relative days ("hier"),
 * relative periods ("la semaine prochaine") and offsets ("il y a deux jours").
 */
export function relativeMatchers(lang: SupportedLanguage): DateMatcher[] {
  const words = RELATIVE_DATE_WORDS[lang]!;
  const matchers: DateMatcher[] = [];
  for (const entry of words.days) {
    const flags = entry.caseSensitive === true ? "uy" : "iuy";
    const exclusions = entry.notAfter === undefined ? "" : `(?<!(?:${phrasePattern(entry.notAfter)})\\s+)`;
    matchers.push({
      pattern: new RegExp(`${WORD_START}${exclusions}(?:${phrasePattern([entry.phrase])})${WORD_END}`, flags),
      begins: "word",
      leads: leadsOf({ phrases: [entry.phrase] }),
      read: (m) => ({ kind: "relative-day", start: m.index, end: m.index + m[0].length, offset: entry.offset }),
    });
  }
  const unitOf = (written: string): CalendarUnit | null => {
    const folded = written.toLowerCase();
    for (const unit of ["day", "week", "month", "year"] as const) {
      if (words.units[unit].some((form) => form.toLowerCase() === folded)) return unit;
    }
    return null;
  };
  const unitForms = Object.values(words.units).flat();
  const units = `(${phrasePattern(unitForms)})`;
  const direction = (written: string): number | null => {
    const folded = written.toLowerCase().replace(/\s+/g, " ");
    if (words.next.includes(folded)) return 1;
    if (words.last.includes(folded)) return -1;
    if (words.current.includes(folded)) return 0;
    return null;
  };
  const modifierForms = [...words.next, ...words.last, ...words.current];
  const modifiers = `(${phrasePattern(modifierForms)})`;
  const period = (m: RegExpExecArray, unitText: string, modifierText: string): DateExpression | null => {
    const unit = unitOf(unitText.replace(/[-‐].*$/, ""));
    const offset = direction(modifierText);
    if (unit === null || offset === null || unit === "day") return null;
    // "ces derniers mois", "las próximas semanas": a plural names several periods, not one.
    if (PLURAL_MODIFIER_LANGUAGES.has(lang) && /s$/i.test(modifierText)) return null;
    if (
      /s$/i.test(unitText) &&
      words.units[unit].length > 1 &&
      words.units[unit][0]!.toLowerCase() !== unitText.toLowerCase()
    )
      return null;
    return { kind: "relative-period", start: m.index, end: m.index + m[0].length, unit, offset };
  };
  matchers.push(
    {
      pattern: new RegExp(`${WORD_START}${modifiers}\\s+${units}${WORD_END}`, "iuy"),
      begins: "word",
      leads: leadsOf({ phrases: modifierForms, followedBy: anyOf(unitForms) }),
      read: (m) => period(m, m[2]!, m[1]!),
    },
    {
      pattern: new RegExp(`${WORD_START}${units}(?:-ci)?\\s+${modifiers}${WORD_END}`, "iuy"),
      begins: "word",
      leads: leadsOf({ phrases: unitForms, followedBy: anyOf(modifierForms, ["-ci"]) }),
      read: (m) => period(m, m[1]!, m[2]!),
    },
  );
  const numberForms = Object.keys(NUMBER_WORDS[lang]?.values ?? {}).filter(
    (word) => (NUMBER_WORDS[lang]?.values[word] ?? 0) < 100,
  );
  // Digits, with thousands groups ("1,000", "1.000", "3\u00a0000"); never the tail of a longer number
  // ("000" of "1,000", "5" of "1,5"), which would read as another count.
  const number = `(${NOT_AFTER_NUMBER}\\d{1,3}(?:[,.\\u00a0\\u202f]\\d{3})*|${phrasePattern(numberForms)})`;
  /** What a template part can begin with; undefined when it can be empty. */
  const opening = (parts: readonly string[], index: number): readonly string[] | undefined => {
    const part = parts[index];
    if (part === undefined) return undefined;
    if (part === "{n}") return anyOf(DIGITS, numberForms);
    if (part === "{unit}") return anyOf(unitForms);
    if (part.trim() === "") return opening(parts, index + 1);
    return anyOf([part.trim()]);
  };
  /** A template opens with its first part; a number in words or a phrase must be followed by the next part. */
  const templateLeads = (parts: readonly string[]): readonly Lead[] | null => {
    const first = parts[0];
    if (first === undefined || /^\s/.test(first)) return null;
    const followedBy = opening(parts, 1);
    if (first === "{n}") return leadsOf({ phrases: DIGITS }, { phrases: numberForms, followedBy });
    if (first === "{unit}") return leadsOf({ phrases: unitForms, followedBy });
    return leadsOf({ phrases: [first.trim()], followedBy });
  };
  const templates: [string, number][] = [
    ...words.ago.map((template): [string, number] => [template, -1]),
    ...words.later.map((template): [string, number] => [template, 1]),
  ];
  for (const [template, sign] of templates) {
    const parts = template.split(/(\{n\}|\{unit\})/).filter((part) => part !== "");
    const order = parts.filter((part) => part === "{n}" || part === "{unit}");
    const source = parts
      .map((part) => {
        if (part === "{n}") return number;
        if (part === "{unit}") return units;
        if (part.trim() === "") return "\\s+";
        const lead = /^\s/.test(part) ? "\\s+" : "";
        const tail = /\s$/.test(part) ? "\\s+" : "";
        return `${lead}(?:${phrasePattern([part.trim()])})${tail}`;
      })
      .join("");
    matchers.push({
      pattern: new RegExp(`${WORD_START}${source}${WORD_END}`, "iuy"),
      begins: "word",
      leads: templateLeads(parts),
      read: (m) => {
        const numberText = order[0] === "{n}" ? m[1]! : m[2]!;
        const unitText = order[0] === "{n}" ? m[2]! : m[1]!;
        const unit = unitOf(unitText);
        const value = /^\d/.test(numberText)
          ? Number(numberText.replace(/\D/g, ""))
          : NUMBER_WORDS[lang]?.values[numberText.toLowerCase()];
        if (unit === null || value === undefined) return null;
        return { kind: "offset", start: m.index, end: m.index + m[0].length, unit, offset: sign * value };
      },
    });
  }
  return matchers;
}
