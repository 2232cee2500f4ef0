import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { useIngestedCorpus } from "../../test/support/ingested-corpus.js";
import { storedFeatureRows } from "../../test/support/store-contents.js";
import { storyIdFor } from "../pipeline/index.js";
import { openStore } from "../storage/open-store.js";
import { addToStore } from "./add-to-store.js";
import { forgetStoryEngine, storyEngineFor } from "./load-story-engine.js";
import { parseStoredFeatures } from "./story-engine.js";

describe("storyEngineFor", () => {
  const corpus = useIngestedCorpus("recoupe-engine-");

  it("keeps one engine while its owner is the only writer, and loads again what another process rewrote", async () => {
    const path = join(corpus.folder, "shared.sqlite");
    // Two handles on one file: a server (`served`) and another process (`other`, e.g. `recoupe recluster`).
    const served = await openStore(path);
    const other = await openStore(path);
    try {
      await addToStore(served, corpus.raws.slice(0, -1), { summaryWords: 100, workers: 1 });
      const engine = await storyEngineFor(served);
      await addToStore(served, corpus.raws.slice(-1), { summaryWords: 100, workers: 1 });
      assert.equal(await storyEngineFor(served), engine, "its own writes keep the engine");

      // The other process merges two stories (as a store written by an older recoupe may hold them).
      const { items } = await other.listStories({ sort: "sources", limit: 2, offset: 0 });
      const [a, b] = await Promise.all(items.map((item) => other.getStory(item.id)));
      const articleIds = [...a!.articleIds, ...b!.articleIds].sort();
      await other.saveStories([{ ...a!, id: storyIdFor(articleIds), articleIds }], [a!.id, b!.id]);

      const reloaded = await storyEngineFor(served);
      assert.notEqual(reloaded, engine, "stories saved by another process: the engine is loaded again");
      assert.deepEqual(reloaded.storyOf(articleIds[0]!), articleIds);
    } finally {
      await served.close();
      await other.close();
    }
  });

  it("computes again, rather than failing, the features of an article that the store holds damaged", async () => {
    const store = await openStore(join(corpus.folder, "damaged.sqlite"));
    try {
      await addToStore(store, corpus.raws, { summaryWords: 100, workers: 1 });
      const [[id, json]] = await storedFeatureRows(store);
      await store.putFeatures([[id, json.slice(0, json.length / 2)]]);
      forgetStoryEngine(store);
      const engine = await storyEngineFor(store);
      assert.equal(engine.size, corpus.raws.length);
      const stored = new Map(await storedFeatureRows(store));
      assert.deepEqual(parseStoredFeatures(stored.get(id)!), parseStoredFeatures(json));
    } finally {
      await store.close();
    }
  });
});
