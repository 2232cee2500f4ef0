import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeAnalyzedArticle, testArticleId } from "../../../../test/support/analyzed-article.js";
import type { AnalyzedArticle } from "../../../domain/index.js";
import { extractEntities } from "./index.js";

const analyzed = (id: number, text: string, language: string): AnalyzedArticle =>
  makeAnalyzedArticle(text, { id: testArticleId(id), language });

describe("chooseName: the language names are given in", () => {
  const story = [
    analyzed(
      1,
      "Der Außenminister Sergej Lawrow traf Antony Blinken in Genf. In Genf sprachen sie über Russland.",
      "de",
    ),
    analyzed(2, "Lavrov y Blinken se reunieron en Ginebra. Serguéi Lavrov habló de Rusia.", "es"),
    analyzed(3, "Sergei Lavrov met Antony Blinken in Geneva to talk about Russia.", "en"),
  ];
  const nameOf = (entities: ReturnType<typeof extractEntities>, variant: string) =>
    entities.find((entity) => entity.variants.includes(variant))?.name;

  it("gives a place its name in the dossier's language, though another language writes it more often", () => {
    const english = extractEntities(story, { language: "en" });
    assert.equal(nameOf(english, "Genf"), "Geneva");
    assert.equal(nameOf(english, "Rusia"), "Russia");
    assert.equal(nameOf(extractEntities(story, { language: "es" }), "Genf"), "Ginebra");
    // With no language given, the most frequent spelling.
    assert.equal(nameOf(extractEntities(story), "Ginebra"), "Genf");
  });

  it("gives a person the dossier language's spelling among equally frequent full names", () => {
    assert.equal(nameOf(extractEntities(story, { language: "en" }), "Lavrov"), "Sergei Lavrov");
    assert.equal(nameOf(extractEntities(story, { language: "de" }), "Lavrov"), "Sergej Lawrow");
    // A spelling the other languages write more often stays: a person's name changes little across languages.
    const twice = [...story, analyzed(4, "Sergej Lawrow sagte nichts.", "de")];
    assert.equal(nameOf(extractEntities(twice, { language: "en" }), "Lavrov"), "Sergej Lawrow");
  });

  it("counts no particle as a word of a full name: 'Muamar el Gadafi' is no more complete than 'Muammar Gaddafi'", () => {
    const texts: [string, string][] = [
      ["fr", "Mouammar Kadhafi a été tué jeudi à Syrte. Kadhafi dirigeait la Libye."],
      ["it", "Muammar Gheddafi è stato ucciso giovedì a Sirte. Gheddafi governava la Libia."],
      ["en", "Muammar Gaddafi was killed on Thursday in Sirte. Gaddafi had ruled Libya."],
      ["es", "Muamar el Gadafi murió el jueves en Sirte. Gadafi gobernaba Libia."],
    ];
    const gaddafi = texts.map(([language, text], index) => analyzed(index + 10, text, language));
    const entities = extractEntities(gaddafi, { language: "en" });
    assert.equal(nameOf(entities, "Gadafi"), "Muammar Gaddafi");
    assert.equal(nameOf(extractEntities(gaddafi, { language: "es" }), "Gadafi"), "Muamar el Gadafi");
  });
});

describe("chooseName: a place written in capitals", () => {
  it("names a listed place a wire dateline writes in capitals as its words are written, and leaves acronyms", () => {
    const entities = extractEntities([
      analyzed(1, "ROME (Reuters) - An earthquake struck central Italy. NEW YORK was calm, the USA said.", "en"),
    ]);
    const names = entities.map((entity) => entity.name);
    assert.ok(names.includes("Rome"), names.join(", "));
    assert.ok(names.includes("New York"), names.join(", "));
    assert.ok(names.includes("USA"), names.join(", "));
    assert.ok(entities.find((entity) => entity.name === "Rome")?.variants.includes("ROME"));
    const spanish = extractEntities([analyzed(2, "El gobierno de EEUU anunció el lunes nuevas sanciones.", "es")]);
    assert.ok(spanish.some((entity) => entity.name === "EEUU"));
  });
});
