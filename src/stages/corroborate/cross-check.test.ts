import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Article } from "../../domain/article.js";
import type { AnalyzedArticle } from "../../domain/document.js";
import { asArticleId } from "../../domain/ids.js";
import type { Evidence } from "../../domain/span.js";
import type { Entity } from "../../domain/story.js";
import { extractDates } from "../extract/dates/index.js";
import { extractEntities } from "../extract/entities/index.js";
import { extractQuantities } from "../extract/numbers/index.js";
import { segmentText } from "../segment/index.js";
import { corroborate } from "./index.js";
import { sentenceCues } from "./sentence-cues.js";

/** Small multilingual stories: each article one outlet, dated 2024-03-15 (a Friday) unless told. */
function story(language: string, texts: readonly string[], publishedAt = "2024-03-15"): AnalyzedArticle[] {
  return texts.map((text, index) => {
    const article = {
      id: asArticleId(`a_${String(index + 1).padStart(16, "0")}`),
      source: `outlet-${index}`,
      language,
      publishedAt,
      publishedAtInferred: false,
      text,
    } as Article;
    return { article, segmented: segmentText(text, language) };
  });
}

/** Corroborates `docs`, with their entities when given (the pipeline gives them: across languages, names are shared). */
function run(docs: AnalyzedArticle[], quotes: Parameters<typeof corroborate>[1]["quotes"] = [], entities?: Entity[]) {
  const quantities = docs.flatMap((doc) => extractQuantities(doc));
  const dates = docs.flatMap((doc) => extractDates(doc, { date: doc.article.publishedAt, inferred: false }));
  return corroborate(docs, { duplicates: new Map(), quantities, dates, quotes, ...(entities && { entities }) });
}

/** The facts of a story whose people are known (its entities), as the pipeline gives them. */
const factsWithPeople = (docs: AnalyzedArticle[]) =>
  corroborate(docs, { duplicates: new Map(), entities: extractEntities(docs) }).facts;

const textOf =
  (docs: readonly AnalyzedArticle[]) =>
  (evidence: Evidence): string =>
    docs.find((doc) => doc.article.id === evidence.articleId)!.article.text.slice(evidence.start, evidence.end);

describe("discrepancy labels", () => {
  it("names what a duration is about from the nouns beside it (en)", () => {
    const docs = story("en", [
      "The talks in Vienna ended after two hours. Diplomats left the building.",
      "The talks lasted ninety minutes, officials said. Diplomats left the building.",
      "After three hours of talks, the ministers left Vienna.",
    ]);
    const duration = run(docs).discrepancies.find((d) => d.kind === "duration");
    assert.equal(duration?.about, "duration: talks");
  });

  it("names a count by the noun it counts (es) and a venue by its event (de)", () => {
    const counts = story("es", [
      "Rusia mantiene a 100.000 soldados en la frontera con Ucrania.",
      "Moscú tiene a 130.000 soldados desplegados en la frontera.",
    ]);
    assert.equal(run(counts).discrepancies.find((d) => d.kind === "quantity")?.about, "número: soldados");
    const venues = story("de", [
      "Das Treffen der Minister fand im Hotel Bristol statt. Danach reisten sie ab.",
      "Das Treffen der Minister fand im Palais Coburg statt. Danach reisten sie ab.",
    ]);
    assert.equal(run(venues).discrepancies.find((d) => d.kind === "place")?.about, "Ort: Treffen");
    // The day a value was given is not what it is about ("el martes").
    const amounts = story("es", [
      "El martes el Gobierno anunció un plan de 3.000 millones de euros.",
      "El martes el Gobierno anunció un plan de 3.200 millones de euros.",
    ]);
    assert.equal(run(amounts).discrepancies.find((d) => d.kind === "amount")?.about, "importe: plan");
  });
});

describe("discrepancy labels across languages", () => {
  /** Articles in several languages, each its own outlet, numbered across the languages. */
  const mixed = (parts: readonly [string, readonly string[]][]): AnalyzedArticle[] =>
    parts
      .flatMap(([language, texts]) => story(language, texts))
      .map((doc, index) => ({
        ...doc,
        article: { ...doc.article, id: asArticleId(`a_${String(index + 1).padStart(16, "0")}`), source: `o${index}` },
      }));
  const runWithEntities = (docs: AnalyzedArticle[]) => run(docs, [], extractEntities(docs));
  const spanish =
    "Blinken y Lavrov se reunieron en Ginebra durante noventa minutos el viernes. La invasión no fue tema.";

  it("takes the nouns of the language most values are written in, or none when no language holds most", () => {
    const even = mixed([
      ["en", ["Blinken and Lavrov met in Geneva for two hours on Friday. Diplomats left the building."]],
      ["es", [spanish]],
    ]);
    assert.equal(runWithEntities(even).discrepancies.find((d) => d.kind === "duration")?.about, "duration");
    const mostly = mixed([
      [
        "en",
        [
          "The talks between Blinken and Lavrov in Geneva ended after two hours on Friday.",
          "The talks between Blinken and Lavrov lasted two hours on Friday, officials said.",
        ],
      ],
      ["es", [spanish]],
    ]);
    assert.equal(runWithEntities(mostly).discrepancies.find((d) => d.kind === "duration")?.about, "duration: talks");
  });
});

