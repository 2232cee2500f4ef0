import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { segmentText } from "../segment/index.js";
import { opensAnaphorically, refersBack } from "./sentence-candidates.js";

const opens = (text: string, language: string) => opensAnaphorically(segmentText(text, language).tokens, language);
const points = (text: string, language: string) => refersBack(segmentText(text, language).tokens, language);

describe("opensAnaphorically", () => {
  it("flags sentences that open on a word pointing back, in every language with cues", () => {
    const cases: Array<[string, string]> = [
      ["fr", "Il a néanmoins précisé que les discussions continueraient."],
      ["fr", "Ce dernier a promis une réponse unie et rapide."],
      ["fr", "C’est la première rencontre depuis décembre."],
      ["fr", "De son côté, le ministre a rejeté toute menace."],
      ["en", "He said the talks would continue next week."],
      ["en", "However, the minister rejected any threat."],
      ["es", "Sin embargo, el ministro rechazó cualquier amenaza."],
      ["es", "Ella dijo que las conversaciones continuarían."],
      ["de", "Er sagte, die Gespräche würden fortgesetzt."],
      ["de", "Diese Entscheidung wurde am Freitag getroffen."],
      ["it", "Tuttavia, il ministro ha respinto ogni minaccia."],
      ["it", "Lui ha detto che i colloqui continueranno."],
      ["pt", "Ele disse que as conversações vão continuar."],
      ["pt", "Contudo, o ministro rejeitou qualquer ameaça."],
      ["ro", "El a spus că discuțiile vor continua."],
      ["ro", "Totuși, ministrul a respins orice amenințare."],
    ];
    for (const [language, text] of cases) assert.equal(opens(text, language), true, `${language}: ${text}`);
  });

  it("keeps self-contained openings, a demonstrative before a time word included", () => {
    const cases: Array<[string, string]> = [
      ["fr", "Le chef de la diplomatie russe a rencontré son homologue à Genève."],
      ["fr", "Ce vendredi, les deux ministres se sont rencontrés à Genève."],
      ["fr", "Cette semaine, la Russie a déployé des troupes."],
      ["en", "This week, Russia moved troops to the border."],
      ["en", "The Russian minister met his counterpart in Geneva."],
      ["en", "There were no casualties, the police said."],
      ["es", "Esta semana, Rusia desplegó tropas en la frontera."],
      ["de", "Es gibt keine Fortschritte, sagte der Minister."],
      ["it", "Il ministro russo ha incontrato il suo omologo."],
      ["pt", "O ministro russo encontrou o seu homólogo."],
      ["ro", "Ministrul rus s-a întâlnit cu omologul său."],
      ["xx", "Il a dit."],
    ];
    for (const [language, text] of cases) assert.equal(opens(text, language), false, `${language}: ${text}`);
  });
});

describe("refersBack", () => {
  it("flags a demonstrative before a noun past the first word, not before a time word", () => {
    assert.equal(points("Antony Blinken a confirmé cette information.", "fr"), true);
    assert.equal(points("The minister confirmed these reports on Friday.", "en"), true);
    assert.equal(points("Les ministres se sont rencontrés cette semaine à Genève.", "fr"), false);
    assert.equal(points("Russia moved troops this week, officials said.", "en"), false);
    assert.equal(points("Le ministre a rencontré son homologue à Genève.", "fr"), false);
  });
});
