import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeAnalyzedArticle, testArticleId } from "../../../../test/support/analyzed-article.js";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";
import { extractEntities } from "./index.js";

/** The functions recoupe gives `name` in one article of `text`, verbatim. */
function rolesOf(text: string, language: string, name: string): string[] | undefined {
  return entitiesByName(text, language)
    .get(name)
    ?.roles.map((role) => role.text);
}

describe("appositionRole: a function written after a person's name", () => {
  it("reads the role after the comma, with its article or possessive, in every language", () => {
    const cases: [string, string, string, string][] = [
      ["fr", "Louis Thorens, vice-président, a ouvert la séance.", "Louis Thorens", "vice-président"],
      [
        "fr",
        "Sergueï Lavrov, le ministre russe des Affaires étrangères, a répondu.",
        "Sergueï Lavrov",
        "ministre russe des Affaires étrangères",
      ],
      [
        "en",
        "Jens Stoltenberg, the secretary general of NATO, said so.",
        "Jens Stoltenberg",
        "secretary general of NATO",
      ],
      [
        "es",
        "Pedro Sánchez, el presidente del Gobierno, viajó a Bruselas.",
        "Pedro Sánchez",
        "presidente del Gobierno",
      ],
      [
        "it",
        "Sergio Mattarella, il presidente della Repubblica, ha parlato.",
        "Sergio Mattarella",
        "presidente della Repubblica",
      ],
      [
        "pt",
        "Luiz Inácio Lula da Silva, o presidente do Brasil, chegou ontem.",
        "Luiz Inácio Lula da Silva",
        "presidente do Brasil",
      ],
      ["de", "Olaf Scholz, der Bundeskanzler, reiste nach Paris.", "Olaf Scholz", "Bundeskanzler"],
    ];
    for (const [language, text, name, role] of cases)
      assert.deepEqual(rolesOf(text, language, name), [role], `${language}: ${text}`);
  });

  it("runs the complement on through link words, and stops at what neither links nor follows a link", () => {
    assert.deepEqual(
      rolesOf(
        "M. Fritz Ehrensberger, président du Conseil d'administration du Chemin de fer de la Jungfrau, est mort.",
        "fr",
        "Fritz Ehrensberger",
      ),
      ["président du Conseil d'administration du Chemin de fer de la Jungfrau"],
    );
    assert.deepEqual(
      rolesOf("Jens Stoltenberg, secretary general of NATO since 2014, said so.", "en", "Jens Stoltenberg"),
      ["secretary general of NATO"],
    );
    // A word that ends like an adjective is none: the role stops before it.
    assert.deepEqual(
      rolesOf("Gérald Darmanin, ministre de l'Intérieur depuis 2020, a démenti.", "fr", "Gérald Darmanin"),
      ["ministre de l'Intérieur"],
    );
    assert.deepEqual(rolesOf("Shadi Hamid, directeur du Centre Brookings de Doha, a répondu.", "fr", "Shadi Hamid"), [
      "directeur du Centre Brookings de Doha",
    ]);
    assert.deepEqual(
      rolesOf("Abdalá Abu Afra, portavoz militar de los rebeldes, lo confirmó.", "es", "Abdalá Abu Afra"),
      ["portavoz militar de los rebeldes"],
    );
    assert.deepEqual(rolesOf("Joe Biden, président d’une Amérique fracturée, a prêté serment.", "fr", "Joe Biden"), [
      "président d’une Amérique fracturée",
    ]);
  });

  it("reads a role written before the name with its complement and a comma, after an article", () => {
    assert.deepEqual(
      rolesOf("Le vice-ministre russe de la Défense, Alexandre Fomine, a parlé.", "fr", "Alexandre Fomine"),
      ["vice-ministre russe de la Défense"],
    );
    assert.deepEqual(
      rolesOf("The secretary general of the alliance, Jens Stoltenberg, invited Russia.", "en", "Jens Stoltenberg"),
      ["secretary general of the alliance"],
    );
    assert.deepEqual(
      rolesOf(
        "Le secrétaire général de l’alliance militaire, Jens Stoltenberg, a invité la Russie.",
        "fr",
        "Jens Stoltenberg",
      ),
      ["secrétaire général de l’alliance militaire"],
    );
    assert.deepEqual(rolesOf("Ont été élus Louis Thorens, vice-président, Numa Matthey.", "fr", "Numa Matthey"), []);
  });

  it("gives no function to a name followed by a clause, a place or a plain noun", () => {
    assert.deepEqual(rolesOf("Antony Blinken, qui était à Kiev, a rencontré Lavrov.", "fr", "Antony Blinken"), []);
    assert.deepEqual(
      rolesOf("Marie Curie, pionnière de la radioactivité, est née à Varsovie.", "fr", "Marie Curie"),
      [],
    );
    assert.deepEqual(rolesOf("Hier, Emmanuel Macron, à Berlin, a parlé.", "fr", "Emmanuel Macron"), []);
    // A list of people: each role is the next name's.
    const listed = "Nicolas Sarkozy, le Premier ministre britannique David Cameron et Angela Merkel ont signé.";
    assert.deepEqual(rolesOf(listed, "fr", "Nicolas Sarkozy"), []);
    assert.deepEqual(rolesOf(listed, "fr", "David Cameron"), ["Premier ministre britannique"]);
    const between = "Il a vu le secrétaire à la Défense, Robert Gates, le président russe, Dmitri Medvedev, à Moscou.";
    assert.deepEqual(rolesOf(between, "fr", "Robert Gates"), []);
    const bare = "Ont été élus Louis Thorens, vice-président, Numa Matthey, secrétaire.";
    assert.deepEqual(rolesOf(bare, "fr", "Louis Thorens"), ["vice-président"]);
  });

  it("keeps one role per function however it is written, the one most articles give first, each traceable", () => {
    const docs = [
      "Antony Blinken, le secrétaire d'État américain, est arrivé.",
      "Le chef de la diplomatie américaine Antony Blinken est arrivé.",
      "Antony Blinken, secrétaire d'État américain, a parlé.",
    ].map((text, index) => makeAnalyzedArticle(text, { id: testArticleId(index + 1), language: "fr" }));
    const blinken = extractEntities(docs).find((entity) => entity.name === "Antony Blinken");
    assert.deepEqual(
      blinken?.roles.map((role) => [role.text, role.articleIds.length]),
      [
        ["secrétaire d'État américain", 2],
        ["chef de la diplomatie américaine", 1],
      ],
    );
    for (const role of blinken!.roles)
      for (const evidence of role.evidence) {
        const doc = docs.find((candidate) => candidate.article.id === evidence.articleId)!;
        assert.equal(doc.article.text.slice(evidence.start, evidence.end), evidence.text);
      }
  });

  it("gives functions to people only", () => {
    const found = entitiesByName("Genève, capitale de la diplomatie, accueille Airbus, leader du secteur.", "fr");
    for (const entity of found.values()) if (entity.type !== "person") assert.deepEqual(entity.roles, []);
  });
});