describe("date discrepancies", () => {
  it("reports the same event given two explicit days by two articles (it)", () => {
    const docs = story("it", [
      "Il vertice tra i ministri degli Esteri si terrà venerdì 22 marzo a Bruxelles.",
      "Il vertice tra i ministri degli Esteri si terrà giovedì 21 marzo a Bruxelles.",
    ]);
    const date = run(docs).discrepancies.find((d) => d.kind === "date");
    assert.ok(date !== undefined);
    assert.deepEqual(
      date.values.map((v) => [v.normalized, v.evidence.map(textOf(docs))]),
      [
        ["2024-03-21", ["giovedì 21 marzo"]],
        ["2024-03-22", ["venerdì 22 marzo"]],
      ],
    );
    assert.equal(date.about, "data: vertice");
  });

  it("stays silent when different events have different days (pt)", () => {
    const docs = story("pt", [
      "O ministro visitou Lisboa na segunda-feira, 11 de março, para uma reunião com sindicatos.",
      "O presidente inaugurou a ponte do Porto a 13 de março perante milhares de pessoas.",
    ]);
    assert.equal(run(docs).discrepancies.filter((d) => d.kind === "date").length, 0);
  });
});

describe("speaker discrepancies", () => {
  it("reports one quotation given to two named speakers, not to a pronoun (ro)", () => {
    const docs = story("ro", [
      "„Nu vom accepta niciodată această propunere inacceptabilă”, a declarat ministrul Ion Popescu.",
      "„Nu vom accepta niciodată această propunere inacceptabilă”, a spus premierul Vasile Ionescu.",
      "„Nu vom accepta niciodată această propunere inacceptabilă”, a spus el.",
    ]);
    const span = (index: number) => {
      const text = docs[index]!.article.text;
      return {
        articleId: docs[index]!.article.id,
        start: 1,
        end: text.indexOf("”"),
        text: text.slice(1, text.indexOf("”")),
      };
    };
    const discrepancies = run(docs, [
      { speaker: "Ion Popescu", variants: [{ ...span(0), speakerMention: "ministrul Ion Popescu" }] },
      {
        speaker: "Vasile Ionescu",
        variants: [
          { ...span(1), speakerMention: "premierul Vasile Ionescu" },
          { ...span(2), speakerMention: "el" },
        ],
      },
    ]).discrepancies.filter((d) => d.kind === "speaker");
    assert.equal(discrepancies.length, 1);
    assert.deepEqual(
      discrepancies[0]!.values.map((v) => [v.value, v.normalized, v.articleIds.length]),
      [
        ["ministrul Ion Popescu", "Ion Popescu", 1],
        ["premierul Vasile Ionescu", "Vasile Ionescu", 1],
      ],
    );
    assert.equal(discrepancies[0]!.about, "autorul citatului: « Nu vom accepta niciodată această propunere… »");
  });
});

