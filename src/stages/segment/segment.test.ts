import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { segmentText } from "./index.js";

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/geneva-2022-01/${name}`, import.meta.url), "utf8");

describe("segmentText", () => {
  it("does not end a sentence after the French titles M. and MM.", () => {
    const text = "M. Lavrov a fait remarquer à Blinken que la Russie attend. MM. Lavrov et Blinken ont convenu.";
    const { sentences } = segmentText(text, "fr");
    assert.deepEqual(
      sentences.map((s) => text.slice(s.start, s.end)),
      ["M. Lavrov a fait remarquer à Blinken que la Russie attend.", "MM. Lavrov et Blinken ont convenu."],
    );
  });

  it("keeps an initial with its name and ends on other abbreviations only before a capital", () => {
    const text = "J. Biden a parlé de chars, avions, etc. et de missiles. Puis il est parti.";
    const { sentences } = segmentText(text, "fr");
    assert.equal(sentences.length, 2);
    assert.equal(
      text.slice(sentences[0]!.start, sentences[0]!.end),
      "J. Biden a parlé de chars, avions, etc. et de missiles.",
    );
  });

  it("en: keeps a time's a.m. and a number after an abbreviation in the sentence, and ends one before a capital", () => {
    const text =
      "The quake hit at 3:42 a.m. (0242 GMT) at a depth of 10 km. The polls close at 8 p.m. Officials agreed.";
    const { sentences } = segmentText(text, "en");
    assert.deepEqual(
      sentences.map((s) => text.slice(s.start, s.end)),
      ["The quake hit at 3:42 a.m. (0242 GMT) at a depth of 10 km.", "The polls close at 8 p.m.", "Officials agreed."],
    );
  });

  it("keeps a dotted initialism with what follows, unless a function word opens a new sentence", () => {
    const text = "The U.S. Army said J.D. Vance would visit. He flew to the U.S. The talks resumed on Monday.";
    const { sentences } = segmentText(text, "en");
    assert.deepEqual(
      sentences.map((sentence) => text.slice(sentence.start, sentence.end)),
      ["The U.S. Army said J.D. Vance would visit.", "He flew to the U.S.", "The talks resumed on Monday."],
    );
  });

  it("es: keeps a plural abbreviation's letters in one sentence (« EE. UU. »), and ends one after it", () => {
    const text = "Las FF. AA. de EE. UU. llegaron ayer. Viajó a EE. UU. El presidente habló.";
    const { sentences } = segmentText(text, "es");
    assert.deepEqual(
      sentences.map((sentence) => text.slice(sentence.start, sentence.end)),
      ["Las FF. AA. de EE. UU. llegaron ayer.", "Viajó a EE. UU.", "El presidente habló."],
    );
  });

  it("keeps a German date's ordinal day with its month, and still ends a sentence on a number", () => {
    const text =
      "Am 21. Januar trafen sich Blinken und Lawrow in Genf. Die Zahl der Toten stieg auf 12. Danach kam der 1. Mai.";
    const { sentences } = segmentText(text, "de");
    assert.deepEqual(
      sentences.map((s) => text.slice(s.start, s.end)),
      [
        "Am 21. Januar trafen sich Blinken und Lawrow in Genf.",
        "Die Zahl der Toten stieg auf 12.",
        "Danach kam der 1. Mai.",
      ],
    );
  });

  it("splits elided articles off and stems with accents folded", () => {
    const text = "l’Ukraine et d'autres négociations";
    const { tokens } = segmentText(text, "fr");
    assert.deepEqual(
      tokens.map((t) => t.text),
      ["l’", "Ukraine", "et", "d'", "autres", "négociations"],
    );
    assert.deepEqual(
      tokens.map((t) => t.stem),
      ["l", "ukrain", "et", "d", "autr", "negoci"],
    );
    assert.deepEqual(
      tokens.map((t) => t.isStopword),
      [true, false, true, true, true, false],
    );
  });

  it("ends a sentence at a period glued to a capitalised word, not after an abbreviation, an initial or in a domain", () => {
    const sentences = (text: string) => {
      const { sentences: found } = segmentText(text, "fr");
      return found.map((sentence) => text.slice(sentence.start, sentence.end));
    };
    assert.deepEqual(sentences("Il neige sur les Pyrénées.Alors il part. Bilan à 19H00 GMT.Les Etats-Unis suivent."), [
      "Il neige sur les Pyrénées.",
      "Alors il part.",
      "Bilan à 19H00 GMT.",
      "Les Etats-Unis suivent.",
    ]);
    assert.deepEqual(
      sentences("M.Dupont lit Orange.fr et J.K.Rowling à St.Louis avec ASP.NET, écrit à Marie.Durand@ville.fr."),
      ["M.Dupont lit Orange.fr et J.K.Rowling à St.Louis avec ASP.NET, écrit à Marie.Durand@ville.fr."],
    );
  });

  it("fr, it: keeps a capital elision glued to a capitalised word in the name it opens, not the article or preposition", () => {
    const words = (text: string, language = "fr") => segmentText(text, language).tokens.map((t) => t.text);
    assert.deepEqual(words("Massimo D'Alema est allé à N'Djamena avec N’Golo Kanté."), [
      "Massimo",
      "D'Alema",
      "est",
      "allé",
      "à",
      "N'Djamena",
      "avec",
      "N’Golo",
      "Kanté",
    ]);
    // Opening a sentence, "D'" is the preposition; lower-case "n'" and "l'", and words in capitals, are split off.
    assert.deepEqual(words("D'Allemagne arrivent les nouvelles. N'importe : l'Ukraine, N'DJAMENA."), [
      "D'",
      "Allemagne",
      "arrivent",
      "les",
      "nouvelles",
      "N'",
      "importe",
      "l'",
      "Ukraine",
      "N'",
      "DJAMENA",
    ]);
    assert.deepEqual(words("Il governo di Massimo D'Alema cadde.", "it"), [
      "Il",
      "governo",
      "di",
      "Massimo",
      "D'Alema",
      "cadde",
    ]);
  });
  it("en: leaves the possessive and a pronoun's verb out of the word, not an inner apostrophe", () => {
    const { text, tokens } = segmentText("Sarah Palin’s church and Japan's coast: I’m sure we'll see O’Neill.", "en");
    assert.deepEqual(
      tokens.map((t) => t.text),
      ["Sarah", "Palin", "church", "and", "Japan", "coast", "I", "sure", "we", "see", "O’Neill"],
    );
    assert.equal(text.slice(tokens[1]!.start, tokens[1]!.end), "Palin");
    assert.equal(tokens[1]!.stem, segmentText("Palin", "en").tokens[0]!.stem);
    // Not in French, whose apostrophes elide the word before.
    assert.deepEqual(
      segmentText("aujourd’hui", "fr").tokens.map((t) => t.text),
      ["aujourd’hui"],
    );
  });

  it("keeps grouped digits in one number token", () => {
    const { tokens } = segmentText("quelque 100.000 soldats, environ 100 000 soldats", "fr");
    assert.deepEqual(
      tokens.map((t) => t.text),
      ["quelque", "100.000", "soldats", "environ", "100 000", "soldats"],
    );
  });

  it("gives every token and sentence offsets that join back to the text, on a real article", () => {
    for (const name of ["000_7880b336ff94ad0c.txt", "003_bdcf629aeea73049.txt", "004_763ac30657c09442.txt"]) {
      const text = fixture(name);
      const segmented = segmentText(text, "fr");
      assert.ok(segmented.sentences.length > 10, name);
      for (const token of segmented.tokens) {
        assert.equal(text.slice(token.start, token.end), token.text);
        assert.ok(token.sentence >= 0, `token ${token.text} outside every sentence in ${name}`);
      }
      for (let i = 1; i < segmented.sentences.length; i++) {
        assert.ok(segmented.sentences[i]!.start >= segmented.sentences[i - 1]!.end, "sentences overlap");
      }
    }
  });

  it("segments a long paragraph in linear pieces without losing text", () => {
    const sentence = "La réunion à Genève s’est terminée après une heure et demie. ";
    const text = sentence.repeat(3_000).trim();
    const { sentences } = segmentText(text, "fr");
    assert.equal(sentences.length, 3_000);
  });
});
