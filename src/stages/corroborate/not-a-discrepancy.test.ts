import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeAnalyzedArticle, testArticleId } from "../../../test/support/analyzed-article.js";
import type { Discrepancy } from "../../domain/story.js";
import { extractDates } from "../extract/dates/index.js";
import { extractEntities } from "../extract/entities/index.js";
import { extractQuantities } from "../extract/numbers/index.js";
import { findSpeakerDiscrepancies } from "./find-speaker-discrepancies.js";
import { corroborate } from "./index.js";

/** Each `[text, publication date, outlet]`; an article without an outlet is the only one of its own. */
function discrepancies(language: string, articles: readonly (readonly [string, string, string?])[]): Discrepancy[] {
  const docs = articles.map(([text, publishedAt, outlet], index) =>
    makeAnalyzedArticle(text, {
      id: testArticleId(index + 1),
      language,
      publishedAt,
      source: outlet ?? `outlet-${index}`,
    }),
  );
  const quantities = docs.flatMap((doc) => extractQuantities(doc));
  const dates = docs.flatMap((doc) => extractDates(doc, { date: doc.article.publishedAt, inferred: false }));
  const entities = extractEntities(docs);
  return corroborate(docs, { duplicates: new Map(), entities, quantities, dates, quotes: [] }).discrepancies;
}

/** A toll sentence that only its figure sets apart. */
const toll = (figure: string) => `Le bilan de l'épidémie s'élève désormais à ${figure} morts dans le pays.`;

const values = (found: readonly Discrepancy[], kind: Discrepancy["kind"]): string[][] =>
  found.filter((d) => d.kind === kind).map((d) => d.values.map((value) => value.value));

