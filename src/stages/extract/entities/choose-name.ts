import type { Entity } from "../../../domain/story.js";
import { NAME_ARTICLES, NAME_PARTICLES } from "../../../language-data/name-particles.js";
import { isGazetteerSpelling, listedCasing } from "./gazetteer.js";
import type { RecognizedMention } from "./recognize-mentions.js";

/** Particles and articles inside names, lower-case ("el", "al", "de", "von"): no word of their own for completeness. */
const PARTICLES: ReadonlySet<string> = new Set([...NAME_PARTICLES, ...NAME_ARTICLES]);

/**
 * The words of a name that make it complete: its given names and surnames, not its particles, in any case ("Muamar el
 * Gadafi" is no more complete than "Muammar Gaddafi", "Bin Laden" less than "Osama bin Laden").
 */
function countWords(name: string): number {
  return name.split(/[\s-]+/).filter((word) => !PARTICLES.has(word.toLowerCase())).length;
}

/**
 * An entity's name, from its mentions: the most complete frequent form. For a person, the most frequent form
 * with the most words among those seen more than once (or at all), a form written in the dossier's language
 * (a mention for which `inLanguage` holds) first among equally frequent ones: a person's name changes little
 * across languages, and a rarer spelling is more likely a slip. For places and organisations, the most frequent
 * form of those spelt as listed, if any, those written in the dossier's language first (exonyms: "Genf",
 * "Ginevra", "Geneva"). Honorifics never count.
 */
export function chooseName(
  mentions: readonly RecognizedMention[],
  type: Entity["type"],
  inLanguage: (mention: RecognizedMention) => boolean,
): string {
  // Most entities are written one way only.
  const only = mentions[0]!.name;
  if (mentions.every((mention) => mention.name === only)) return type === "place" ? unshouted(only) : only;
  const counts = new Map<string, number>();
  const written = new Set<string>();
  for (const mention of mentions) {
    counts.set(mention.name, (counts.get(mention.name) ?? 0) + 1);
    if (inLanguage(mention)) written.add(mention.name);
  }
  const forms = [...counts.entries()];
  const words = new Map(forms.map(([form]) => [form, countWords(form)]));
  const inTheLanguage = (form: string): number => (written.has(form) ? 1 : 0);
  const order = (a: [string, number], b: [string, number]): number =>
    b[1] - a[1] ||
    inTheLanguage(b[0]) - inTheLanguage(a[0]) ||
    words.get(b[0])! - words.get(a[0])! ||
    b[0].length - a[0].length ||
    (a[0] < b[0] ? -1 : 1);
  // A place's or an organisation's listed spelling goes first: "Le Caire", though "au Caire" writes "Caire" more.
  if (type !== "person") {
    const listed = forms.filter(([form]) => isGazetteerSpelling(form));
    const pool = listed.length > 0 ? listed : forms;
    const ownLanguage = pool.filter(([form]) => written.has(form));
    const chosen = (ownLanguage.length > 0 ? ownLanguage : pool).sort(order)[0]![0];
    return type === "place" ? unshouted(chosen) : chosen;
  }
  const repeated = forms.filter(([, count]) => count > 1);
  // A name written more than once in several words, particles included ("Le Pen"), outweighs one written once.
  const pool = repeated.some(([form]) => form.split(/[\s-]+/).length > 1) ? repeated : forms;
  const most = Math.max(...pool.map(([form]) => words.get(form)!));
  return pool.filter(([form]) => words.get(form) === most).sort(order)[0]![0];
}

/** A listed place's name written in capitals only, as wire datelines write it ("ROME"), in the case it is listed in. */
function unshouted(name: string): string {
  return /\p{Ll}/u.test(name) ? name : (listedCasing(name) ?? name);
}
