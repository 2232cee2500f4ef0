import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { boundedPieces } from "./bounded-pieces.js";
import { continuesSentence } from "./continues-sentence.js";
import { findParagraphs, foldAccents, isStopword, segmentText, splitSentences, tokenize } from "./index.js";
import {
  plainAbbreviations,
  plainContinuesAfter,
  plainFindParagraphs,
  plainFoldAccents,
  plainSplitSentences,
  plainTokenize,
  TRICKY_SNIPPETS,
  variedTexts,
} from "./segment-test-support.js";

const LANGUAGES = ["fr", "en", "de", "it", "es", "pt", "ro", "nl", "und", "el", "ja"];

const fixtureDirectory = new URL("../../../fixtures/geneva-2022-01/", import.meta.url);
const fixtures = readdirSync(fixtureDirectory)
  .filter((name) => name.endsWith(".txt"))
  .slice(0, 6)
  .map((name) => readFileSync(new URL(name, fixtureDirectory), "utf8"));

const texts = [
  ...TRICKY_SNIPPETS,
  ...variedTexts(400),
  ...fixtures,
  // Longer than one segmenter piece: cut at lines, sentence ends, spaces, then anywhere.
  `${TRICKY_SNIPPETS.join(" ")} `.repeat(8),
  `${"mot ".repeat(2_500)}M. Lavrov. ${"x".repeat(9_000)}.`,
];

describe("segmentation fast paths", () => {
  it("find the same paragraphs as the blank-line regex", () => {
    const pieces = ["a", "\n", "\n\n", " ", "\t", "\r", "\u00a0", "\u2028", "\n \t\n", "🙂", "\ud800", "é"];
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const shuffled = Array.from({ length: 2_000 }, () =>
      Array.from({ length: 1 + Math.floor(random() * 12) }, () => pieces[Math.floor(random() * pieces.length)]).join(
        "",
      ),
    );
    for (const text of [...texts, ...shuffled, "", "\n", "\n\n", " \n \n "])
      assert.deepEqual(findParagraphs(text), plainFindParagraphs(text), JSON.stringify(text.slice(0, 200)));
  });

  it("split the same sentences as Intl.Segmenter with the regex merge rule", () => {
    for (const language of LANGUAGES) {
      for (const text of texts) {
        const paragraphs = findParagraphs(text);
        assert.deepEqual(
          splitSentences(text, paragraphs, language),
          plainSplitSentences(text, paragraphs, language, boundedPieces),
          `${language}: ${JSON.stringify(text.slice(0, 200))}`,
        );
      }
    }
  });

  it("find the same tokens as the word regex, with the same fields", () => {
    // Elisions differ between French and Italian; other languages only change the stems.
    for (const language of ["fr", "it", "en", "und"]) {
      for (const text of texts) {
        const sentences = splitSentences(text, findParagraphs(text), language);
        assert.deepEqual(
          tokenize(text, language, sentences),
          plainTokenize(text, language, sentences),
          `${language}: ${JSON.stringify(text.slice(0, 200))}`,
        );
      }
    }
  });

  it("find the same tokens for every character next to letters, digits and separators", () => {
    const characters: string[] = [];
    for (let code = 0; code < 0x3000; code++) characters.push(String.fromCharCode(code));
    characters.push("🙂", "𝐀", "𝟙", "\ud800", "\udc00");
    const text = characters
      .map((character) => `a${character}b 1${character}234 x’${character} ${character}5,6 `)
      .join("");
    for (const language of ["fr", "it", "en"])
      assert.deepEqual(tokenize(text, language), plainTokenize(text, language));
  });

  it("merge false sentence breaks exactly as the regex rule", () => {
    const pieces = [
      "M.",
      "MM.",
      "Mme.",
      "etc.",
      "J.",
      "É.",
      "(Dr.",
      "«M.",
      "x M.",
      "x.M.",
      "3.",
      "U.S.",
      "the U.S.",
      "J.D.",
      "a.b.",
      "Quoi ?",
      "Quoi ? »",
      "Non ! ”",
      "Ah…",
      "Fin.",
      "𝐀.",
      ".",
      "?",
      "« Oui »",
      "",
    ];
    const nexts = [
      "Lavrov",
      "Army",
      "The",
      "(Reuters)",
      "et",
      "Et",
      "» a-t-il",
      "’ dit",
      ") bon",
      ". .",
      "»",
      "123",
      "1 b",
      "𝐀b",
      "é",
      "  x",
    ];
    for (const language of ["fr", "en"]) {
      const abbreviations = plainAbbreviations(language);
      const isFunctionWord = (word: string) => isStopword(word, language);
      for (const previous of pieces) {
        for (const next of nexts) {
          const text = `${previous} ${next}`;
          const previousSpan = { start: 0, end: previous.length };
          const nextSpan = { start: previous.length + 1, end: text.length };
          assert.equal(
            continuesSentence(text, previousSpan, nextSpan, abbreviations, isFunctionWord),
            plainContinuesAfter(previous, next, abbreviations, isFunctionWord),
            JSON.stringify([previous, next]),
          );
        }
      }
    }
  });

  it("fold accents exactly as lower-casing, NFD and stripping marks", () => {
    const words = [
      ...texts.flatMap((text) => tokenize(text, "fr").flatMap((token) => [token.text, token.normal])),
      ...TRICKY_SNIPPETS,
      "ABC",
      "abc",
      "",
      "x".repeat(41),
      "X".repeat(41),
      "É".repeat(41),
      "İstanbul et Ǆemal, ÉCOLE\u0301 E\u0301\u0327 ﬁn Ⅻ ẞ".repeat(3),
    ];
    for (let code = 0x41; code < 0x3000; code++) {
      const character = String.fromCharCode(code);
      words.push(`a${character}`, `Les ${character}tats-Unis, l’${character}cole et la${character}`.repeat(2));
    }
    for (const word of words) assert.equal(foldAccents(word), plainFoldAccents(word), word);
  });

  it("give the same whole segmentation twice in a row (the memos change nothing)", () => {
    for (const text of texts.slice(0, 50)) {
      assert.deepEqual(segmentText(text, "fr"), segmentText(text, "fr"));
    }
  });
});
