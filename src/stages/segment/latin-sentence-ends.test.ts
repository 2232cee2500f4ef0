import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SUPPORTED_LANGUAGES } from "../../language-data/languages.js";
import { latinSentenceEnds } from "./latin-sentence-ends.js";
import { sentenceEnds, trustsLatinRules } from "./sentence-ends.js";

const knownCharacters: string[] = [];
for (let code = 0; code < 0x10000; code++) {
  const character = String.fromCharCode(code);
  if (latinSentenceEnds(character, 0, 1, [])) knownCharacters.push(character);
}

/** Where each rule of UAX #29 looks: X is replaced by every known character. */
const TEMPLATES = [
  "aX b",
  "a.X b",
  "a.X B",
  "a. X b",
  "a. X B",
  "A.X",
  "a.X",
  "1.X",
  "X.a",
  "X.A",
  "X. b",
  "X. B",
  "a.Xb",
  "a. Xb",
  "aX B",
  "aX. B",
  "a?X b",
  "a?X B",
  "a? X b",
  ".X",
  "X",
  "a.)X b",
  "a. X",
  "a.X\nb",
  "a.X 1 b",
  "a. 1X b",
  "a.XXb",
  "a.X.b",
];

/** Characters the rules turn on, drawn often in random texts. */
const STRUCTURAL = [..."..!?  \n\"'«»()[],:;-–—’”“0123456789aAeEzZéÉ\u00a0ǅª…"];

function intlEnds(segmenter: Intl.Segmenter, text: string): number[] {
  return [...segmenter.segment(text)].map((segment) => segment.index + segment.segment.length);
}

function latinEnds(text: string, start = 0, end = text.length): number[] | null {
  const ends: number[] = [];
  return latinSentenceEnds(text, start, end, ends) ? ends : null;
}

describe("latinSentenceEnds", () => {
  it("knows Latin letters, digits, spaces and common punctuation", () => {
    assert.ok(knownCharacters.length > 1_000);
    for (const character of [..."aZéÉœß0. ,;:!?«»“”’()-–—…€\n\u00a0"]) {
      assert.ok(knownCharacters.includes(character), character);
    }
  });

  it("leaves other scripts, marks, carriage returns and soft hyphens to Intl.Segmenter", () => {
    for (const text of ["Αθήνα.", "日本。", "e\u0301.", "a.\r\nb", "soft\u00adhyphen", "a\u2028b", "🙂.", "\ud800"]) {
      assert.equal(latinEnds(text), null, text);
    }
  });

  for (const language of ["fr", "en", "de"]) {
    const segmenter = new Intl.Segmenter(language, { granularity: "sentence" });

    it(`cuts like Intl.Segmenter (${language}) around every known character`, () => {
      for (const character of knownCharacters) {
        for (const template of TEMPLATES) {
          const text = template.replaceAll("X", character);
          assert.deepEqual(latinEnds(text), intlEnds(segmenter, text), JSON.stringify(text));
        }
      }
    });

    it(`cuts like Intl.Segmenter (${language}) on random texts, also inside a longer text`, () => {
      let state = 7 + language.charCodeAt(0);
      const random = (bound: number): number => {
        state = (Math.imul(state, 1103515245) + 12345) >>> 0;
        return state % bound;
      };
      for (let round = 0; round < 20_000; round++) {
        let text = "";
        const length = 1 + random(16);
        for (let index = 0; index < length; index++) {
          text +=
            random(3) === 0 ? knownCharacters[random(knownCharacters.length)] : STRUCTURAL[random(STRUCTURAL.length)];
        }
        assert.deepEqual(latinEnds(text), intlEnds(segmenter, text), JSON.stringify(text));
        // The slice's edges are the text's edges, whatever lies around it.
        const around = `Ab.${text}.c`;
        assert.deepEqual(
          latinEnds(around, 3, 3 + text.length),
          intlEnds(segmenter, text).map((end) => end + 3),
          JSON.stringify(around),
        );
      }
    });
  }
});

describe("sentenceEnds", () => {
  it("uses the JavaScript rules for the supported languages, and only for them", () => {
    for (const language of [...SUPPORTED_LANGUAGES, "und"]) assert.ok(trustsLatinRules(language), language);
    for (const language of ["el", "ja", "ru"]) assert.ok(!trustsLatinRules(language), language);
  });

  it("falls back on Intl.Segmenter for other characters", () => {
    const text = "Ελλάδα. Αθήνα! 日本の首相。中国も参加！";
    const ends: number[] = [];
    sentenceEnds(text, 0, text.length, "fr", ends);
    assert.deepEqual(ends, intlEnds(new Intl.Segmenter("fr", { granularity: "sentence" }), text));
  });
});
