import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Article } from "../../domain/article.js";
import type { AnalyzedArticle } from "../../domain/document.js";
import { asArticleId } from "../../domain/ids.js";
import { NEWS_CONCEPTS } from "../../language-data/news-concepts.js";
import { extractDates } from "../extract/dates/index.js";
import { extractEntities } from "../extract/entities/index.js";
import { extractQuantities } from "../extract/numbers/index.js";
import { segmentText } from "../segment/index.js";
import { conceptTermOf } from "./concept-terms.js";
import { corroborate } from "./index.js";

/** One article per language, each its own outlet, dated 2026-10-28, corroborated as the pipeline does it. */
function corroborateStory(texts: readonly [string, string][]) {
  const docs: AnalyzedArticle[] = texts.map(([language, text], index) => {
    const article = {
      id: asArticleId(`a_${String(index + 1).padStart(16, "0")}`),
      source: `outlet-${index}`,
      language,
      publishedAt: "2026-10-28",
      publishedAtInferred: false,
      text,
    } as Article;
    return { article, segmented: segmentText(text, language) };
  });
  const quantities = docs.flatMap((doc) => extractQuantities(doc));
  const dates = docs.flatMap((doc) => extractDates(doc, { date: "2026-10-28", inferred: false }));
  const result = corroborate(docs, { duplicates: new Map(), entities: extractEntities(docs), quantities, dates });
  const textOf = (articleId: string, start: number, end: number) =>
    docs.find((doc) => doc.article.id === articleId)!.article.text.slice(start, end);
  return {
    ...result,
    textOf,
    /** Each discrepancy's normalised values. */
    values: result.discrepancies.map((d) => d.values.map((value) => value.normalized)),
    /** The fact one of whose sentences holds `words`. */
    factHolding: (words: string) =>
      result.facts.find((fact) => fact.evidence.some((e) => textOf(e.articleId, e.start, e.end).includes(words))),
  };
}

const REPORTS: [string, string][] = [
  [
    "de",
    "Der operative Gewinn von Volkswagen sank um 42 Prozent auf 2,9 Milliarden Euro, teilte der Konzern in Wolfsburg mit. " +
      "Der Umsatz ging um 1,4 Prozent auf 78,5 Milliarden Euro zurück. Konzernchef Oliver Blume will die Kosten senken. " +
      "Die Aktie von Volkswagen fiel im frühen Handel um 3 Prozent.",
  ],
  [
    "en",
    "Volkswagen's operating profit fell 42% to 2.9 billion euros, the carmaker said in Wolfsburg. " +
      "Sales slipped 1.4% to 78.5 billion euros. Chief Executive Oliver Blume wants to cut costs. " +
      "Volkswagen shares were down 4% in early trading.",
  ],
  [
    "pt",
    "O lucro operacional da Volkswagen caiu 42%, para 2,9 mil milhões de euros, anunciou a empresa em Wolfsburg. " +
      "As vendas recuaram 1,4%, para 78,5 mil milhões de euros. O presidente executivo, Oliver Blume, quer cortar custos. " +
      "As ações da Volkswagen caíram 3,5% no início da sessão.",
  ],
];

