import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("findRoles: religious titles", () => {
  it("a religious or dynastic title before a name makes it a person's, in every language read", () => {
    const cases: [string, string, string][] = [
      ["fr", "Il a cité l'Ayatollah Khomeiny devant la foule.", "Khomeiny"],
      ["fr", "Selon le cheikh Youssef Qaradawi, rien n'est décidé.", "Youssef Qaradawi"],
      ["en", "The sermon was given by Rabbi Jonathan Sacks in London.", "Jonathan Sacks"],
      ["es", "La reunión la presidió el cardenal Juan José Omella.", "Juan José Omella"],
      ["it", "La messa è stata celebrata dal vescovo Matteo Zuppi.", "Matteo Zuppi"],
      ["pt", "O culto foi conduzido pelo bispo Edir Macedo.", "Edir Macedo"],
      ["de", "Die Rede hielt Kardinal Reinhard Marx in München.", "Reinhard Marx"],
    ];
    for (const [language, text, name] of cases)
      assert.equal(entitiesByName(text, language).get(name)?.type, "person", `${language}: ${name}`);
  });

  it("fr: the Republic of a prosecutor's or a president's function is no place ('procureur de la République de Besançon')", () => {
    const found = entitiesByName(
      "La procureure de la République de Besançon, Edwige Roux-Morizot, a parlé au président de la République.",
      "fr",
    );
    assert.equal(found.get("République de Besançon"), undefined);
    assert.equal(found.get("Besançon")?.type, "place");
    assert.equal(found.get("Edwige Roux-Morizot")?.type, "person");
  });
});

describe("findRoles: portfolios", () => {
  it("es, it, pt: a minister's capitalised portfolio belongs to the role, the name after it to the person", () => {
    const cases: [string, string, string, string][] = [
      ["es", "El ministro de Interior Habib el Adli fue detenido.", "Habib el Adli", "Interior Habib el Adli"],
      [
        "es",
        "El secretario de Defensa de Estados Unidos, Robert Gates, habló.",
        "Robert Gates",
        "Defensa de Estados Unidos",
      ],
      ["it", "Il ministro dell'Interno Angelino Alfano ha parlato.", "Angelino Alfano", "Interno Angelino Alfano"],
      ["pt", "O ministro da Defesa José Alencar falou ontem.", "José Alencar", "Defesa José Alencar"],
    ];
    for (const [language, text, person, glued] of cases) {
      const found = entitiesByName(text, language);
      assert.equal(found.get(person)?.type, "person", `${language}: ${person}`);
      assert.equal(found.has(glued), false, `${language}: ${glued}`);
    }
  });
});

describe("findRoles: occupations", () => {
  it("a role ending a sentence says nothing of the name opening the next one", () => {
    const found = entitiesByName("Son agent est un proche du chanteur. Le Parisien affirme le contraire.", "fr");
    assert.notEqual(found.get("Le Parisien")?.type, "person");
  });

  it("an occupation before a name makes it a person's and is given as their function, in every language read", () => {
    const cases: [string, string, string, string][] = [
      ["fr", "Le chanteur Johnny Hallyday a rempli le stade.", "Johnny Hallyday", "chanteur"],
      ["en", "The film stars actor Tom Hanks as the captain.", "Tom Hanks", "actor"],
      ["es", "El futbolista Lionel Messi llegó a París.", "Lionel Messi", "futbolista"],
      ["it", "Lo scrittore Roberto Saviano vive sotto scorta.", "Roberto Saviano", "scrittore"],
      ["pt", "O cantor Caetano Veloso fez um show.", "Caetano Veloso", "cantor"],
      ["de", "Der Schauspieler Til Schweiger drehte in Hamburg.", "Til Schweiger", "Schauspieler"],
      ["ro", "Actorul Ion Caramitru a murit la București.", "Ion Caramitru", "Actorul"],
    ];
    for (const [language, text, name, role] of cases) {
      const person = entitiesByName(text, language).get(name);
      assert.equal(person?.type, "person", `${language}: ${name}`);
      assert.deepEqual(
        person?.roles.map((found) => found.text),
        [role],
        `${language}: ${name}`,
      );
    }
  });
});
