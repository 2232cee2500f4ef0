// Word lists the build scripts filter names against (devDependencies, read from node_modules): a hunspell dictionary's
// lower-case entries, and every inflected French form. Folded (lower case, no accents) as recoupe compares names.
import { readFileSync } from "node:fs";
import { foldAccents } from "../src/stages/segment/index.js";

/**
 * The lower-case entries of a hunspell dictionary (`dictionary-xx/index.dic`), flags dropped, folded: "Sante" (an
 * Italian given name) meets "santé", "Dauphine" meets "dauphiné".
 */
export function hunspellWords(language: string): Set<string> {
  const text = readFileSync(new URL(`../node_modules/dictionary-${language}/index.dic`, import.meta.url), "utf8");
  const words = new Set<string>();
  for (const line of text.split("\n").slice(1)) {
    const word = line.split("/")[0]!.split("\t")[0]!.trim().normalize("NFC");
    if (word !== "" && word[0] === word[0]!.toLowerCase()) words.add(foldAccents(word));
  }
  return words;
}

/**
 * The capitalised entries of a hunspell dictionary, folded and lower-cased: in German, its nouns ("Wiese", "Hof"),
 * which a text writes capitalised as it writes names.
 */
export function hunspellCapitalisedWords(language: string): Set<string> {
  const text = readFileSync(new URL(`../node_modules/dictionary-${language}/index.dic`, import.meta.url), "utf8");
  const words = new Set<string>();
  for (const line of text.split("\n").slice(1)) {
    const word = line.split("/")[0]!.split("\t")[0]!.trim().normalize("NFC");
    if (word !== "" && word[0] !== word[0]!.toLowerCase()) words.add(foldAccents(word.toLowerCase()));
  }
  return words;
}

/** French words in every inflected form (`an-array-of-french-words`, MIT), folded: hunspell lists "libérer", not "libéré". */
export function frenchForms(): Set<string> {
  const words = JSON.parse(
    readFileSync(new URL("../node_modules/an-array-of-french-words/index.json", import.meta.url), "utf8"),
  ) as string[];
  return new Set(words.map((word) => foldAccents(word.normalize("NFC"))));
}
