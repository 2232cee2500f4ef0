import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectLanguage } from "./index.js";

describe("detectLanguage", () => {
  const samples: Record<string, string> = {
    fr: "Le secrétaire d’Etat américain Antony Blinken a affirmé ce vendredi que le dialogue avec Moscou se poursuivrait.",
    en: "The US Secretary of State said on Friday that talks with Moscow would continue next week in Geneva.",
    es: "El secretario de Estado estadounidense afirmó el viernes que el diálogo con Moscú continuará la próxima semana.",
    de: "Der US-Außenminister sagte am Freitag, dass der Dialog mit Moskau in der nächsten Woche fortgesetzt werde.",
    it: "Il segretario di Stato americano ha affermato venerdì che il dialogo con Mosca proseguirà la prossima settimana.",
    pt: "O secretário de Estado norte-americano afirmou na sexta-feira que o diálogo com Moscou continuará na próxima semana.",
    ro: "Secretarul de stat american a afirmat vineri că dialogul cu Moscova va continua săptămâna viitoare la Geneva.",
  };
  for (const [language, text] of Object.entries(samples)) {
    it(`detects ${language}`, () => assert.equal(detectLanguage(text).language, language));
  }

  it("falls back on the declared language for a short text", () => {
    assert.deepEqual(detectLanguage("Genève, 21 janvier", "fr-FR"), { language: "fr", basis: "declared", score: 0 });
  });

  it("says undetermined when there is no letter", () => {
    assert.equal(detectLanguage("81 0 2022").language, "und");
  });
});
