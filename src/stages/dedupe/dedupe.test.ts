import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeAnalyzedArticle, testArticleId } from "../../../test/support/analyzed-article.js";
import type { AnalyzedArticle } from "../../domain/document.js";
import { foldAccents, segmentText } from "../segment/index.js";
import { createDuplicateIndex, estimateJaccard, minHashSignature, wordShingles } from "./index.js";
import { hashString, mix32 } from "./word-shingles.js";

function analyzed(key: string, text: string, publishedAt: string | null = null): AnalyzedArticle {
  return makeAnalyzedArticle(text, { id: testArticleId(key), path: key, source: key, publishedAt });
}

const ORIGINAL = [
  "Le secrétaire d'État américain Antony Blinken et son homologue russe Sergueï Lavrov se sont rencontrés vendredi à Genève",
  "pour tenter de désamorcer la crise autour de l'Ukraine. La rencontre a duré une heure et demie dans un grand hôtel",
  "au bord du lac. Les deux hommes sont convenus de poursuivre le dialogue, sans percée majeure. Washington doit remettre",
  "la semaine prochaine une réponse écrite aux exigences de Moscou sur la sécurité en Europe, a indiqué le chef de la",
  "diplomatie américaine devant la presse. Moscou réclame la fin de l'élargissement de l'Otan vers l'est et le retrait",
  "des forces alliées d'Europe orientale, des demandes jugées inacceptables par les Occidentaux. Plus de cent mille",
  "soldats russes sont massés près de la frontière ukrainienne, selon les services de renseignement occidentaux, qui",
  "redoutent une invasion. Le Kremlin dément toute intention d'attaquer son voisin et accuse l'Alliance atlantique",
  "de menacer sa sécurité. Une nouvelle rencontre entre les présidents Joe Biden et Vladimir Poutine n'est pas exclue.",
].join(" ");

const REWRITE = ORIGINAL.replace("vendredi", "ce vendredi")
  .replace("une heure et demie", "quatre-vingt-dix minutes")
  .replace("sans percée majeure", "sans avancée notable")
  .replace("a indiqué le chef", "a précisé le chef");

const TRUNCATED = ORIGINAL.slice(0, Math.floor(ORIGINAL.length * 0.6)).replace(/\s\S*$/, ".");

const UNRELATED = [
  "La Grèce autorise désormais l'entrée des voyageurs vaccinés avec un simple test antigénique négatif réalisé",
  "moins de vingt-quatre heures avant l'arrivée. Les autorités sanitaires d'Athènes ont annoncé cette mesure mardi,",
  "alors que la saison touristique approche et que les hôteliers réclament des règles plus souples. Les îles",
  "de la mer Égée comptent sur le retour des visiteurs européens après deux années difficiles pour l'économie locale.",
].join(" ");

describe("MinHash", () => {
  it("gives identical sets identical signatures and disjoint sets almost no agreement", () => {
    const a = wordShingles(segmentText(ORIGINAL, "fr").tokens, 5);
    const b = wordShingles(segmentText(UNRELATED, "fr").tokens, 5);
    assert.equal(estimateJaccard(minHashSignature(a, 128), minHashSignature(a, 128)), 1);
    assert.ok(estimateJaccard(minHashSignature(a, 128), minHashSignature(b, 128)) < 0.1);
  });

  it("estimates the Jaccard similarity of a light rewrite", () => {
    const a = wordShingles(segmentText(ORIGINAL, "fr").tokens, 5);
    const b = wordShingles(segmentText(REWRITE, "fr").tokens, 5);
    const shared = [...a].filter((hash) => b.includes(hash)).length;
    const exact = shared / (a.length + b.length - shared);
    const estimate = estimateJaccard(minHashSignature(a, 128), minHashSignature(b, 128));
    assert.ok(Math.abs(estimate - exact) < 0.15, `estimate ${estimate} vs exact ${exact}`);
  });
});

describe("wordShingles", () => {
  it("gives each distinct shingle hash once, in order of first occurrence", () => {
    const tokens = segmentText(`${ORIGINAL} ${ORIGINAL.toUpperCase()}`, "fr").tokens;
    const words = tokens.map((token) => hashString(foldAccents(token.normal)));
    const expected = new Set<number>();
    for (let start = 0; start + 5 <= words.length; start++) {
      let hash = 0x811c9dc5;
      for (let k = start; k < start + 5; k++) hash = Math.imul(hash ^ words[k]!, 0x01000193);
      expected.add(mix32(hash));
    }
    assert.deepEqual([...wordShingles(tokens, 5)], [...expected]);
    // The upper-cased repeat folds to the same words: its shingles are not counted again.
    assert.ok(expected.size < (tokens.length - 4) * 0.6);
  });
});

describe("createDuplicateIndex", () => {
  const original = analyzed("original", ORIGINAL, "2022-01-21");
  const rewrite = analyzed("rewrite", REWRITE, "2022-01-22");
  const truncated = analyzed("truncated", TRUNCATED, "2022-01-23");
  const unrelated = analyzed("unrelated", UNRELATED, "2022-01-21");

  it("maps exact copies, rewrites and truncated copies to the earliest article, and nothing else", () => {
    const index = createDuplicateIndex();
    assert.equal(index.add(original), null);
    assert.equal(index.add(rewrite), original.article.id);
    assert.equal(index.add(truncated), original.article.id);
    assert.equal(index.add(unrelated), null);
    assert.deepEqual(
      index.duplicates(),
      new Map([
        [rewrite.article.id, original.article.id],
        [truncated.article.id, original.article.id],
      ]),
    );
  });

  it("gives the same map whatever the order, the root moving to an earlier article added later", () => {
    const orders = [
      [original, rewrite, truncated, unrelated],
      [truncated, unrelated, rewrite, original],
      [rewrite, original, unrelated, truncated],
    ];
    const maps = orders.map((order) => {
      const index = createDuplicateIndex();
      for (const doc of order) index.add(doc);
      return index.duplicates();
    });
    for (const map of maps) assert.deepEqual(map, maps[0]);
  });

  it("breaks date ties and missing dates by id, dated articles first", () => {
    const copyA = analyzed("copy-a", ORIGINAL, null);
    const copyB = analyzed("copy-b", ORIGINAL, null);
    const index = createDuplicateIndex();
    index.add(copyA);
    index.add(copyB);
    const [first, second] = [copyA.article.id, copyB.article.id].sort();
    assert.deepEqual(index.duplicates(), new Map([[second!, first!]]));
    const dated = analyzed("dated", ORIGINAL, "2022-01-20");
    assert.equal(index.add(dated), null);
    assert.equal(index.duplicates().get(first!), dated.article.id);
  });
});
