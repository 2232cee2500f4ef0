/**
 * Test support: the plain, regex- and Intl.Segmenter-based segmentation the fast paths of this stage
 * replace, kept to check they give exactly the same spans, and varied text to check it on.
 */
import type { Span } from "../../domain/span.js";
import type { Sentence, Token } from "../../domain/text.js";
import { ABBREVIATIONS } from "../../language-data/abbreviations.js";
import { ELISIONS, FINAL_CLITICS } from "../../language-data/elisions.js";
import type { SupportedLanguage } from "../../language-data/languages.js";
import { TITLE_ABBREVIATIONS } from "../../language-data/title-abbreviations.js";
import { foldByNormalizing } from "./fold-accents.js";
import { stemWord } from "./stem.js";
import { isStopword } from "./stopwords.js";

/** foldAccents without its fast paths and memo. */
export function plainFoldAccents(word: string): string {
  const lower = word.toLowerCase();
  if (!/[\u0080-\uffff]/.test(lower)) return lower;
  return foldByNormalizing(lower);
}

/** tokenize as one global regex over the text, without the scanner and the surface memo. */
/** The definition `findParagraphs` keeps to: text between matches of a blank-line regex, trimmed. */
export function plainFindParagraphs(text: string): { start: number; end: number }[] {
  const paragraphs: { start: number; end: number }[] = [];
  let start = 0;
  const push = (from: number, to: number): void => {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) paragraphs.push({ start: a, end: b });
  };
  for (const match of text.matchAll(/\n[ \t]*\n\s*/g)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, text.length);
  return paragraphs;
}

