import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { useIngestedCorpus } from "../../test/support/ingested-corpus.js";
import { storedStories } from "../../test/support/store-contents.js";
import { openStore } from "../storage/open-store.js";
import { addToStore } from "./add-to-store.js";
import { forgetStoryEngine } from "./load-story-engine.js";
import { warmStoryEngine } from "./warm-story-engine.js";

describe("warmStoryEngine", () => {
  const corpus = useIngestedCorpus("recoupe-warm-");

  it("readies a store's engine once loaded, so that the next add gives what it gives without a reload", async () => {
    const kept = await openStore(join(corpus.folder, "kept.sqlite"));
    const reloaded = await openStore(join(corpus.folder, "reloaded.sqlite"));
    try {
      const [last, ...rest] = [...corpus.raws].reverse();
      for (const store of [kept, reloaded]) await addToStore(store, rest, { summaryWords: 100, workers: 1 });
      // As after a restart: the engine is read back from the store, its articles' neighbours unknown.
      forgetStoryEngine(reloaded);
      assert.equal(await warmStoryEngine(reloaded, { workers: 2 }), rest.length);
      assert.equal(await warmStoryEngine(reloaded, { workers: 2 }), 0, "already warm");
      for (const store of [kept, reloaded]) await addToStore(store, [last!], { summaryWords: 100, workers: 1 });
      const expected = await storedStories(kept);
      assert.ok(expected.length >= 9, `expected the corpus's events as stories, got ${expected.length}`);
      assert.deepEqual(await storedStories(reloaded), expected);
    } finally {
      await kept.close();
      await reloaded.close();
    }
  });
});