describe("which values are on a side of a discrepancy", () => {
  it("fr: a round figure agrees with the figure it rounds (« 43 000 » and « 42 927 »), not with another", () => {
    const rounded = discrepancies("fr", [
      [toll("43 000"), "2020-06-10"],
      [toll("42 927"), "2020-06-10"],
    ]);
    assert.deepEqual(values(rounded, "quantity"), []);
    const other = discrepancies("fr", [
      [toll("43 000"), "2020-06-10"],
      [toll("38 000"), "2020-06-10"],
    ]);
    assert.deepEqual(values(other, "quantity"), [["43 000", "38 000"]]);
  });

  it("en: an article that gives two values for what the others count takes no side", () => {
    const found = discrepancies("en", [
      ["Police counted 200,000 protesters in Paris and 600,000 protesters across France.", "2023-03-07"],
      ["Police counted 250,000 protesters in Paris on Tuesday.", "2023-03-07"],
      ["Police counted 210,000 protesters in Paris on Tuesday.", "2023-03-07"],
    ]);
    assert.deepEqual(values(found, "quantity"), [["250,000", "210,000"]]);
    const quantity = found.find((d) => d.kind === "quantity")!;
    assert.ok(quantity.values.every((value) => !value.articleIds.includes(testArticleId(1))));
  });

  it("fr: values far apart, linked through an article that took no side, are two discrepancies", () => {
    const found = discrepancies("fr", [
      ["Le virus a fait 34 000 morts en Italie depuis mars.", "2020-06-10"],
      ["Le virus a fait 30 000 morts en Italie depuis mars.", "2020-06-10"],
      ["Le virus a fait 450 000 morts dans le monde depuis janvier.", "2020-06-10"],
      ["Le virus a fait 470 000 morts dans le monde depuis janvier.", "2020-06-10"],
      ["Le virus a fait 120 000 morts en Europe et 40 000 morts en Italie.", "2020-06-10"],
    ]);
    assert.deepEqual(values(found, "quantity"), [
      ["34 000", "30 000"],
      ["450 000", "470 000"],
    ]);
  });

  it("fr: articles published days apart are not compared (a toll rises), the same day they are", () => {
    const apart = discrepancies("fr", [
      [toll("3 000"), "2020-04-01"],
      [toll("9 000"), "2020-04-20"],
    ]);
    assert.deepEqual(values(apart, "quantity"), []);
    const together = discrepancies("fr", [
      [toll("3 000"), "2020-04-01"],
      [toll("9 000"), "2020-04-01"],
    ]);
    assert.deepEqual(values(together, "quantity"), [["3 000", "9 000"]]);
  });

  it("fr: two articles of one outlet giving two values are its revision, not sources that disagree", () => {
    const oneOutlet = discrepancies("fr", [
      [toll("3 000"), "2020-04-01", "lemonde.fr"],
      [toll("3 400"), "2020-04-01", "lemonde.fr"],
    ]);
    assert.deepEqual(values(oneOutlet, "quantity"), []);
    const twoOutlets = discrepancies("fr", [
      [toll("3 000"), "2020-04-01", "lemonde.fr"],
      [toll("3 400"), "2020-04-01", "lefigaro.fr"],
    ]);
    assert.deepEqual(values(twoOutlets, "quantity"), [["3 000", "3 400"]]);
  });

  it("en: two people's ages never disagree, one person's can", () => {
    const fight = (klitschko: string, rahman: string) =>
      `The ${klitschko}-year-old Klitschko stopped the ${rahman}-year-old Rahman in the seventh round on Saturday.`;
    const found = discrepancies("en", [
      [fight("32", "36"), "2008-12-14"],
      [fight("33", "36"), "2008-12-14"],
    ]);
    assert.deepEqual(values(found, "duration"), [["32-year", "33-year"]]);
    // Whose age "he was 35 years old" tells is not known: it is compared with none.
    const unknown = discrepancies("en", [
      ["After the fight in Berlin on Saturday he was 35 years old.", "2008-12-14"],
      ["After the fight in Berlin on Saturday he was 36 years old.", "2008-12-14"],
    ]);
    assert.deepEqual(values(unknown, "duration"), []);
  });

  it("fr: an article naming both days for the event takes no side", () => {
    const meeting = (day: string) => `La réunion des ministres aura lieu ${day} à Genève, au bord du lac.`;
    const found = discrepancies("fr", [
      [meeting("le jeudi 21 mars"), "2024-03-11"],
      [meeting("le vendredi 22 mars"), "2024-03-11"],
      [meeting("le jeudi 21 mars ou le vendredi 22 mars"), "2024-03-11"],
    ]);
    const date = found.filter((d) => d.kind === "date");
    assert.equal(date.length, 1);
    assert.deepEqual(
      date[0]!.values.map((value) => value.articleIds),
      [[testArticleId(1)], [testArticleId(2)]],
    );
  });

  it("fr: a weekday in articles a week apart is another week's, not another day for the same event", () => {
    const meeting = (day: string) => `La réunion des ministres aura lieu ${day} à Genève, au bord du lac.`;
    const apart = discrepancies("fr", [
      [meeting("mercredi"), "2024-03-11"],
      [meeting("mercredi"), "2024-03-18"],
    ]);
    assert.deepEqual(values(apart, "date"), []);
    const together = discrepancies("fr", [
      [meeting("mercredi"), "2024-03-11"],
      [meeting("jeudi"), "2024-03-11"],
    ]);
    assert.deepEqual(values(together, "date"), [["mercredi", "jeudi"]]);
  });

  it("en: distances compare in kilometres, a conversion in parentheses agreeing with the figure it converts", () => {
    const found = discrepancies("en", [
      ["The wildfire broke out near Varnavas, 35 km (22 miles) north of Athens.", "2024-08-11"],
      ["The wildfire broke out near Varnavas, 40 kilometres north of Athens.", "2024-08-11"],
    ]);
    assert.deepEqual(
      found.filter((d) => d.kind === "quantity").map((d) => d.values.map((value) => value.normalized)),
      [["35 km", "40 km"]],
    );
  });

  it("de, en: two tolls given as bounds differ in any order of the articles; a value on a bound's side agrees", () => {
    const atLeast = [
      ["Bei Angriffen nahe Bachmut wurden mindestens zwölf Zivilisten getötet.", "2023-03-02"],
      ["Bei Angriffen nahe Bachmut wurden mindestens 14 Zivilisten getötet.", "2023-03-02"],
    ] as const;
    for (const order of [atLeast, [...atLeast].reverse()]) {
      const found = discrepancies("de", order).filter((d) => d.kind === "quantity");
      assert.deepEqual(found.flatMap((d) => d.values.map((value) => value.normalized)).sort(), ["≥ 12", "≥ 14"]);
    }
    const onItsSide = discrepancies("en", [
      ["The strike on the market killed at least 12 civilians, officials said.", "2023-03-02"],
      ["The strike on the market killed 14 civilians, officials said.", "2023-03-02"],
    ]);
    assert.deepEqual(values(onItsSide, "quantity"), []);
    const bothHold = discrepancies("en", [
      ["The strike on the market killed at least 12 civilians, officials said.", "2023-03-02"],
      ["The strike on the market killed up to 20 civilians, officials said.", "2023-03-02"],
    ]);
    assert.deepEqual(values(bothHold, "quantity"), []);
  });
});