export function plainTokenize(text: string, language: string, sentences: readonly Sentence[] = []): Token[] {
  const word = /\p{N}+(?:[., ]\p{N}{3})*(?:[.,]\p{N}+)?|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
  const elisions = new Set(ELISIONS[language as SupportedLanguage] ?? []);
  const clitics = new Set(FINAL_CLITICS[language as SupportedLanguage] ?? []);
  const tokens: Token[] = [];
  let sentenceIndex = 0;
  const push = (start: number, end: number, elided: boolean): void => {
    while (sentenceIndex < sentences.length && sentences[sentenceIndex]!.end <= start) sentenceIndex++;
    const inside = sentenceIndex < sentences.length && sentences[sentenceIndex]!.start <= start;
    const surface = text.slice(start, end);
    const normal = elided ? surface.slice(0, -1).toLowerCase() : surface.toLowerCase().replace(/’/g, "'");
    tokens.push({
      start,
      end,
      text: surface,
      normal,
      stem: stemWord(normal, language),
      isStopword: isStopword(normal, language),
      capitalized: /^\p{Lu}/u.test(surface),
      sentence: inside ? sentenceIndex : -1,
    });
  };
  for (const match of text.matchAll(word)) {
    let start = match.index;
    const apostrophe = match[0].search(/['’]/);
    if (apostrophe > 0 && elisions.has(match[0].slice(0, apostrophe).toLowerCase())) {
      push(start, start + apostrophe + 1, true);
      start += apostrophe + 1;
    }
    let end = match.index + match[0].length;
    const clitic = /['’]([\p{L}\p{M}]+)$/u.exec(match[0]);
    if (clitic !== null && match.index + clitic.index > start && clitics.has(clitic[1]!.toLowerCase()))
      end = match.index + clitic.index;
    if (end > start) push(start, end, false);
  }
  return tokens;
}

/** The merge rule of splitSentences as regexes over the two sentences' text. */
export function plainContinuesAfter(
  previous: string,
  next: string,
  abbreviations: Set<string>,
  isFunctionWord?: (word: string) => boolean,
): boolean {
  if (!/[\p{L}\p{N}]/u.test(next)) return true;
  const lastWord = /(?:^|[\s(«“"'’])([\p{L}.]+)\.$/u.exec(previous);
  if (lastWord !== null) {
    const word = lastWord[1]!.toLowerCase();
    if (TITLE_ABBREVIATIONS.has(word)) return true;
    if (/^\p{Lu}$/u.test(lastWord[1]!)) return true;
    if (
      isFunctionWord !== undefined &&
      /^(?:\p{Lu}\.)+\p{Lu}$/u.test(lastWord[1]!) &&
      !isFunctionWord(/^[^\p{L}\p{N}]*(\p{L}*)/u.exec(next)![1]!)
    )
      return true;
    if (/^(\p{Lu})\1$/u.test(lastWord[1]!) && /^[^\p{L}\p{N}]*(\p{Lu})\1(?!\p{L})/u.test(next)) return true;
    if (abbreviations.has(word) && (!/^\P{L}*\p{Lu}/u.test(next) || /^[^\p{L}\p{N}]*\p{N}/u.test(next))) return true;
  }
  return /[?!…]\s*[»”"]?$/u.test(previous) && /^[\s«»“”"'’)\]]*\p{Ll}/u.test(next);
}

export function plainAbbreviations(language: string): Set<string> {
  return new Set([...(ABBREVIATIONS[language as SupportedLanguage] ?? ABBREVIATIONS.en), ...TITLE_ABBREVIATIONS]);
}

/**
 * The offsets inside `segment` (starting at `offset` in the text) where a period glued to a capitalised word ends a
 * sentence (`gluedSentenceEnds`), by a regular expression: a word of two letters or more, not after a period, and
 * no abbreviation, before a capitalised word that no address goes on from.
 */
function plainGluedEnds(segment: string, offset: number, abbreviations: Set<string>): number[] {
  const ends: number[] = [];
  for (const match of segment.matchAll(
    /(?<![\p{L}\p{M}])([\p{L}\p{M}]{2,})\.(?=\p{Lu}\p{Ll}[\p{L}\p{M}]*(?![\p{L}\p{M}@]|\.\p{L}))/gu,
  )) {
    if (segment[match.index - 1] === "." || abbreviations.has(match[1]!.toLowerCase())) continue;
    ends.push(offset + match.index + match[0].length);
  }
  return ends;
}

/** splitSentences with Intl.Segmenter on every piece, glued sentence ends cut, and the regex merge rule. */
export function plainSplitSentences(
  text: string,
  paragraphs: Span[],
  language: string,
  pieces: (text: string, paragraph: Span) => Span[],
): Sentence[] {
  const segmenter = new Intl.Segmenter(language || "en", { granularity: "sentence" });
  const abbreviations = plainAbbreviations(language);
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, paragraphIndex) => {
    const local: Span[] = [];
    for (const piece of pieces(text, paragraph)) {
      const cuts: [number, number][] = [];
      for (const segment of segmenter.segment(text.slice(piece.start, piece.end))) {
        let from = piece.start + segment.index;
        for (const glued of plainGluedEnds(segment.segment, from, abbreviations)) {
          cuts.push([from, glued]);
          from = glued;
        }
        cuts.push([from, piece.start + segment.index + segment.segment.length]);
      }
      for (let [start, end] of cuts) {
        while (start < end && /\s/u.test(text[start]!)) start++;
        while (end > start && /\s/u.test(text[end - 1]!)) end--;
        if (end === start) continue;
        const previous = local[local.length - 1];
        if (
          previous !== undefined &&
          !text.slice(previous.end, start).includes("\n") &&
          plainContinuesAfter(text.slice(previous.start, previous.end), text.slice(start, end), abbreviations, (word) =>
            isStopword(word, language),
          )
        ) {
          previous.end = end;
        } else {
          local.push({ start, end });
        }
      }
    }
    for (const span of local) sentences.push({ start: span.start, end: span.end, paragraph: paragraphIndex });
  });
  return sentences;
}

/** Snippets with what trips sentence and word rules up, in the supported languages and beyond. */
export const TRICKY_SNIPPETS = [
  "M. Lavrov a fait remarquer à Blinken que la Russie attend. MM. Lavrov et Blinken ont convenu.",
  "Mme Dupont et Mlle Martin sont là. Me Durand plaide. Dr. Who? Pr. Tournesol!",
  "J. Biden a parlé de chars, avions, etc. et de missiles. Puis il est parti. Etc. Fin.",
  "l’Ukraine et d'autres négociations, jusqu’à l'aube ; qu’aujourd’hui c’est l’heure.",
  "quelque 100.000 soldats, environ 100 000 soldats, 1,5 million, 3.5 %, 12.345.678,90 €, 1.2345 et 2 1234.",
  "« Vraiment ? » a-t-il demandé. « Non ! » Il est parti… puis revenu... Ensuite ?! Oui.",
  "“Is it?” he asked. ‘No.’ (Really.) [Yes.] {Sure.} — Well. – Fine: done; over.",
  "The U.S. Army and the U.N. met at 10 a.m. on Jan. 5. Mr. Smith and Mrs. Jones left. 1.B 2.c",
  "Die Vereinigten Staaten und Ägypten. Größe: 3,5 m. Straße Nr. 5. Z. B. so. Dr. Müller kam.",
  "L'Italia e dell'Europa, sull'isola. Quest'anno c'è l'obiettivo. Sig. Rossi è qui.",
  "El Sr. García llegó. ¿Qué pasa? ¡Nada! Los EE. UU. y la Sra. Pérez.",
  "O Sr. Silva chegou. Não é? Sim. A ONU e a U.E. falaram.",
  "Dl. Popescu a spus că România și Moldova. Nr. 3 e aici.",
  "De heer Jansen zei: „Het is zo.” Mr. De Vries ging. Z.g.a.n. prima.",
  "États-Unis, Œuvre, ÆRØ, straße, İstanbul, naïve, coöperation, Ça va.",
  "Ελλάδα και Αθήνα. Καλημέρα; Ναι. Россия и Украина. Привет! Москва.",
  "日本の首相は東京で会見した。中国も参加！ 한국어 문장입니다.",
  "Emoji 🙂 here. 𝐀𝐁𝐂 bold math letters. 𝟙𝟚𝟛 digits. Ünïcödé e\u0301t combining.",
  "soft\u00adhyphen here. Line one.\r\nLine two.\u2028Next\u2029Para.\u0085End.",
  "Espaces\u00a0insécables : oui.\u202fNon ; 5\u202f000 € et 20\u00a0%. ½ ¼ ² ³ º ª µ.",
  "a.b c.D e. f. G ... . . ! ? ‼ ⁇ ? . 3. 4.5 x.) y. ( z. » a. « B.",
  "Il part.\nIl revient.\n\nNouveau paragraphe. Fin",
  "► Titre ♦ puce • point → flèche ™ marque № 5 € 10 £ 3 ¥ 4 $ 5.",
  "Salut, c'est l'heure d'aller. Ceux-ci, celles-là ; aujourd'hui, presqu'île, quelqu'un.",
  "O'Neill and d'Artagnan met l'homme. It's John's car; don't stop. rock 'n' roll.",
];

/** Seeded pseudo-random texts glued from the snippets, cut at arbitrary points, with paragraph breaks. */
export function variedTexts(count: number, seed = 1): string[] {
  let state = seed;
  const random = (bound: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % bound;
  };
  const glue = [" ", " ", "\n", "\n\n", "  ", "\n \n", ""];
  const texts: string[] = [];
  for (let index = 0; index < count; index++) {
    let text = "";
    const parts = 1 + random(6);
    for (let part = 0; part < parts; part++) {
      const snippet = TRICKY_SNIPPETS[random(TRICKY_SNIPPETS.length)]!;
      const from = random(3) === 0 ? random(snippet.length) : 0;
      const to = random(3) === 0 ? from + random(snippet.length - from + 1) : snippet.length;
      text += snippet.slice(from, to) + glue[random(glue.length)];
    }
    texts.push(text);
  }
  return texts;
}
