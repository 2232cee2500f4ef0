import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { eld } from "eld/medium";
import { seededRandom } from "../../../test/support/seeded-random.js";
import { detectAsEld } from "./detect-as-eld.js";

/** Same language, same scores (JSON keeps order and round-trips doubles exactly), same reliability. */
function assertSameAsEld(text: string): void {
  const expected = eld.detect(text);
  const actual = detectAsEld(text);
  const label = JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}…` : text);
  assert.equal(actual.language, expected.language, label);
  const scores = expected.getScores();
  assert.equal(JSON.stringify(actual.getScores()), JSON.stringify(scores), label);
  assert.equal(actual.isReliable(), expected.isReliable(), label);
  for (const code of [...Object.keys(scores), "fr", "en", "xx"]) assert.equal(actual.score(code), scores[code], label);
}

const SAMPLES = [
  "Le secrétaire d’Etat américain Antony Blinken a affirmé ce vendredi que le dialogue avec Moscou se poursuivrait.",
  "The US Secretary of State said on Friday that talks with Moscow would continue next week in Geneva. Don't worry.",
  "El secretario de Estado estadounidense afirmó el viernes que el diálogo con Moscú continuará la próxima semana.",
  "Der US-Außenminister sagte am Freitag, dass der Dialog mit Moskau in der nächsten Woche fortgesetzt werde. STRASSE ẞ",
  "Il segretario di Stato americano ha affermato venerdì che il dialogo con Mosca proseguirà la prossima settimana.",
  "O secretário de Estado norte-americano afirmou na sexta-feira que o diálogo com Moscou continuará na próxima semana.",
  "Secretarul de stat american a afirmat vineri că dialogul cu Moscova va continua săptămâna viitoare la Geneva.",
  "Ο υπουργός Εξωτερικών των ΗΠΑ δήλωσε την Παρασκευή ότι ο διάλογος με τη Μόσχα θα συνεχιστεί. ΟΔΥΣΣΕΑΣ Σ ΣΣ",
  "Госсекретарь США заявил в пятницу, что диалог с Москвой продолжится на следующей неделе в Женеве.",
  "Держсекретар США заявив у п'ятницю, що діалог з Москвою триватиме наступного тижня в Женеві.",
  "美国国务卿周五表示，与莫斯科的对话将于下周在日内瓦继续进行。",
  "米国務長官は金曜日、モスクワとの対話は来週ジュネーブで続くと述べた。",
  "미국 국무장관은 금요일 모스크바와의 대화가 다음 주 제네바에서 계속될 것이라고 말했다.",
  "قال وزير الخارجية الأمريكي يوم الجمعة إن الحوار مع موسكو سيستمر الأسبوع المقبل في جنيف.",
  "İstanbul'da İSTANBUL İİİ ıi Kelvin K Å ǅ ǈ ǋ ǲ ᾈ ᾼ ῌ",
  "Emoji 😀 in the 👍🏽 middle of a sentence 🇫🇷 and lone \ud83d surrogates \ude00 here.",
  "Mixed: Bonjour, hello, hola, hallo, ciao, olá, привет, γειά, 你好, こんにちは, 안녕하세요.",
  "",
  " ",
  " \t\n\u00a0\u2003\ufeff ",
  "!?.,;:()[]{}«»—–-…",
  "''' ``` ’’’",
  "a",
  "ab",
  "abc",
  "abcd",
  "x'",
  "'x",
  "it' s",
  "x 'y",
  "l'eau, l’été, rock'n'roll, ’tis, don`t",
  "Σ",
  "ΑΣ ΣΑ ΑΣ' Α'Σ ΑΣ’Α",
];

const ALPHABET = [
  ..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
  ..."àâäçéèêëîïôöùûüÿæœÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒßẞñÑãõÃÕáíóúÁÍÓÚăîșțĂÎȘȚ",
  ..."αβγδεζηθικλμνξοπρσςτυφχψωΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩάέήίόύώ",
  ..."абвгдежзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯіїєґ",
  ..."日本語中文한국어テキストابتثجحخדהוזⅠⅡⅰ",
  "İ",
  "ı",
  "K",
  "Å",
  "ǅ",
  "ᾈ",
  "\u0307",
  "\u0301",
  "😀",
  "👍🏽",
  "𝒜",
  "\ud83d",
  "\ude00",
  ..."0123456789",
  ...' ,.;:!?-–—()«»"/\\@#%&*+=<>|_~^',
  "'",
  "`",
  "’",
  "‘",
  "'",
  "’",
  " ",
  " ",
  " ",
  "\n",
  "\t",
  "\u00a0",
  "\u200b",
  "\ufeff",
];

const WORDS = SAMPLES.slice(0, 14)
  .join(" ")
  .split(/[\s,.]+/)
  .filter((word) => word !== "");

describe("detectAsEld", () => {
  it("matches eld on texts in many scripts and on edge cases", () => {
    for (const text of SAMPLES) assertSameAsEld(text);
  });

  it("matches eld around its 1,000-character cut", () => {
    for (let filler = 960; filler <= 1002; filler++) {
      for (const tail of ["bonjour le monde", "x'y z", "ab😀cd", "ΑΣ σ", "İi", "été l'été", " '", "a'"]) {
        assertSameAsEld(`${"1".repeat(filler)}${tail}`);
        assertSameAsEld(`${".".repeat(filler)} ${tail} ${tail}`);
        assertSameAsEld(`${"1 ".repeat(filler >> 1)}'${tail}`);
      }
      assertSameAsEld(`${"7".repeat(filler - 1)}\ud83d\ude00abc`);
    }
  });

  it("matches eld around its 350- and 380-byte cuts and on long words", () => {
    for (let lead = 300; lead <= 390; lead++) {
      for (const word of ["é", "ab", "日本", "été", "l’a", "x😀y", "İ", "Σα"]) {
        assertSameAsEld(`${"a".repeat(lead)} ${word} ${word}${word} suite`);
        assertSameAsEld(`${"ab ".repeat(lead / 3)}${word}`);
        assertSameAsEld(`${"é".repeat(lead >> 1)}${word} mot`);
      }
    }
    for (let length = 60; length <= 160; length++) {
      assertSameAsEld(`${"abcdefgh".repeat(20).slice(0, length)} fin`);
      assertSameAsEld(`début ${"éàè".repeat(60).slice(0, length)} fin ${"x".repeat(length)}`);
    }
  });

  it("matches eld on thousands of pseudo-random mixed-alphabet texts", () => {
    const random = seededRandom(20260122);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    for (let n = 0; n < 3000; n++) {
      const length = Math.floor(random() ** 2 * 1300);
      let text = "";
      while (text.length < length) text += pick(ALPHABET);
      assertSameAsEld(text);
    }
    for (let n = 0; n < 2000; n++) {
      const count = Math.floor(random() * 120);
      let text = "";
      for (let w = 0; w < count; w++) {
        const word = pick(WORDS);
        const cased = random() < 0.2 ? word.toUpperCase() : word;
        text += cased + (random() < 0.7 ? " " : pick(ALPHABET)) + (random() < 0.1 ? pick(["'", "’", "`"]) : "");
      }
      assertSameAsEld(text);
    }
  });
});
