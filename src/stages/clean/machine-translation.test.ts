import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { segmentText } from "../segment/index.js";
import { detectMachineTranslation } from "./index.js";

const kinds = (text: string, language: string): string[] =>
  detectMachineTranslation(text, language).signals.map((signal) => signal.kind);

describe("detectMachineTranslation: each rule", () => {
  it("finds a stray period after a sentence end, but not a spaced ellipsis", () => {
    const { signals } = detectMachineTranslation("Il a parlé de négociations. . « Je lui ai dit ceci. »", "fr");
    assert.deepEqual(signals, [
      { kind: "stray-punctuation", excerpt: "Il a parlé de négociations. . « Je lui ai dit ceci. »" },
    ]);
    assert.deepEqual(kinds("Il hésita . . . puis il partit.", "fr"), []);
  });

  it("finds a lower-case sentence start after a word and a period, not after an abbreviation", () => {
    assert.deepEqual(kinds("Il a promis l’engagement de Washington. chercher une solution.", "fr"), [
      "stray-punctuation",
    ]);
    assert.deepEqual(kinds("Des chars, des avions, etc. et des missiles. M. Dupont est venu, cf. p. 3.", "fr"), []);
    assert.deepEqual(kinds("Según la Sra. de la Fuente, el Gobierno decidirá, aprox. en mayo.", "es"), []);
  });

  it("finds a closing guillemet that closes nothing", () => {
    assert.deepEqual(
      kinds(
        "Il ne savait pas si le dialogue était « sur la bonne voie » qu’après la réponse » à la proposition.",
        "fr",
      ),
      ["stray-punctuation"],
    );
  });

  it("finds English reporting verbs left in the text, but not a borrowed noun after a determiner", () => {
    assert.deepEqual(
      kinds("Il a affirmé que le dialogue se poursuivrait, mais stress que les États-Unis répondront.", "fr"),
      ["untranslated-fragment"],
    );
    assert.deepEqual(kinds("Le stress des soldats et la gestion du stress inquiètent les médecins.", "fr"), []);
    assert.deepEqual(kinds("El ministro dijo que el diálogo seguirá, said que no habrá acuerdo.", "es"), [
      "untranslated-fragment",
    ]);
    assert.deepEqual(
      kinds("Der Minister sagte, the talks would continue in the coming weeks.", "de").includes(
        "untranslated-fragment",
      ),
      true,
    );
  });

  it("skips English inside quotations and capitalised titles", () => {
    assert.deepEqual(kinds("Il a lancé « we will see which way it goes » devant la presse.", "fr"), []);
    assert.deepEqual(kinds("La série House of the Dragon a battu des records.", "fr"), []);
  });

  it("finds two articles in a row", () => {
    assert.deepEqual(kinds("UNE La BBC a fait un résumé du mouvement.", "fr"), ["untranslated-fragment"]);
    assert.deepEqual(kinds("Una La Repubblica ha pubblicato la notizia.", "it"), ["untranslated-fragment"]);
    assert.deepEqual(kinds("Selon Le Monde, une La Poste plus moderne verra le jour.", "fr"), []);
  });

  it("finds outlet names translated word for word", () => {
    assert.deepEqual(kinds("Il l’a dit dans une interview au Poste de Washington.", "fr"), ["calque"]);
    assert.deepEqual(kinds("Segundo o Correio de Washington, a reunião durou duas horas.", "pt"), ["calque"]);
    assert.deepEqual(kinds("Il l’a dit dans une interview au Washington Post.", "fr"), []);
  });

  it("finds an infinitive reporting clause before a closing quotation", () => {
    assert.deepEqual(kinds("Les États-Unis répondront à toute agression, écrire « gardien ».", "fr"), ["broken-idiom"]);
    assert.deepEqual(kinds("Ha respondido a todo, escribir «guardián».", "es"), ["broken-idiom"]);
    assert.deepEqual(kinds("Il s’est contenté de dire « non ».", "fr"), []);
  });

  it("finds a sentence in another language outside quotations", () => {
    const text =
      "Les deux ministres se sont rencontrés vendredi à Genève pour parler de l’Ukraine. " +
      "The two men agreed that further talks would be needed before any agreement could be reached on the security guarantees.";
    assert.ok(kinds(text, "fr").includes("mixed-language"));
    const quoted =
      "Les deux ministres se sont rencontrés vendredi à Genève. " +
      "« We agreed that further talks would be needed before any agreement could be reached », a dit Blinken en anglais.";
    assert.ok(!kinds(quoted, "fr").includes("mixed-language"));
  });
});

