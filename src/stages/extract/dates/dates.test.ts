import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { makeAnalyzedArticle } from "../../../../test/support/analyzed-article.js";
import type { AnalyzedArticle } from "../../../domain/document.js";
import { asArticleId } from "../../../domain/ids.js";
import { extractDates, extractTimeline, inferPublicationDate } from "./index.js";

function analyzed(
  text: string,
  language: string,
  publishedAt: string | null = null,
  id = "a_0000000000000001",
): AnalyzedArticle {
  return makeAnalyzedArticle(text, { id: asArticleId(id), path: id, source: id, language, publishedAt });
}

function fixture(): AnalyzedArticle[] {
  const folder = new URL("../../../../fixtures/geneva-2022-01/", import.meta.url);
  return readdirSync(folder)
    .sort()
    .map((name) => {
      let text = readFileSync(new URL(name, folder), "utf8");
      const marker = /^\s*date (\d{4}-\d{2})\s+/.exec(text);
      if (marker !== null) text = text.slice(marker[0].length);
      return analyzed(text, "fr", marker?.[1] ?? null, `a_${name.slice(4, 20)}`);
    });
}

const dated = (text: string, language: string, reference: string) =>
  extractDates(analyzed(text, language), { date: reference, inferred: false }).map((m) => [
    m.expression,
    m.date,
    m.precision,
  ]);

