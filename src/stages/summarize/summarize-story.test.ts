import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { makeAnalyzedArticle, testArticleId } from "../../../test/support/analyzed-article.js";
import type { Article } from "../../domain/article.js";
import type { AnalyzedArticle } from "../../domain/document.js";
import type { ArticleId } from "../../domain/ids.js";
import { cosine, DocumentFrequencies, termCounts, weightVector } from "../../similarity/index.js";
import { segmentText } from "../segment/index.js";
import { countWords, summarizeStory } from "./index.js";

function analyzed(index: number, text: string, extra: Partial<Article> = {}): AnalyzedArticle {
  return makeAnalyzedArticle(text, {
    id: testArticleId(index),
    path: `article-${index}.txt`,
    source: `outlet-${index}`,
    ...extra,
  });
}

const fixtureDir = new URL("../../../fixtures/geneva-2022-01/", import.meta.url);
const geneva = readdirSync(fixtureDir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name, index) =>
    analyzed(index + 1, readFileSync(new URL(name, fixtureDir), "utf8").replace(/^\s*date \d{4}-\d{2}\s*/u, "")),
  );

describe("summarizeStory on the five Geneva articles", () => {
  const summary = summarizeStory(geneva, { words: 100 });
  const byId = new Map(geneva.map((doc) => [doc.article.id, doc]));

  it("stays within 100 words and is not empty", () => {
    const words = summary.reduce((sum, item) => sum + countWords(item.text), 0);
    assert.ok(summary.length >= 2, `only ${summary.length} items`);
    assert.ok(words <= 100, `${words} words`);
    assert.ok(words >= 50, `only ${words} words`);
  });

  it("gives every item verbatim at its offsets, on one whole sentence", () => {
    for (const item of summary) {
      const doc = byId.get(item.articleId)!;
      assert.equal(doc.article.text.slice(item.start, item.end), item.text);
      assert.ok(doc.segmented.sentences.some((s) => s.start === item.start && s.end === item.end));
    }
  });

  it("draws on several articles and cites corroborating ones", () => {
    assert.ok(new Set(summary.map((item) => item.articleId)).size >= 3);
    assert.ok(summary.some((item) => item.alsoIn.length >= 1));
    for (const item of summary) {
      assert.ok(!item.alsoIn.includes(item.articleId));
      for (const id of item.alsoIn) assert.ok(byId.has(id));
    }
  });

  it("never keeps two items that say the same thing", () => {
    const frequencies = new DocumentFrequencies();
    const counts = summary.map((item) => {
      const segmented = segmentText(item.text, "fr");
      return termCounts(segmented.tokens);
    });
    for (const doc of geneva)
      for (const s of doc.segmented.sentences.keys()) frequencies.add(termCounts(doc.segmented.tokens, s).keys());
    const vectors = counts.map((c) => weightVector(c, (t) => frequencies.idf(t)));
    for (let i = 0; i < vectors.length; i++) {
      for (let j = i + 1; j < vectors.length; j++)
        assert.ok(cosine(vectors[i]!, vectors[j]!) < 0.5, `${summary[i]!.text} ≈ ${summary[j]!.text}`);
    }
  });

  it("leaves out headings, photo credits, questions and short fragments", () => {
    for (const item of summary) {
      assert.match(item.text, /[.!][»”"']?$/u);
      assert.ok(countWords(item.text) >= 6);
      assert.doesNotMatch(item.text, /Photo via AP|\?$/u);
    }
  });

  it("is deterministic whatever the order of the articles", () => {
    const reversed = summarizeStory([...geneva].reverse(), { words: 100 });
    assert.deepEqual(new Set(reversed.map((item) => item.text)), new Set(summary.map((item) => item.text)));
  });
});

describe("summarizeStory budget, copies and update mode", () => {
  const lead = "Le gouvernement a annoncé lundi une hausse de dix pour cent du salaire minimum dès le mois prochain.";
  const docs = [
    analyzed(
      11,
      `${lead}\nLes syndicats ont salué une mesure attendue depuis longtemps par les salariés.\nLe patronat a dénoncé un coût trop lourd pour les petites entreprises du commerce.`,
    ),
    analyzed(
      12,
      "Le salaire minimum augmentera de dix pour cent le mois prochain, a annoncé lundi le gouvernement.\nLes petites entreprises redoutent une hausse de leurs charges salariales cette année.",
    ),
    analyzed(
      13,
      "Une hausse de dix pour cent du salaire minimum a été annoncée lundi par le gouvernement.\nLa ministre du Travail présentera le décret au conseil des ministres mercredi prochain.",
    ),
  ];

  it("never exceeds the word budget, however small", () => {
    for (const words of [0, 5, 17, 20, 35, 60]) {
      const total = summarizeStory(docs, { words }).reduce((sum, item) => sum + countWords(item.text), 0);
      assert.ok(total <= words, `${total} > ${words}`);
    }
    assert.throws(() => summarizeStory(docs, { words: -1 }), /non-negative/);
  });

  it("puts first the sentence most articles agree on, with the others in alsoIn", () => {
    const [first] = summarizeStory(docs, { words: 20 });
    assert.ok(first !== undefined);
    assert.match(first.text, /dix pour cent/u);
    assert.equal(first.alsoIn.length, 2);
  });

  it("cites a near-duplicate article but never summarizes from it, and counts it once", () => {
    const copy = analyzed(
      14,
      `${lead}\nLes syndicats ont salué une mesure attendue depuis longtemps par les salariés.`,
    );
    const duplicates = new Map<ArticleId, ArticleId>([[copy.article.id, docs[0]!.article.id]]);
    const summary = summarizeStory([...docs, copy], { words: 60, duplicates });
    assert.ok(summary.every((item) => item.articleId !== copy.article.id));
    assert.ok(summary.some((item) => item.alsoIn.includes(copy.article.id)));
  });

  it("prefers what is new when given the previous articles", () => {
    const previous = [
      analyzed(20, `${lead}\nLe gouvernement a confirmé une hausse de dix pour cent du salaire minimum.`),
    ];
    const plain = summarizeStory(docs, { words: 20 });
    const update = summarizeStory(docs, { words: 20, previous });
    assert.match(plain[0]!.text, /dix pour cent/u);
    assert.ok(update.length > 0);
    assert.ok(
      update.every((item) => !/dix pour cent/u.test(item.text)),
      update.map((item) => item.text).join(" | "),
    );
  });

  it("returns nothing for articles without a summary-fit sentence", () => {
    assert.deepEqual(
      summarizeStory([analyzed(30, "Lire aussi : la hausse du salaire minimum\n\nPhoto : AFP")], { words: 100 }),
      [],
    );
  });
});

describe("summarizeStory on machine translations, captions and large stories", () => {
  const meeting =
    "Les ministres russe et américain se sont rencontrés vendredi à Genève pour désamorcer la crise ukrainienne.";
  const garbled =
    "Le ministre a affirmé que le dialogue se poursuivrait, mais stress que les États-Unis répondront à toute agression russe.";
  const plain = [
    analyzed(41, `${meeting}\nLe dialogue entre Moscou et Washington se poursuivra, a affirmé le ministre américain.`),
    analyzed(
      42,
      "Les chefs de la diplomatie russe et américaine se sont rencontrés vendredi à Genève pour désamorcer la crise.\nLes États-Unis répondront à toute agression russe contre l'Ukraine, a prévenu le ministre.",
    ),
  ];

  it("never picks a sentence garbled by machine translation", () => {
    const translated = analyzed(43, `${garbled}\n${meeting}`, {
      machineTranslated: {
        likely: true,
        signals: [
          { kind: "untranslated-fragment", excerpt: "se poursuivrait, mais stress que les États-Unis répondront" },
        ],
      },
    });
    const summary = summarizeStory([translated, ...plain], { words: 100 });
    assert.ok(summary.length > 0);
    assert.ok(summary.every((item) => !item.text.includes("stress que")));
  });

  it("prefers, among sentences saying the same, the one of an article not flagged as translated", () => {
    const translated = analyzed(
      44,
      `${meeting}\nLa Russie maintient environ cent mille soldats près de la frontière.`,
      {
        machineTranslated: { likely: true, signals: [] },
      },
    );
    const original = analyzed(
      45,
      `${meeting}\nLes Occidentaux redoutent une invasion de l'Ukraine dans les prochaines semaines.`,
    );
    for (const docs of [
      [translated, original, ...plain],
      [original, translated, ...plain],
    ]) {
      const item = summarizeStory(docs, { words: 100 }).find((entry) => entry.text === meeting);
      assert.ok(item !== undefined);
      assert.notEqual(item.articleId, translated.article.id);
      assert.ok(item.alsoIn.includes(translated.article.id));
    }
  });

  it("leaves out a photo caption opening an article", () => {
    const caption =
      "Les ministres russe et américain se serrent la main avant leur rencontre du 21 janvier 2022 à Genève.";
    const captioned = analyzed(
      46,
      `${caption}\n\n${meeting}\n\nLes deux ministres se sont serré la main avant leur rencontre à Genève.`,
    );
    const summary = summarizeStory([captioned, ...plain], { words: 100 });
    assert.ok(summary.length > 0);
    assert.ok(summary.every((item) => item.text !== caption));
  });

  it("weighs only the most central articles of a large story but cites every article that says the same", () => {
    const many = Array.from({ length: 120 }, (_, i) =>
      analyzed(100 + i, i % 2 === 0 ? plain[0]!.article.text : plain[1]!.article.text),
    );
    const summary = summarizeStory(many, { words: 40 });
    assert.ok(summary.length > 0);
    const cited = new Set(summary.flatMap((item) => [item.articleId, ...item.alsoIn]));
    assert.ok(cited.size >= 100, `only ${cited.size} articles cited`);
    const reversed = summarizeStory([...many].reverse(), { words: 40 });
    assert.deepEqual(
      reversed.map((item) => [item.text, item.articleId]),
      summary.map((item) => [item.text, item.articleId]),
    );
  });
});
