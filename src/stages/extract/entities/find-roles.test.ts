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