describe("extractDates", () => {
  it("reads absolute dates in several languages", () => {
    assert.deepEqual(dated("La rencontre du 21 janvier 2022 à Genève.", "fr", "2022-01-25"), [
      ["21 janvier 2022", "2022-01-21", "day"],
    ]);
    assert.deepEqual(dated("They met on January 21, 2022 in Geneva.", "en", "2022-01-25"), [
      ["January 21, 2022", "2022-01-21", "day"],
    ]);
    assert.deepEqual(dated("Se reunieron el 21 de enero de 2022.", "es", "2022-01-25"), [
      ["21 de enero de 2022", "2022-01-21", "day"],
    ]);
    assert.deepEqual(dated("Das Treffen am 21. Januar 2022.", "de", "2022-01-25"), [
      ["21. Januar 2022", "2022-01-21", "day"],
    ]);
    assert.deepEqual(dated("The deal was signed on 2022-01-21.", "en", "2022-01-25"), [
      ["2022-01-21", "2022-01-21", "day"],
    ]);
  });

  it("reads a capitalised month after a lower-case preposition as a name in French ('la conquête de Mars')", () => {
    assert.deepEqual(dated("La Chine part à la conquête de Mars. Elle partira en mars.", "fr", "2020-07-23"), [
      ["mars", "2021-03", "month"],
    ]);
  });

  it("reads no event in the page's own stamps ('Published 2022-01-21', 'Publié le … à 11h05 - Mis à jour le …')", () => {
    assert.deepEqual(dated("Published 2022-01-21.", "en", "2022-01-25"), []);
    const byline = "Par Hélène Sallon Publié le 02 février 2013 à 11h05 - Mis à jour le 03 février 2013 à 11h35";
    assert.deepEqual(dated(`${byline}\nLes manifestants sont revenus le 1er février 2013.`, "fr", "2013-02-02"), [
      ["1er février 2013", "2013-02-01", "day"],
    ]);
  });

  it("reads the year an Italian or Spanish date gives after 'del' (not the nearest past day)", () => {
    assert.deepEqual(dated("La rivoluzione iniziata il 25 gennaio del 2011.", "it", "2012-02-02"), [
      ["25 gennaio del 2011", "2011-01-25", "day"],
    ]);
    assert.deepEqual(dated("Gli arresti del maggio del 2009.", "it", "2012-07-14"), [
      ["maggio del 2009", "2009-05", "month"],
    ]);
    assert.deepEqual(dated("Ocurrió el 25 de enero del 2011.", "es", "2012-02-02"), [
      ["25 de enero del 2011", "2011-01-25", "day"],
    ]);
  });

  it("reads a date blogging software writes month first in any language, with its comma and year only", () => {
    assert.deepEqual(dated("La sentenza arrivò il Dicembre 30, 2012 a Roma.", "it", "2013-01-05"), [
      ["Dicembre 30, 2012", "2012-12-30", "day"],
    ]);
    // Without its comma and year, a number after a month is no day ("en marzo 12 personas").
    assert.deepEqual(dated("Murieron en marzo 12 personas.", "es", "2013-01-05"), [["marzo", "2012-03", "month"]]);
  });

  it("resolves relative days against the publication date", () => {
    const reference = "2022-01-21";
    assert.deepEqual(dated("Il est arrivé hier.", "fr", reference)[0], ["hier", "2022-01-20", "day"]);
    assert.deepEqual(dated("He arrived yesterday.", "en", reference)[0], ["yesterday", "2022-01-20", "day"]);
    assert.deepEqual(dated("Llegó ayer a Ginebra.", "es", reference)[0], ["ayer", "2022-01-20", "day"]);
    assert.deepEqual(dated("Er kam gestern an.", "de", reference)[0], ["gestern", "2022-01-20", "day"]);
    assert.deepEqual(dated("È arrivato ieri.", "it", reference)[0], ["ieri", "2022-01-20", "day"]);
    assert.deepEqual(dated("Chegou ontem.", "pt", reference)[0], ["ontem", "2022-01-20", "day"]);
    assert.deepEqual(dated("A sosit ieri.", "ro", reference)[0], ["ieri", "2022-01-20", "day"]);
    assert.deepEqual(dated("Il viendra demain.", "fr", reference)[0], ["demain", "2022-01-22", "day"]);
    assert.deepEqual(dated("Er kommt heute Morgen.", "de", reference), [["heute", "2022-01-21", "day"]]);
    // Spanish "mañana" is tomorrow, or the morning after a determiner ("a media mañana", "esa misma mañana").
    assert.deepEqual(dated("Llegará mañana a Ginebra.", "es", reference), [["mañana", "2022-01-22", "day"]]);
    assert.deepEqual(dated("Partieron a media mañana.", "es", reference), []);
    assert.deepEqual(dated("Esa misma mañana hubo otro ataque.", "es", reference), []);
    assert.deepEqual(dated("Aquella mañana llovía.", "es", reference), []);
    assert.deepEqual(dated("Il est parti il y a deux jours.", "fr", reference)[0], [
      "il y a deux jours",
      "2022-01-19",
      "day",
    ]);
    assert.deepEqual(dated("It happened three days ago.", "en", reference)[0], ["three days ago", "2022-01-18", "day"]);
    assert.deepEqual(dated("Ocurrió el mes pasado.", "es", reference)[0], ["mes pasado", "2021-12", "month"]);
    assert.deepEqual(dated("We will meet next month.", "en", reference)[0], ["next month", "2022-02", "month"]);
  });

  it("turns a week into its Monday with the Sunday as `until`, inferred", () => {
    const [mention] = extractDates(analyzed("Une réponse écrite la semaine prochaine.", "fr"), {
      date: "2022-01-21",
      inferred: false,
    });
    assert.equal(mention?.date, "2022-01-24");
    assert.equal(mention?.until, "2022-01-30");
    assert.equal(mention?.inferred, true);
  });

  it("sends weekdays to the past or the future by the tense of their clause", () => {
    const reference = "2022-01-18"; // a Tuesday
    assert.deepEqual(dated("Blinken rencontrera Lavrov vendredi.", "fr", reference)[0], [
      "vendredi",
      "2022-01-21",
      "day",
    ]);
    assert.deepEqual(dated("Blinken a rencontré Lavrov vendredi.", "fr", reference)[0], [
      "vendredi",
      "2022-01-14",
      "day",
    ]);
    assert.deepEqual(dated("Blinken will meet Lavrov on Friday.", "en", reference)[0], ["Friday", "2022-01-21", "day"]);
    assert.deepEqual(dated("Blinken met Lavrov on Friday.", "en", reference)[0], ["Friday", "2022-01-14", "day"]);
    assert.deepEqual(dated("Blinken se reunirá con Lavrov el viernes.", "es", reference)[0], [
      "viernes",
      "2022-01-21",
      "day",
    ]);
    assert.deepEqual(dated("Blinken incontrerà Lavrov venerdì.", "it", reference)[0], ["venerdì", "2022-01-21", "day"]);
    assert.deepEqual(dated("Blinken wird Lavrov am Freitag treffen.", "de", reference)[0], [
      "Freitag",
      "2022-01-21",
      "day",
    ]);
    // German: a verb of intention says the future, and a weekday joined to its part of the day is the weekday.
    assert.deepEqual(dated("Scholz will am Freitag mit Biden sprechen, teilte ein Sprecher mit.", "de", reference)[0], [
      "Freitag",
      "2022-01-21",
      "day",
    ]);
    assert.deepEqual(dated("Scholz ist am Montagabend abgereist.", "de", reference)[0]?.[1], "2022-01-17");
    assert.deepEqual(dated("Ils se verront vendredi prochain.", "fr", reference)[0], [
      "vendredi prochain",
      "2022-01-21",
      "day",
    ]);
  });

  it("reads a day something is scheduled for as to come, unless a past clause says it has come", () => {
    const day = (text: string, language: string) => dated(text, language, "2022-01-18")[0]?.[1];
    // 2022-01-18 is a Tuesday.
    assert.equal(day("Le sommet, prévu vendredi, a été annulé.", "fr"), "2022-01-21");
    assert.equal(day("The meeting scheduled for Thursday was cancelled.", "en"), "2022-01-20");
    assert.equal(day("The summit is set for Friday.", "en"), "2022-01-21");
    assert.equal(day("La cumbre, prevista para el viernes, fue cancelada.", "es"), "2022-01-21");
    // Held, not called off: the past day.
    assert.equal(day("La réunion prévue jeudi s'est bien tenue.", "fr"), "2022-01-13");
    assert.equal(day("The meeting scheduled for Thursday went ahead.", "en"), "2022-01-13");
  });

  it("reads the day something is moved to as to come, never the day the move is reported", () => {
    const day = (text: string, language: string) => dated(text, language, "2022-01-18");
    // 2022-01-18 is a Tuesday: a Tuesday's "reporté à mardi" is the next one.
    assert.deepEqual(day("La réunion a été reportée à mardi.", "fr")[0]?.[1], "2022-01-25");
    assert.deepEqual(day("The vote was postponed to Tuesday.", "en")[0]?.[1], "2022-01-25");
    assert.deepEqual(day("La votación fue aplazada al martes.", "es")[0]?.[1], "2022-01-25");
    // Moved to a day after the scheduled one, though the clause is in the past.
    assert.deepEqual(
      day("Le vote, prévu mardi, a été repoussé à jeudi.", "fr").map(([, date]) => date),
      ["2022-01-18", "2022-01-20"],
    );
    assert.deepEqual(day("Il voto è stato rinviato a giovedì.", "it")[0]?.[1], "2022-01-20");
  });

  it("puts a bare month before the reference unless the clause is future", () => {
    assert.deepEqual(dated("Deux entretiens ont eu lieu en décembre.", "fr", "2022-01-21"), [
      ["décembre", "2021-12", "month"],
    ]);
    assert.deepEqual(dated("Le sommet aura lieu en mars.", "fr", "2022-01-21"), [["mars", "2022-03", "month"]]);
    assert.deepEqual(dated("They joined in 2004.", "en", "2022-01-21"), [["2004", "2004", "year"]]);
  });
});