describe("what is no venue", () => {
  const sameDay = (...texts: string[]) => texts.map((text) => [text, "2024-03-15"] as const);

  it("fr: a venue's name ends at punctuation and before a person's full name", () => {
    const found = discrepancies(
      "fr",
      sameDay(
        "Pour la réunion des ministres à l'hôtel Bristol, Matignon a reçu ses invités. Emmanuel Macron est arrivé ensuite.",
        "Pour la réunion des ministres au palais Bourbon Emmanuel Macron a reçu ses invités.",
      ),
    );
    assert.deepEqual(values(found, "place"), [["hôtel Bristol", "palais Bourbon"]]);
  });

  it("en: counts of one noun in sentences about other things are two facts, not a disagreement", () => {
    const statistics = discrepancies("en", [
      [
        "Allen Iverson scored thirty points as Philadelphia, struggling under its interim coach, " +
          "has now lost eight of its last 10 games at home, with injuries piling up on the bench.",
        "2008-12-13",
      ],
      [
        "Back in 2004, after trading for a veteran center, the franchise recovered from a dismal start " +
          "and won 18 of the next 23 games to reach the playoffs against Detroit.",
        "2008-12-13",
      ],
    ]);
    assert.deepEqual(values(statistics, "quantity"), []);
    // The same fact, counted differently: still a disagreement.
    const cables = discrepancies("en", [
      ["Internet access was disrupted after three undersea cables were damaged in the Mediterranean.", "2008-12-19"],
      ["Internet access was disrupted after two undersea cables were damaged in the Mediterranean.", "2008-12-19"],
    ]);
    assert.deepEqual(values(cables, "quantity"), [["three", "two"]]);
  });

  it("fr: « centre de Lyon » is the middle of a city, « Centre Pompidou » a venue", () => {
    const rally = (where: string) => `La manifestation a rassemblé des milliers de personnes ${where} samedi.`;
    assert.deepEqual(
      values(discrepancies("fr", sameDay(rally("au centre de Lyon"), rally("au stade Gerland"))), "place"),
      [],
    );
    assert.deepEqual(
      values(discrepancies("fr", sameDay(rally("au Centre Pompidou"), rally("au stade Gerland"))), "place"),
      [["Centre Pompidou", "stade Gerland"]],
    );
  });

  it("en: « House » before a capital starts an institution's name, not a venue's", () => {
    const hearing = (where: string) => `The hearing on the budget at ${where} ended late on Thursday.`;
    const found = discrepancies("en", sameDay(hearing("the House Budget Committee"), hearing("the Hotel Bristol")));
    assert.deepEqual(values(found, "place"), []);
  });

  it("es: an institution named after its seat names no venue, a palace named after someone is one palace", () => {
    const found = discrepancies(
      "es",
      sameDay(
        "Muamar el Gadafi habló. Los misiles cayeron sobre el palacio de Gadafi en Trípoli, dijo la televisión.",
        "Los misiles cayeron sobre el palacio de Muamar el Gadafi en Trípoli. La Casa Blanca habló de los misiles.",
      ),
    );
    assert.deepEqual(values(found, "place"), []);
  });

  it("fr: two articles of one outlet naming two venues are no sources that disagree", () => {
    const meeting = (where: string) => `La réunion des ministres s'est tenue ${where} jeudi soir.`;
    const oneOutlet = discrepancies("fr", [
      [meeting("à l'hôtel Bristol"), "2024-03-15", "lemonde.fr"],
      [meeting("au palais Bourbon"), "2024-03-15", "lemonde.fr"],
    ]);
    assert.deepEqual(values(oneOutlet, "place"), []);
    const twoOutlets = discrepancies("fr", [
      [meeting("à l'hôtel Bristol"), "2024-03-15", "lemonde.fr"],
      [meeting("au palais Bourbon"), "2024-03-15", "lefigaro.fr"],
    ]);
    assert.deepEqual(values(twoOutlets, "place"), [["hôtel Bristol", "palais Bourbon"]]);
  });

  it("fr: a lone article naming two places gives no discrepancy, one of a story of several can", () => {
    const queen =
      "La reine a passé l'été au château de Balmoral avec sa famille. La reine a ensuite regagné le palais de Buckingham avec sa famille.";
    assert.deepEqual(values(discrepancies("fr", sameDay(queen)), "place"), []);
    const story = discrepancies("fr", sameDay(queen, "La reine a reçu le Premier ministre mardi."));
    assert.deepEqual(values(story, "place"), [["château de Balmoral", "palais de Buckingham"]]);
  });
});

describe("who said it", () => {
  const words = "Mo is family, and he bleeds Philadelphia every single day.";
  const quote = (speaker: string, article: number) => ({
    speaker,
    variants: [
      { articleId: testArticleId(article), start: 0, end: words.length, text: words, speakerMention: speaker },
    ],
  });
  const speakers = (...names: string[]) =>
    findSpeakerDiscrepancies(
      names.map((name, index) => quote(name, index + 1)),
      () => "en",
    ).map((found) => found.values.map((value) => value.normalized));

  it("en: one person under a longer and a shorter name is one speaker, two people are two", () => {
    assert.deepEqual(speakers("Billy King", "King"), []);
    assert.deepEqual(speakers("General Manager A. J. Smith", "A. J. Smith"), []);
    assert.deepEqual(speakers("Charlie Kafoury", "Charlie"), []);
    assert.deepEqual(speakers("President Boone Isaacs", "Cheryl Boone Isaacs"), []);
    assert.deepEqual(speakers("Billy King", "Doug Collins", "King"), [["Billy King", "Doug Collins"]]);
    assert.deepEqual(speakers("Joe Biden", "Hunter Biden"), [["Joe Biden", "Hunter Biden"]]);
  });
});
