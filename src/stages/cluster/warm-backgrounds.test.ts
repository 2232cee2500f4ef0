import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { testArticleId } from "../../../test/support/analyzed-article.js";
import type { ArticleId } from "../../domain/ids.js";
import { type ClusterFeatures, createStoryClusterer, toClusterFeatures } from "./index.js";
import { neighborGraph } from "./neighbor-graph.js";

const DAY = 19_187;

/** Article `serial` of `topic`: ten of the topic's twelve words (rotating), plus one word of its own. */
function features(topic: string, serial: number): ClusterFeatures {
  const terms: [string, number][] = [[`own${topic}${serial}`, 1]];
  for (let k = 0; k < 10; k++) terms.push([`${topic}${(serial + k) % 12}`, 1 + ((serial + k) % 3)]);
  return toClusterFeatures(DAY + (serial % 3), new Map(terms));
}

/** 8 topics of 5 to 12 articles. */
const ARTICLES: [ArticleId, ClusterFeatures][] = [];
for (let topic = 0; topic < 8; topic++) {
  for (let serial = 0; serial < 5 + topic; serial++) {
    ARTICLES.push([testArticleId(`t${topic}-${serial}`), features(`w${topic}x`, serial)]);
  }
}

/** A new clusterer holding `ARTICLES`, and its stories as a batch gives them. */
function corpus() {
  const clusterer = createStoryClusterer();
  for (const [id, terms] of ARTICLES) clusterer.addFeatures(id, terms);
  return { clusterer, stories: clusterer.clusters() };
}

describe("StoryClusterer.warmBackgrounds", () => {
  it("after restore, leaves the next update exactly as after a whole clustering, then has nothing to do", async () => {
    const newcomer = testArticleId("t3-new");
    const warm = corpus();
    warm.clusterer.addFeatures(newcomer, features("w3x", 40));
    const expected = warm.clusterer.update();

    // The same articles loaded with their stories, as from a store: no neighbour known.
    const fresh = createStoryClusterer();
    for (const [id, terms] of ARTICLES) fresh.addFeatures(id, terms);
    fresh.restore(warm.stories);
    assert.equal(await fresh.warmBackgrounds(), fresh.size);
    assert.equal(await fresh.warmBackgrounds(), 0);
    fresh.addFeatures(newcomer, features("w3x", 40));
    assert.deepEqual(fresh.update(), expected);
    assert.ok(
      expected.changed.some((story) => story.includes(newcomer) && story.length > 1),
      "the newcomer joins its topic",
    );
  });

  it("runs the search it is given, and keeps what adds since the load already found", async () => {
    const clusterer = createStoryClusterer();
    for (const [id, terms] of ARTICLES) clusterer.addFeatures(id, terms);
    clusterer.restore(corpus().stories);
    const newcomer = testArticleId("t5-new");
    clusterer.addFeatures(newcomer, features("w5x", 41));
    clusterer.update();
    let searched = 0;
    const found = await clusterer.warmBackgrounds(async (vectors, days, settings) => {
      searched = vectors.length;
      const nearest = new Float64Array(vectors.length * settings.neighbors);
      return { edges: neighborGraph(vectors, days, settings, nearest), nearest };
    });
    assert.equal(searched, clusterer.size);
    assert.ok(found > 0 && found < clusterer.size, `${found} of ${clusterer.size} missing`);
  });
});