describe("facts", () => {
  it("makes a value two outlets agree on a fact, contradicted by the outlet giving another (en)", () => {
    const docs = story("en", [
      "The talks in Vienna ended after two hours. Diplomats left the building.",
      "The talks lasted two hours, officials said on Friday.",
      "After three hours of talks, the ministers left Vienna.",
    ]);
    const result = run(docs);
    const index = result.facts.findIndex((fact) => fact.evidence.some((e) => /two hours/.test(textOf(docs)(e))));
    assert.ok(index >= 0);
    assert.deepEqual(result.facts[index]!.articleIds, [docs[0]!.article.id, docs[1]!.article.id]);
    assert.equal(result.coverage[2]!.facts[index], "contradicts");
  });

  it("counts a sentence making two claims behind both (en)", () => {
    const docs = story("en", [
      "The navy captured the pirates near the harbour on Saturday. A helicopter thwarted another attack on a tanker.",
      "The navy captured the pirates near the harbour on Saturday, and a helicopter thwarted another attack on a tanker.",
      "A helicopter thwarted another attack on a tanker, officials said. The navy captured the pirates near the harbour.",
    ]);
    // The second outlet's one sentence tells both: each claim stands on the three outlets.
    assert.deepEqual(
      run(docs).facts.map((fact) => fact.independentSources),
      [3, 3],
    );
  });

  it("does not join one claim about two people (en)", () => {
    const docs = story("en", [
      "The New Orleans Saints placed running back Reggie Bush on injured reserve on Wednesday. Bush sprained a knee.",
      "The New Orleans Saints placed running back Pierre Thomas on injured reserve on Wednesday. Thomas hurt an " +
        "ankle in practice. Thomas had missed ten games.",
      "On Wednesday the New Orleans Saints placed Reggie Bush, their running back, on injured reserve. Bush will miss " +
        "two games.",
    ]);
    // Bush's outlets agree; Thomas's is about someone else.
    assert.deepEqual(
      factsWithPeople(docs).map((fact) => fact.articleIds),
      [[docs[0]!.article.id, docs[2]!.article.id]],
    );
  });

  it("reads a person few sentences name as a detail of the claim, not whom it is about (en)", () => {
    const docs = story("en", [
      "President Trump is expected to sign an executive order on Monday withdrawing the United States from the " +
        "Trans-Pacific Partnership. Trump promised it during the campaign.",
      "An executive order withdrawing the United States from the Trans-Pacific Partnership, which Barack Obama " +
        "championed, is expected on Monday.",
      "Trump is expected to sign an executive order on Monday to withdraw the United States from the Trans-Pacific " +
        "Partnership. Trump called the pact a disaster.",
    ]);
    assert.equal(factsWithPeople(docs)[0]?.independentSources, 3);
  });

  it("does not join sentences that share only the frame of their report (fr)", () => {
    const docs = story("fr", [
      "Lors d'une conférence de presse après la réunion, Sergueï Lavrov a accusé l'Otan de travailler contre la Russie.",
      "Il a cependant déclaré que l'OTAN « travaillait contre la Russie » et voulait l'encercler.",
      "Sergueï Lavrov a déclaré lors d'une conférence de presse que le dialogue avec Washington se poursuivrait.",
    ]);
    assert.deepEqual(
      run(docs).facts.map((fact) => fact.articleIds),
      [[docs[0]!.article.id, docs[1]!.article.id]],
    );
  });

  it("does not join sentences that share only their protagonists (fr)", () => {
    const docs = story("fr", [
      "Antony Blinken et Sergueï Lavrov se sont serré la main à Genève avant la réunion.",
      "Antony Blinken a accusé Sergueï Lavrov de masser des troupes près de l'Ukraine.",
    ]);
    assert.equal(run(docs).facts.length, 0);
  });

  it("picks a representative that names its subject over one that opens on a back-reference (es)", () => {
    const docs = story("es", [
      "Este último prometió una respuesta unida, rápida y severa en caso de invasión de Ucrania.",
      "El secretario de Estado prometió una respuesta unida, rápida y severa en caso de invasión de Ucrania.",
    ]);
    const [fact] = run(docs).facts;
    assert.equal(
      fact?.text,
      "El secretario de Estado prometió una respuesta unida, rápida y severa en caso de invasión de Ucrania.",
    );
  });
});

describe("claims", () => {
  it("makes no fact of what two outlets quote in another script, nor of the lines that introduce it (it)", () => {
    const arabic = "الى مزبلة التاريخ ياأعظم دستور في العالم والنتيجة كفر بالديموقراطية";
    const docs = story("it", [
      `Rasha Abdulla, docente al Cairo, afferma sul suo blog:\n${arabic}\nLa piazza è rimasta piena tutta la notte.`,
      `Rasha Abdulla, docente al Cairo, afferma sul suo blog:\n${arabic}\nI soldati hanno chiuso le strade del centro.`,
    ]);
    assert.deepEqual(
      run(docs).facts.map((fact) => fact.text),
      [],
    );
  });
});

describe("sentenceCues", () => {
  const cues = (text: string, language: string) => sentenceCues(segmentText(text, language), 0);
  it("marks attribution and conditional mood as reported, in every language", () => {
    assert.equal(cues("Selon l'AFP, la réunion a duré deux heures.", "fr").reported, true);
    assert.equal(cues("La Russie exige le retrait des troupes.", "fr").reported, false);
    assert.equal(cues("The talks reportedly lasted two hours.", "en").reported, true);
    assert.equal(cues("Según la agencia, la reunión duró dos horas.", "es").reported, true);
    assert.equal(cues("Laut Reuters dauerte das Treffen zwei Stunden.", "de").reported, true);
    assert.equal(cues("Secondo l'agenzia, il vertice è durato due ore.", "it").reported, true);
    assert.equal(cues("Segundo a agência, a reunião durou duas horas.", "pt").reported, true);
    assert.equal(cues("Potrivit agenției, întâlnirea a durat două ore.", "ro").reported, true);
    assert.equal(cues("The meeting lasted two hours.", "en").reported, false);
  });

  it("reads the narration's polarity and whether the sentence names its subject", () => {
    assert.equal(cues("« Nous n'attendons rien », a dit Blinken, qui cherche une solution.", "fr").negated, false);
    assert.equal(cues("Blinken n'a pas fermé la porte.", "fr").negated, true);
    assert.equal(cues("Ce dernier a promis une réponse.", "fr").standalone, false);
    assert.equal(cues("He promised a response.", "en").standalone, false);
    assert.equal(cues("Blinken promised a response.", "en").standalone, true);
  });
});