describe("detectMachineTranslation: the verdict", () => {
  it("flags text with weighty signals from two rules", () => {
    const text = "Il a promis une réponse, mais stress que rien n’est réglé. . Ils partagent des liens culturels.";
    assert.equal(detectMachineTranslation(text, "fr").likely, true);
  });

  it("does not flag one kind of slip, however repeated", () => {
    const text = "Il est venu. il est reparti. Elle est venue. elle est repartie. Ils sont venus. ils sont repartis.";
    const verdict = detectMachineTranslation(text, "fr");
    assert.equal(verdict.signals.length, 3);
    assert.equal(verdict.likely, false);
  });

  it("does not flag clean human articles in seven languages", () => {
    const articles: Array<[string, string]> = [
      [
        "fr",
        "M. Lavrov a qualifié ces entretiens d’utiles. « Nous attendons des réponses concrètes », a-t-il déclaré, selon Le Monde. Le stress monte à Kiev, où l’on craint une offensive d’ici à février, etc.",
      ],
      [
        "en",
        'Mr. Blinken said the U.S. would respond in writing next week. "We are not expecting a breakthrough," he told reporters in Geneva. The talks lasted 90 minutes.',
      ],
      [
        "es",
        "El secretario de Estado, Antony Blinken, dijo que EE. UU. responderá por escrito. «No esperamos grandes avances», afirmó Lavrov, según la agencia EFE.",
      ],
      [
        "de",
        "Blinken sagte, die USA würden nächste Woche schriftlich antworten. „Wir erwarten keinen Durchbruch“, sagte Lawrow laut dpa. Das Treffen dauerte z. B. länger als geplant.",
      ],
      [
        "it",
        "Il segretario di Stato ha detto che gli Usa risponderanno per iscritto. «Non ci aspettiamo progressi», ha affermato Lavrov, secondo l’ANSA.",
      ],
      [
        "pt",
        "O secretário de Estado disse que os EUA vão responder por escrito. «Não esperamos grandes avanços», afirmou Lavrov, segundo a Lusa.",
      ],
      [
        "ro",
        "Secretarul de stat a declarat că SUA vor răspunde în scris. „Nu ne așteptăm la progrese”, a spus Lavrov, potrivit Agerpres.",
      ],
    ];
    for (const [language, text] of articles) {
      assert.deepEqual(detectMachineTranslation(text, language), { likely: false, signals: [] }, language);
    }
  });

  it("gives no signal for an empty text or an undetermined language", () => {
    assert.deepEqual(detectMachineTranslation("", "fr"), { likely: false, signals: [] });
    assert.deepEqual(detectMachineTranslation("Un texte sans rien de particulier.", "und"), {
      likely: false,
      signals: [],
    });
  });
});

describe("detectMachineTranslation with the segmentation at hand", () => {
  it("finds the same word-level signals from the tokens as from the text alone", () => {
    const texts = [
      "Il a affirmé que le dialogue se poursuivrait, mais stress que les États-Unis répondront.",
      "UNE La BBC a fait savoir que le Poste de Washington et le Temps de New York of the day sont d’accord.",
      "Les Nouvelles d'ABC rapportent, écrire « gardien ». Le Gardien a rapporté thé of thé.",
      "Un texte sans aucune trace de traduction, avec l’un et l’autre, G7 et 10 000 soldats.",
    ];
    for (const text of texts) {
      const alone = detectMachineTranslation(text, "fr");
      assert.deepEqual(detectMachineTranslation(text, "fr", segmentText(text, "fr")), alone, text);
    }
  });
});
