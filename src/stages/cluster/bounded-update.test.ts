import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { testArticleId } from "../../../test/support/analyzed-article.js";
import type { ArticleId } from "../../domain/ids.js";
import { type ClusterFeatures, createStoryClusterer, toClusterFeatures } from "./index.js";
import { REGION_BOUND } from "./story-clusterer.js";

const DAY = 19_187; // 2022-07-14

/** Words of a topic, each article using ten of twelve (rotating), so two articles share 8–10. */
function topicFeatures(topic: string, serial: number, day: number | null = DAY): ClusterFeatures {
  const words = Array.from({ length: 12 }, (_, k) => `${topic}${k}`);
  const terms: [string, number][] = [];
  for (let k = 0; k < 10; k++) terms.push([words[(serial + k) % 12]!, 1 + ((serial + k) % 3)]);
  return toClusterFeatures(day, new Map(terms));
}

interface Corpus {
  clusterer: ReturnType<typeof createStoryClusterer>;
  /** The story restored as one although it holds two unrelated topics, `a` and `b`, half each. */
  mixed: ArticleId[];
}

/** Adds 20 unrelated pairs of articles (so terms have varied IDFs); returns them as stories. */
function unrelatedPairs(clusterer: ReturnType<typeof createStoryClusterer>): ArticleId[][] {
  const pairs: ArticleId[][] = [];
  for (let pair = 0; pair < 20; pair++) {
    const ids = [0, 1].map((side) => testArticleId(`other-${pair}-${side}`));
    for (const [side, id] of ids.entries()) clusterer.addFeatures(id, topicFeatures(`other${pair}x`, side));
    pairs.push(ids.sort());
  }
  return pairs;
}

/**
 * A clusterer holding a story restored as one (as a store may hand it back) that a recomputation
 * would split in two, and unrelated pairs of articles around it (so terms have varied IDFs).
 */
function withMixedStory(size: number, clusterer = createStoryClusterer()): Corpus {
  const mixed: ArticleId[] = [];
  for (let serial = 0; serial < size; serial++) {
    const id = testArticleId(`mixed-${serial}`);
    clusterer.addFeatures(id, topicFeatures(serial % 2 === 0 ? "a" : "b", serial));
    mixed.push(id);
  }
  mixed.sort();
  clusterer.restore([mixed, ...unrelatedPairs(clusterer)]);
  assert.deepEqual(clusterer.update(), { changed: [], gone: [] });
  return { clusterer, mixed };
}

describe("StoryClusterer.update, bounded", () => {
  it("keeps a large story whole when a newcomer touches it (a recluster would split it)", () => {
    const { clusterer, mixed } = withMixedStory(REGION_BOUND + 50);
    const added = testArticleId("a-new");
    clusterer.addFeatures(added, topicFeatures("a", 1000));
    const { changed, gone } = clusterer.update();
    // Half the story is another topic: the newcomer's average similarity to it stays under its members'
    // background (their 20th neighbours are all of their own topic), so it stays apart, and the story
    // is neither split nor rebuilt.
    assert.deepEqual(gone, []);
    assert.deepEqual(changed, [[added]]);
    assert.deepEqual(clusterer.storyOf(mixed[0]!), mixed);
  });

  it("joins a copy to a large story of copies without reclustering it", () => {
    const clusterer = createStoryClusterer();
    const story: ArticleId[] = [];
    for (let serial = 0; serial < REGION_BOUND + 50; serial++) {
      const id = testArticleId(`copy-${serial}`);
      clusterer.addFeatures(id, topicFeatures("c", 0));
      story.push(id);
    }
    story.sort();
    clusterer.restore([story, ...unrelatedPairs(clusterer)]);
    const added = testArticleId("c-new");
    clusterer.addFeatures(added, topicFeatures("c", 0));
    const { changed, gone } = clusterer.update();
    assert.deepEqual(gone, [story]);
    assert.deepEqual(changed, [[...story, added].sort()]);
  });

  it("keeps a newcomer apart from a large story by the merge test (time factor included)", () => {
    const { clusterer, mixed } = withMixedStory(REGION_BOUND + 50);
    const added = testArticleId("a-late");
    // Eight months later: close enough to be a neighbour, too far to pass the merge threshold.
    clusterer.addFeatures(added, topicFeatures("a", 1000, DAY + 240));
    const { changed, gone } = clusterer.update();
    assert.deepEqual(gone, []);
    assert.deepEqual(changed, [[added]]);
    assert.deepEqual(clusterer.storyOf(mixed[0]!), mixed);
  });

  it("still reclusters a small region exactly: the mixed story splits, the newcomer joins its topic", () => {
    const { clusterer, mixed } = withMixedStory(20);
    const added = testArticleId("a-new");
    clusterer.addFeatures(added, topicFeatures("a", 1000));
    const { changed, gone } = clusterer.update();
    const topicA = mixed.filter((_, k) => clusterer.storyOf(mixed[k]!)!.includes(added));
    assert.deepEqual(gone, [mixed]);
    assert.equal(changed.length, 2);
    assert.deepEqual(changed.map((group) => group.length).sort(), [10, 11]);
    assert.equal(topicA.length, 10);
    assert.ok(changed.every((group) => group.every((id) => clusterer.storyOf(id) === group)));
  });

  it("recluster() recomputes what update() kept: the stories a fresh clustering of the same articles gives", () => {
    const { clusterer, mixed } = withMixedStory(REGION_BOUND + 50);
    const added = testArticleId("a-new");
    clusterer.addFeatures(added, topicFeatures("a", 1000));
    clusterer.update();
    assert.deepEqual(clusterer.storyOf(mixed[0]!), mixed, "kept whole by the bounded update");
    // Nothing added since: clusters() gives the current stories, the mixed one included.
    assert.ok(clusterer.clusters().some((group) => group.length === mixed.length));

    const fresh = createStoryClusterer();
    withMixedStory(REGION_BOUND + 50, fresh);
    fresh.addFeatures(added, topicFeatures("a", 1000));
    fresh.recluster();
    const expected = fresh.clusters();
    assert.ok(!expected.some((group) => group.length === mixed.length), "a fresh clustering splits the mixed story");

    const { changed, gone } = clusterer.recluster();
    assert.deepEqual(clusterer.clusters(), expected);
    assert.ok(gone.some((group) => group.length === mixed.length));
    assert.ok(changed.every((group) => group.every((id) => clusterer.storyOf(id) === group)));
  });
});
