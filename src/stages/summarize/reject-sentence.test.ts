import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { countWords, rejectSentence } from "./reject-sentence.js";

describe("rejectSentence", () => {
  it("keeps an ordinary sentence, with or without a closing quote", () => {
    assert.equal(rejectSentence("Le chef de la diplomatie russe a rencontré son homologue américain à Genève."), null);
    assert.equal(rejectSentence("Il a dit que les discussions continueraient « la semaine prochaine »."), null);
  });

  it("names why a sentence is unfit", () => {
    assert.equal(rejectSentence("Contexte explosif"), "heading");
    assert.equal(rejectSentence("Les diplomates vont-ils parvenir à un accord avant la fin du mois ?"), "question");
    assert.equal(rejectSentence("La réunion entre Blinken et Lavrov est terminée...."), "truncated");
    assert.equal(rejectSentence("Voici les principales demandes de la Russie aux Occidentaux :"), "list-intro");
    assert.equal(rejectSentence("Lire aussi : Blinken à Kiev pour rassurer l'Ukraine."), "boilerplate");
    assert.equal(rejectSentence("Abonnez-vous à notre newsletter pour tout savoir."), "boilerplate");
    assert.equal(rejectSentence("Accord conclu."), "fragment");
    assert.equal(rejectSentence("Metti le tue passioni in un libro: pubblicalo!"), "exclamation");
    assert.equal(rejectSentence("Découvrez notre offre spéciale pour un euro par mois !"), "exclamation");
    // An exclamation the sentence quotes is the quotation's, not the page's.
    assert.equal(rejectSentence("Les manifestants scandaient sans relâche « Moubarak, dégage ! »"), null);
    assert.equal(rejectSentence("et la Russie a répondu par écrit aux propositions de l'Otan."), "fragment");
    assert.equal(
      rejectSentence("« Nous n’attendons pas de progrès dans ces négociations », a-t-il dit."),
      "quote-fragment",
    );
  });

  it("counts whitespace-separated words", () => {
    assert.equal(countWords("  Le chef de  la diplomatie\nrusse. "), 6);
    assert.equal(countWords(""), 0);
  });
});