describe("the Geneva fixture", () => {
  const docs = fixture();
  const byPrefix = (prefix: string) => docs.find((doc) => doc.article.path.startsWith(`a_${prefix}`))!;

  it("infers the publication day of undated and month-dated articles", () => {
    const inferred = docs.map((doc) => inferPublicationDate(doc, docs).date);
    assert.deepEqual(inferred, ["2022-01-21", "2022-01-21", "2022-01-18", "2022-01-21", "2022-01-21"]);
    assert.match(inferPublicationDate(docs[1]!, docs).basis, /21 janvier 2022/);
  });

  it("resolves 002's future-tense « vendredi » to the Friday after its date", () => {
    const doc = byPrefix("abfe");
    const reference = { date: inferPublicationDate(doc, docs).date, inferred: true };
    const fridays = extractDates(doc, reference).filter((m) => /vendredi/.test(m.expression));
    assert.ok(fridays.length >= 2);
    for (const friday of fridays) {
      assert.equal(friday.date, "2022-01-21");
      assert.equal(friday.tense, "future");
      assert.equal(doc.article.text.slice(friday.start, friday.end), friday.expression);
    }
  });

  it("reads « en décembre » in a January 2022 article as 2021-12", () => {
    const doc = byPrefix("bdcf");
    const december = extractDates(doc, { date: "2022-01-21", inferred: true }).find((m) => m.expression === "décembre");
    assert.equal(december?.date, "2021-12");
    assert.equal(december?.precision, "month");
  });

  it("merges the Geneva meeting across all five articles in the timeline, sorted by date", () => {
    const references = new Map(
      docs.map((doc) => [doc.article.id, { date: inferPublicationDate(doc, docs).date, inferred: true }]),
    );
    const timeline = extractTimeline(docs, references);
    const meeting = timeline.find((event) => event.date === "2022-01-21");
    assert.equal(meeting?.articleIds.length, 5);
    const nextWeek = timeline.find((event) => event.date === "2022-01-24");
    assert.ok((nextWeek?.articleIds.length ?? 0) >= 3);
    assert.deepEqual(
      timeline.map((e) => e.date),
      [...timeline.map((e) => e.date)].sort(),
    );
    for (const event of timeline) {
      for (const evidence of event.evidence) {
        const text = docs.find((doc) => doc.article.id === evidence.articleId)!.article.text;
        assert.ok(text.slice(evidence.start, evidence.end).length > 0);
      }
      const first = event.evidence[0]!;
      assert.equal(
        docs.find((doc) => doc.article.id === first.articleId)!.article.text.slice(first.start, first.end),
        event.text,
      );
    }
  });

  it("gives the same timeline from the mentions already extracted, and none from no mention", () => {
    const references = new Map(
      docs.map((doc) => [doc.article.id, { date: inferPublicationDate(doc, docs).date, inferred: true }]),
    );
    const mentions = docs.flatMap((doc) => extractDates(doc, references.get(doc.article.id)!));
    assert.ok(mentions.length > 10);
    assert.deepEqual(extractTimeline(docs, references, mentions), extractTimeline(docs, references));
    assert.deepEqual(extractTimeline(docs, references, []), []);
  });

  it("makes one event of two sentences naming one day when a statement holds both, though they share no word", () => {
    const german = analyzed("Lawrow sagte, Antworten kämen nächste Woche.", "de", "2022-01-21", "a_00000000000000de");
    const spanish = analyzed(
      "Según Lavrov, las respuestas llegarán la próxima semana.",
      "es",
      "2022-01-21",
      "a_00000000000000e5",
    );
    const pair = [german, spanish];
    const apart = extractTimeline(pair).filter((event) => event.date === "2022-01-24");
    assert.equal(apart.length, 2);
    const whole = (doc: AnalyzedArticle) => ({ articleId: doc.article.id, start: 0, end: doc.article.text.length });
    const joined = extractTimeline(pair, new Map(), undefined, [[whole(german), whole(spanish)]]);
    assert.deepEqual(
      joined.map((event) => [event.date, [...event.articleIds].sort()]),
      [["2022-01-24", [german.article.id, spanish.article.id].sort()]],
    );
    // A statement of one of them only joins nothing.
    assert.equal(extractTimeline(pair, new Map(), undefined, [[whole(german)]]).length, 2);
  });
});
