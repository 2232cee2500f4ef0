import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { genevaFixtureDocs, makeAnalyzedArticle, testArticleId } from "../../../../test/support/analyzed-article.js";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";
import type { AnalyzedArticle } from "../../../domain/index.js";
import { extractEntities } from "./index.js";

export function analyzed(id: number, text: string, language: string): AnalyzedArticle {
  return makeAnalyzedArticle(text, { id: testArticleId(id), language });
}

const docs = genevaFixtureDocs();
const entities = extractEntities(docs);
const find = (name: string) => entities.find((entity) => entity.name === name);

describe("extractEntities on geneva-2022-01", () => {
  it("merges Antony Blinken's spellings and short forms", () => {
    const blinken = find("Antony Blinken");
    assert.equal(blinken?.type, "person");
    for (const variant of ["Blinken", "Bliken", "Anthony Blinken", "M. Blinken"])
      assert.ok(blinken?.variants.includes(variant), variant);
    assert.equal(blinken?.articleIds.length, 5);
  });

  it("gives each minister the functions the outlets write next to his name, most written first", () => {
    const roles = (name: string) => find(name)?.roles.map((role) => [role.text, role.articleIds.length]);
    assert.deepEqual(roles("Antony Blinken")?.[0], ["secrétaire d’Etat américain", 3]);
    assert.deepEqual(roles("Sergueï Lavrov")?.[0], ["ministre russe des Affaires étrangères", 3]);
    assert.deepEqual(find("Genève")?.roles, []);
  });

  it("merges Sergueï Lavrov with Sergei Lavrov and M. Lavrov", () => {
    const lavrov = find("Sergueï Lavrov");
    assert.equal(lavrov?.type, "person");
    for (const variant of ["Lavrov", "M. Lavrov", "Sergei Lavrov"])
      assert.ok(lavrov?.variants.includes(variant), variant);
  });

  it("types places and organisations", () => {
    assert.equal(find("Genève")?.type, "place");
    assert.equal(find("OTAN")?.type, "organization");
    assert.ok(find("OTAN")?.variants.includes("Otan"));
    assert.equal(find("Jens Stoltenberg")?.type, "person");
    assert.ok(find("Vladimir Poutine")?.variants.includes("Vladimir Purtin"));
    assert.ok(find("États-Unis")?.variants.includes("Etats-Uns"));
  });

  it("leaves sentence-initial common words and role words out", () => {
    for (const name of ["Contexte", "Lire", "Dans", "État", "Affaires", "Vendredi"])
      assert.equal(find(name), undefined, name);
  });

  it("sorts by salience and keeps every evidence span verbatim", () => {
    assert.ok(["Russie", "Sergueï Lavrov", "Antony Blinken"].includes(entities[0]!.name));
    const texts = new Map(docs.map((doc) => [doc.article.id, doc.article.text]));
    for (const entity of entities) {
      for (const mention of entity.evidence)
        assert.equal(texts.get(mention.articleId)!.slice(mention.start, mention.end), mention.text);
    }
  });
});

describe("extractEntities across languages", () => {
  const names = (text: string, language: string) =>
    extractEntities([analyzed(1, text, language)]).map((entity) => [entity.name, entity.type]);

  it("en: titles, roles and places", () => {
    const found = names(
      "Russian Foreign Minister Sergei Lavrov met Mr. Blinken in Geneva on Friday. Lavrov said NATO must leave.",
      "en",
    );
    assert.deepEqual(
      found.find(([name]) => name === "Sergei Lavrov"),
      ["Sergei Lavrov", "person"],
    );
    assert.deepEqual(
      found.find(([name]) => name === "Geneva"),
      ["Geneva", "place"],
    );
    assert.deepEqual(
      found.find(([name]) => name === "NATO"),
      ["NATO", "organization"],
    );
    assert.equal(
      found.find(([name]) => name === "Friday"),
      undefined,
    );
  });

  it("en, fr: a ministry named by its own word is an organisation, not the speaker it seems ('The Treasury said')", () => {
    assert.deepEqual(names("The Treasury said it would sell $9 billion of notes.", "en"), [
      ["Treasury", "organization"],
    ]);
    assert.deepEqual(names("Selon le Trésor, la dette a augmenté.", "fr"), [["Trésor", "organization"]]);
  });

  it("es: particles and gazetteer", () => {
    const found = names(
      "El presidente Pedro Sánchez habló con Ursula von der Leyen en Bruselas. Sánchez viajará a Francia.",
      "es",
    );
    assert.deepEqual(
      found.find(([name]) => name === "Pedro Sánchez"),
      ["Pedro Sánchez", "person"],
    );
    assert.deepEqual(
      found.find(([name]) => name === "Ursula von der Leyen"),
      ["Ursula von der Leyen", "person"],
    );
    assert.deepEqual(
      found.find(([name]) => name === "Bruselas"),
      ["Bruselas", "place"],
    );
  });

  it("de, it, pt, ro: transliterations of one name merge", () => {
    for (const [text, language] of [
      [
        "Der ukrainische Präsident Wolodymyr Selenskyj sprach in Kiew. Präsident Selenskij sagte, die Lage sei ernst.",
        "de",
      ],
      ["Il presidente Volodymyr Zelensky ha parlato a Roma. Zelenskiy ha detto che la situazione è grave.", "it"],
      ["O presidente Volodymyr Zelensky falou em Lisboa. Zelenskiy disse que a situação é grave.", "pt"],
      ["Președintele Volodimir Zelenski a vorbit la București. Zelenskîi a spus că situația este gravă.", "ro"],
    ] as const) {
      const entities = extractEntities([analyzed(1, text, language)]);
      const people = entities.filter((entity) => entity.type === "person");
      assert.equal(people.length, 1, `${language}: ${JSON.stringify(people.map((entity) => entity.variants))}`);
    }
  });
});