describe("concepts shared across languages (conceptTermOf)", () => {
  it("gives the words of one concept in each language one feature, and none to other words or languages", () => {
    const dead = ["en:killed", "es:muertos", "de:Tote", "fr:tués", "it:morti", "pt:mortos", "ro:morți"].map((entry) => {
      const [language, word] = entry.split(":") as [string, string];
      return conceptTermOf(word.toLowerCase(), language);
    });
    assert.deepEqual(new Set(dead), new Set(["concept:dead"]));
    assert.equal(conceptTermOf("muertos", "en"), undefined);
    assert.equal(conceptTermOf("table", "en"), undefined);
  });

  it("lists every form of a language under one concept only, in the seven languages", () => {
    const owner = new Map<string, string>();
    for (const [concept, words] of NEWS_CONCEPTS) {
      assert.deepEqual(Object.keys(words).sort(), ["de", "en", "es", "fr", "it", "pt", "ro"], concept);
      for (const [language, forms] of Object.entries(words))
        for (const form of forms.split("|")) {
          const key = `${language}:${form.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()}`;
          assert.ok(!/\s/.test(form), `${key}: one word, as tokens are`);
          assert.ok([undefined, concept].includes(owner.get(key)), `${key}: ${owner.get(key)} and ${concept}`);
          owner.set(key, concept);
        }
    }
  });

  it("makes one fact of one claim written in three languages, each outlet counted", () => {
    const { factHolding } = corroborateStory(REPORTS);
    const profit = factHolding("42");
    assert.equal(profit?.independentSources, 3);
    const sales = factHolding("78");
    assert.equal(sales?.independentSources, 3);
  });

  it("makes one fact of a claim two languages word apart, though no value seeds it (a count of other nouns)", () => {
    const { facts } = corroborateStory([
      ["en", "On October 27, 120 workers went on strike at the plant in Wolfsburg, the union said. Talks resume soon."],
      ["de", "Am 27. Oktober traten im Werk in Wolfsburg 120 Arbeiter in den Streik, teilte die Gewerkschaft mit."],
    ]);
    assert.equal(facts.length, 1);
    assert.equal(facts[0]?.independentSources, 2);
  });

  it("makes one fact of a statement two languages share only a name and concepts of (a mayor, the rubble)", () => {
    const { factHolding, textOf } = corroborateStory([
      [
        "en",
        "A strong earthquake struck central Italy on Monday. " +
          'The mayor, Giuliano Boldrini, told reporters: "We are digging with our hands, people are under the rubble." ' +
          "Schools will stay closed this week.",
      ],
      [
        "es",
        "Un fuerte terremoto sacudió el centro de Italia el lunes. " +
          '"Estamos cavando con las manos, hay gente bajo los escombros", declaró el alcalde, Giuliano Boldrini. ' +
          "Las escuelas seguirán cerradas esta semana.",
      ],
    ]);
    const mayor = factHolding("rubble");
    assert.equal(mayor?.independentSources, 2);
    assert.ok(mayor?.evidence.some((e) => textOf(e.articleId, e.start, e.end).includes("escombros")));
  });

  it("finds a value two languages disagree on when only a concept ties their sentences (an earthquake's magnitude)", () => {
    const { values } = corroborateStory([
      ["en", "The earthquake had a magnitude of 6.1, officials said."],
      ["de", "Das Erdbeben hatte eine Stärke von 6,3, sagten Beamte."],
    ]);
    assert.deepEqual(values, [["6.1", "6.3"]]);
  });

  it("links a value to the same claim in another language, not to the figures of the sentences around it", () => {
    const { values } = corroborateStory([
      [
        "es",
        "El Partido Socialdemócrata (PSD) ganó las elecciones del domingo en Rumanía con el 31 % de los votos. " +
          "La ultraderechista AUR quedó segunda con el 18 %, y el PNL obtuvo el 14 %. La participación fue del 52,5 %.",
      ],
      [
        "it",
        "Il Partito socialdemocratico (Psd) ha vinto le elezioni di domenica in Romania con il 22% dei voti. " +
          "L'estrema destra di Aur è seconda con il 18%, e il Pnl ha ottenuto il 14%. L'affluenza è stata del 52,5%.",
      ],
      [
        "ro",
        "Partidul Social Democrat (PSD) a câștigat alegerile de duminică din România cu 22% din voturi. " +
          "AUR s-a clasat pe locul al doilea, cu 18%, iar PNL a obținut 14%. Prezența la vot a fost de 52,5%.",
      ],
    ]);
    assert.deepEqual(values, [["31%", "22%"]]);
  });

  it("finds the sentence two languages disagree on, and groups the lawyer's words as one claim", () => {
    const { values, factHolding } = corroborateStory([
      [
        "de",
        "Der frühere Bürgermeister Jean-Pierre Morel wurde am Donnerstag zu fünf Jahren Haft verurteilt, zwei davon auf " +
          'Bewährung. "Mein Mandant ist unschuldig und wir werden in Berufung gehen", sagte sein Anwalt Laurent Dubois.',
      ],
      [
        "en",
        "A court on Thursday sentenced former mayor Jean-Pierre Morel to six years in prison, two of them suspended. " +
          '"My client is innocent and we will appeal," his lawyer Laurent Dubois said.',
      ],
    ]);
    assert.deepEqual(values, [["2628000 min", "3153600 min"]]);
    const appeal = factHolding("appeal");
    assert.equal(appeal?.independentSources, 2);
  });

  it("finds the value three languages disagree on, and not the ones they agree on", () => {
    const { values } = corroborateStory(REPORTS);
    assert.deepEqual(
      values.map((sides) => [...sides].sort()),
      [["3%", "3.5%", "4%"]],
    );
  });
});
