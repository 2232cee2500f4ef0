import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeAnalyzedArticle } from "../../../../test/support/analyzed-article.js";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";
import { recognizeMentions } from "./recognize-mentions.js";

/** The type of each mention's name, by name. */
function typesOf(text: string, language: string): Map<string, string> {
  const doc = makeAnalyzedArticle(text, { language });
  return new Map(recognizeMentions([doc]).map((mention) => [mention.name, mention.type]));
}

describe("capitalised common words (hasCommonWordInside)", () => {
  it("es: a noun phrase in capitals, whose words the story writes in lower case, is no person", () => {
    const types = typesOf(
      "La Guerra Civil Siria empezó en 2011. La guerra civil dura. El Observatorio Sirio cuenta los muertos, " +
        "como otro observatorio sirio. Pacho Alonso cantó.",
      "es",
    );
    assert.notEqual(types.get("Guerra Civil Siria"), "person");
    assert.notEqual(types.get("Observatorio Sirio"), "person");
    assert.equal(types.get("Pacho Alonso"), "person");
  });

  it("es, fr, en: a capitalised phrase holding an abstract noun is no person, wherever the noun stands", () => {
    const es = typesOf("El Grupo sobre Desaparición Forzosa lo pidió. Pacho Alonso cantó.", "es");
    assert.notEqual(es.get("Desaparición Forzosa"), "person");
    assert.equal(es.get("Pacho Alonso"), "person");
    const fr = typesOf("Le Concours Eurovision a lieu à Turin. Olivier Dupont chante.", "fr");
    assert.notEqual(fr.get("Concours Eurovision"), "person");
    const en = typesOf("Sales of Activision Blizzard rose, and PlayStation Network fell, Tim Cook said.", "en");
    assert.notEqual(en.get("Activision Blizzard"), "person");
    assert.equal(en.get("Tim Cook"), "person");
  });

  it("es, pt, en: a phrase of plurals, or holding an adjective that writes its stress, is no person", () => {
    const es = typesOf(
      "Las Fuerzas Armadas y el Buró Político lo anunciaron. La Fuerza Aérea atacó durante la Primavera Árabe. " +
        "Carlos Torres y Valdis Dombrovskis hablaron.",
      "es",
    );
    for (const name of ["Fuerzas Armadas", "Buró Político", "Fuerza Aérea", "Primavera Árabe"])
      assert.notEqual(es.get(name), "person", name);
    assert.equal(es.get("Carlos Torres"), "person");
    assert.equal(es.get("Valdis Dombrovskis"), "person");
    const pt = typesOf("A Universidade Católica e os Direitos Humanos. Maria Santos falou.", "pt");
    assert.notEqual(pt.get("Direitos Humanos"), "person");
    assert.equal(pt.get("Maria Santos"), "person");
    const en = typesOf("Texas Instruments rose. Banques Populaires fell. James Williams sold.", "en");
    assert.notEqual(en.get("Texas Instruments"), "person");
    assert.notEqual(en.get("Banques Populaires"), "person");
    assert.equal(en.get("James Williams"), "person");
  });

  it("en: a given name first keeps a person, and a month after it is a surname ('Theresa May', 'Tim Cook')", () => {
    const found = entitiesByName("Theresa May spoke. Tim Cook listened. You may cook.", "en");
    assert.equal(found.get("Theresa May")?.type, "person");
    assert.equal(found.get("Tim Cook")?.type, "person");
  });

  it("es: Côte d'Ivoire under its Spanish name is a place", () => {
    assert.equal(entitiesByName("Costa de Marfil y Sudáfrica votaron.", "es").get("Costa de Marfil")?.type, "place");
  });

  it("fr: a word in capitals that the story also writes in lower case is a heading, not an acronym; acronyms stay", () => {
    const types = typesOf(
      "PRIX : 3 francs le numéro. Le prix du pain monte. A LOUER, appartement. Il veut louer. " +
        "La CGT et le MRAP protestent.",
      "fr",
    );
    assert.equal(types.get("PRIX"), undefined);
    assert.equal(types.get("LOUER"), undefined);
    assert.equal(types.get("CGT"), "organization");
    assert.equal(types.get("MRAP"), "organization");
  });

  it("en: a phrase holding an English abstract noun is no person; given names with such endings stay people", () => {
    const types = typesOf(
      "The Public Sector Borrowing Requirement rose and the European Currency Unit fell, Felicity Jones and " +
        "Florence Pugh said.",
      "en",
    );
    assert.notEqual(types.get("Public Sector Borrowing Requirement"), "person");
    assert.notEqual(types.get("European Currency Unit"), "person");
    assert.equal(types.get("Felicity Jones"), "person");
    assert.equal(types.get("Florence Pugh"), "person");
  });
});