describe("extractEntities: initials, suffixes, and places named after people", () => {
  it("en: middle initials and generational suffixes stay in a person's name", () => {
    const found = entitiesByName(
      "Robert F. Kennedy Jr. said on Tuesday that vaccines would be reviewed. John F. Kennedy was president " +
        "in 1961. Martin Luther King Jr. led the march. George H. W. Bush met Michael J. Fox. J. K. Rowling " +
        "wrote a new book. Later, Kennedy spoke again.",
      "en",
    );
    for (const name of [
      "Robert F. Kennedy Jr",
      "John F. Kennedy",
      "Martin Luther King Jr",
      "George H. W. Bush",
      "Michael J. Fox",
      "J. K. Rowling",
    ])
      assert.equal(found.get(name)?.type, "person", name);
    // Two men named Kennedy: the lone surname joins neither; and "Jr" is no surname that two names share.
    assert.ok(!found.get("Robert F. Kennedy Jr")!.variants.includes("Martin Luther King Jr"));
    assert.ok(!found.get("Martin Luther King Jr")!.variants.includes("Robert F. Kennedy Jr"));
  });

  it("en, de: a place's last word outweighs the given name it starts with", () => {
    const en = entitiesByName(
      "Officials flew into Ronald Reagan Washington National Airport and met at the John F. Kennedy Center.",
      "en",
    );
    assert.equal(en.get("Ronald Reagan Washington National Airport")?.type, "place");
    assert.notEqual(en.get("John F. Kennedy Center")?.type, "person");
    const de = entitiesByName(
      "Das Treffen fand in der Konrad-Adenauer-Straße statt. Danach gingen sie zum Willy-Brandt-Platz.",
      "de",
    );
    assert.equal(de.get("Konrad-Adenauer-Straße")?.type, "place");
    assert.equal(de.get("Willy-Brandt-Platz")?.type, "place");
  });

  it("fr: a street, a hotel or an airport named after someone is a place, and his title is part of its name", () => {
    const found = entitiesByName(
      "La réunion s'est tenue à l'hôtel Président Wilson. Le cortège est parti de la place du Général de " +
        "Gaulle, a remonté le boulevard du Maréchal Foch, puis a gagné l'aéroport Charles de Gaulle. Les élèves " +
        "du lycée Jean Jaurès ont défilé.",
      "fr",
    );
    for (const name of [
      "hôtel Président Wilson",
      "place du Général de Gaulle",
      "boulevard du Maréchal Foch",
      "aéroport Charles de Gaulle",
    ])
      assert.equal(found.get(name)?.type, "place", name);
    for (const name of ["Wilson", "Foch", "Gaulle", "Charles de Gaulle", "Jean Jaurès"])
      assert.equal(found.get(name), undefined, name);
  });

  it("en: a capitalised head opening the name keeps the title too; a head closing a name does not", () => {
    const found = entitiesByName(
      "The talks at the Hotel President Wilson ended. At the Plaza Hotel Senator Warren spoke.",
      "en",
    );
    assert.equal(found.get("Hotel President Wilson")?.type, "place");
    assert.equal(found.get("Plaza Hotel")?.type, "place");
    assert.equal(found.get("Warren")?.type, "person");
    assert.equal(found.get("Wilson"), undefined);
  });

  it("fr: a title before a particle keeps the particle in the name (« le général de Gaulle »)", () => {
    const found = entitiesByName(
      "Le général de Gaulle a parlé à Londres. Charles de Gaulle y vivait alors. M. de Villepin a salué son discours.",
      "fr",
    );
    assert.equal(found.get("Charles de Gaulle")?.type, "person");
    assert.ok(found.get("Charles de Gaulle")?.variants.includes("de Gaulle"));
    assert.equal(found.get("de Villepin")?.type, "person");
  });

  it("fr: a capital elision glued to a name is part of it (« N'Djamena », « Massimo D'Alema »)", () => {
    const found = entitiesByName(
      "Youssou N'Dour a chanté à N'Djamena. Massimo D'Alema était dans la salle avec N’Golo Kanté.",
      "fr",
    );
    assert.equal(found.get("Youssou N'Dour")?.type, "person");
    assert.equal(found.get("N'Djamena")?.type, "place");
    assert.equal(found.get("Massimo D'Alema")?.type, "person");
    assert.equal(found.get("N’Golo Kanté")?.type, "person");
  });

  it("it, es, pt, ro, de: streets, squares, stadiums and airports named after someone are places", () => {
    const cases: [string, string, string[], string][] = [
      [
        "it",
        "Il corteo è partito da piazza Giuseppe Garibaldi e ha percorso corso Vittorio Emanuele. Il presidente Sergio Mattarella ha parlato.",
        ["piazza Giuseppe Garibaldi", "corso Vittorio Emanuele"],
        "Sergio Mattarella",
      ],
      [
        "es",
        "La marcha salió de la avenida Simón Bolívar y llegó al estadio Santiago Bernabéu. El presidente Pedro Sánchez habló.",
        ["avenida Simón Bolívar", "estadio Santiago Bernabéu"],
        "Pedro Sánchez",
      ],
      [
        "pt",
        "A marcha saiu da avenida Getúlio Vargas e chegou ao estádio Mário Filho. O presidente Luiz Inácio Lula da Silva falou.",
        ["avenida Getúlio Vargas", "estádio Mário Filho"],
        "Luiz Inácio Lula da Silva",
      ],
      [
        "ro",
        "Marșul a pornit din bulevardul Ion Brătianu și a ajuns în piața Nicolae Bălcescu. Președintele Klaus Iohannis a vorbit.",
        ["bulevardul Ion Brătianu", "piața Nicolae Bălcescu"],
        "Klaus Iohannis",
      ],
      [
        "de",
        "Der Zug fuhr vom Flughafen Franz Josef Strauß zum Hotel Adlon. Bundeskanzler Olaf Scholz sprach am Konrad-Adenauer-Ufer, dann im Landkreis Harburg.",
        ["Flughafen Franz Josef Strauß", "Hotel Adlon", "Konrad-Adenauer-Ufer", "Landkreis Harburg"],
        "Olaf Scholz",
      ],
    ];
    for (const [language, text, places, person] of cases) {
      const found = entitiesByName(text, language);
      for (const place of places) assert.equal(found.get(place)?.type, "place", `${language}: ${place}`);
      assert.equal(found.get(person)?.type, "person", `${language}: ${person}`);
    }
  });

  it("de: a town's name after a determiner is a common noun (« das Essen »), after a preposition the town", () => {
    const found = entitiesByName(
      "Die Delegation fuhr nach Essen. Das Essen war gut, sagte Olaf Scholz. Der Iran verhandelt.",
      "de",
    );
    assert.equal(found.get("Essen")?.type, "place");
    assert.equal(found.get("Essen")?.evidence.length, 1);
    // A country keeps its article.
    assert.equal(found.get("Iran")?.type, "place");
  });

  it("es: a hotel named after someone is a place", () => {
    const found = entitiesByName("La reunión se celebró en el hotel Miguel Ángel, en Madrid.", "es");
    assert.equal(found.get("hotel Miguel Ángel")?.type, "place");
    assert.equal(found.get("Miguel Ángel"), undefined);
  });

  it("fr, es: news agencies are organisations (Havas, Keystone, Xinhua, France Presse)", () => {
    const found = entitiesByName(
      "Selon une dépêche de Havas reprise par Keystone et par Xinhua, le traité est signé.",
      "fr",
    );
    for (const agency of ["Havas", "Keystone", "Xinhua"]) assert.equal(found.get(agency)?.type, "organization", agency);
    const es = entitiesByName("Según la agencia France Presse, murieron veinte personas.", "es");
    assert.equal(es.get("France Presse")?.type, "organization");
  });

  it("fr: a country named with a lower-case qualifier keeps it (« Arabie saoudite », « Timor oriental »)", () => {
    const found = entitiesByName(
      "Le ministre s’est rendu en Arabie saoudite, puis au Timor oriental et en Guinée équatoriale. La Guinée proteste.",
      "fr",
    );
    for (const place of ["Arabie saoudite", "Timor oriental", "Guinée équatoriale", "Guinée"])
      assert.equal(found.get(place)?.type, "place", place);
    assert.equal(found.has("Arabie"), false);
  });
});
