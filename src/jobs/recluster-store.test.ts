import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { useIngestedCorpus } from "../../test/support/ingested-corpus.js";
import { storeContents, storedFeatureRows } from "../../test/support/store-contents.js";
import { storyIdFor } from "../pipeline/index.js";
import { openStore } from "../storage/open-store.js";
import { addToStore } from "./add-to-store.js";
import { reclusterStore } from "./recluster-store.js";
import { FEATURES_VERSION, type StoredFeatures } from "./story-engine.js";

describe("reclusterStore", () => {
  const corpus = useIngestedCorpus("recoupe-recluster-");

  it("brings a store fed one article at a time to exactly what one batch gives (stories and dossiers)", async () => {
    const batch = await openStore(join(corpus.folder, "batch.sqlite"));
    const oneByOne = await openStore(join(corpus.folder, "one-by-one.sqlite"));
    try {
      await addToStore(batch, corpus.raws, { summaryWords: 100, workers: 1 });
      // Newest first: the worst order for stories grown incrementally.
      for (const raw of [...corpus.raws].reverse())
        await addToStore(oneByOne, [raw], { summaryWords: 100, workers: 1 });
      const expected = await storeContents(batch);
      assert.ok(
        expected.stories.length >= 9,
        `expected the corpus's events as stories, got ${expected.stories.length}`,
      );

      const result = await reclusterStore(oneByOne, { summaryWords: 100, workers: 1 });
      assert.equal(result.articles, corpus.raws.length);
      assert.equal(result.stories, expected.stories.length);
      assert.deepEqual(await storeContents(oneByOne), expected);

      // Already as a batch would group it: nothing to rewrite.
      const again = await reclusterStore(oneByOne, { summaryWords: 100, workers: 1 });
      assert.deepEqual([again.savedStoryIds, again.removedStoryIds], [[], []]);
      assert.deepEqual(await storeContents(oneByOne), expected);
    } finally {
      await batch.close();
      await oneByOne.close();
    }
  });

  it("splits a story that an older clustering merged, in a store opened afresh (features read back)", async () => {
    const path = join(corpus.folder, "merged.sqlite");
    const first = await openStore(path);
    let expected: Awaited<ReturnType<typeof storeContents>>;
    try {
      await addToStore(first, corpus.raws, { summaryWords: 100, workers: 1 });
      expected = await storeContents(first);
      // What a store written by an older recoupe may hold: two events' articles as one story.
      const [a, b] = expected.stories;
      const articleIds = [...a!.articleIds, ...b!.articleIds].sort();
      await first.saveStories([{ ...a!, id: storyIdFor(articleIds), articleIds }], [a!.id, b!.id]);
    } finally {
      await first.close();
    }
    const reopened = await openStore(path);
    try {
      assert.equal((await storeContents(reopened)).stories.length, expected.stories.length - 1);
      const result = await reclusterStore(reopened, { summaryWords: 100, workers: 2 });
      // A story is named after its first article: the merged story's id goes on as one of the two.
      assert.equal(result.savedStoryIds.length, 2, "the two events' stories written again");
      assert.deepEqual(result.removedStoryIds, []);
      assert.deepEqual(await storeContents(reopened), expected);
    } finally {
      await reopened.close();
    }
  });

  it("computes again the features an older recoupe stored, then regroups with them", async () => {
    const path = join(corpus.folder, "old-features.sqlite");
    const first = await openStore(path);
    let expected: Awaited<ReturnType<typeof storeContents>>;
    try {
      await addToStore(first, corpus.raws, { summaryWords: 100, workers: 1 });
      expected = await storeContents(first);
      // Features of another version, as an older recoupe wrote them (here: no terms at all).
      const old = [];
      for (const [id, json] of await storedFeatureRows(first)) {
        const features = JSON.parse(json) as StoredFeatures;
        old.push([
          id,
          JSON.stringify({ ...features, version: 1, cluster: { ...features.cluster, terms: [] } }),
        ] as const);
      }
      await first.putFeatures(old);
    } finally {
      await first.close();
    }
    const reopened = await openStore(path);
    try {
      await reclusterStore(reopened, { summaryWords: 100, workers: 1 });
      assert.deepEqual(await storeContents(reopened), expected);
      for (const [, json] of await storedFeatureRows(reopened)) {
        assert.equal((JSON.parse(json) as StoredFeatures).version, FEATURES_VERSION);
      }
    } finally {
      await reopened.close();
    }
  });
});
