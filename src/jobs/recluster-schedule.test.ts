import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { useIngestedCorpus } from "../../test/support/ingested-corpus.js";
import { storeContents } from "../../test/support/store-contents.js";
import { storyIdFor } from "../pipeline/index.js";
import { openStore } from "../storage/open-store.js";
import type { Store } from "../storage/store.js";
import { addToStore } from "./add-to-store.js";
import { createReclusterSchedule } from "./recluster-schedule.js";

describe("createReclusterSchedule", { timeout: 60_000 }, () => {
  const corpus = useIngestedCorpus("recoupe-recluster-schedule-");

  it("regroups a store fed one article at a time once `every` have come, as one batch would", async () => {
    const batch = await openStore(join(corpus.folder, "batch.sqlite"));
    const live = await openStore(join(corpus.folder, "live.sqlite"));
    const runs: number[] = [];
    const schedule = createReclusterSchedule({
      store: live,
      every: corpus.raws.length,
      summaryWords: 100,
      delayMs: 0,
      workers: 1,
      onReclustered: (result) => runs.push(result.articles),
      onFailed: (error) => assert.fail(String(error)),
    });
    try {
      await addToStore(batch, corpus.raws, { summaryWords: 100, workers: 1 });
      const expected = await storeContents(batch);
      // Newest first, the worst order for stories grown one add at a time; the last add is told last.
      let last = 0;
      for (const raw of [...corpus.raws].reverse()) {
        const added = await addToStore(live, [raw], { summaryWords: 100, workers: 1 });
        if (raw === corpus.raws[0]) last = added.inserted.length;
        else schedule.added(added.inserted.length);
      }
      await schedule.idle();
      assert.deepEqual(runs, [], "no regrouping before `every` articles");
      // This small corpus grows into the batch's stories; drift of the kind a large store sees one add at a
      // time: two events' articles held as one story.
      const [a, b] = (await storeContents(live)).stories;
      const articleIds = [...a!.articleIds, ...b!.articleIds].sort();
      await live.saveStories([{ ...a!, id: storyIdFor(articleIds), articleIds }], [a!.id, b!.id]);
      assert.notDeepEqual((await storeContents(live)).stories, expected.stories);
      schedule.added(last);
      await schedule.idle();
      assert.deepEqual(runs, [corpus.raws.length], "one regrouping, of every article");
      assert.deepEqual(await storeContents(live), expected);
      // Articles already stored count for nothing.
      schedule.added((await addToStore(live, [corpus.raws[0]!], { summaryWords: 100, workers: 1 })).inserted.length);
      await schedule.idle();
      assert.deepEqual(runs, [corpus.raws.length]);
    } finally {
      await schedule.close();
      await batch.close();
      await live.close();
    }
  });

  it("reports a failed regrouping, retries on the next add (not on a timer), and never runs with `every` 0", async () => {
    let attempts = 0;
    const broken = {
      withLock: async () => {
        attempts++;
        throw new Error("database is locked");
      },
    } as unknown as Store;
    const failures: string[] = [];
    const schedule = createReclusterSchedule({
      store: broken,
      every: 3,
      summaryWords: 100,
      delayMs: 0,
      onFailed: (error) => failures.push((error as Error).message),
    });
    schedule.added(2);
    await schedule.idle();
    assert.equal(attempts, 0, "2 of 3 articles: nothing to do yet");
    schedule.added(1);
    await schedule.idle();
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.deepEqual([attempts, failures], [1, ["database is locked"]]);
    schedule.added(1);
    await schedule.idle();
    assert.equal(attempts, 2, "the articles of the failed run still count");
    await schedule.close();

    const never = createReclusterSchedule({ store: broken, every: 0, summaryWords: 100, delayMs: 0 });
    never.added(1_000);
    await never.idle();
    assert.equal(attempts, 2);
  });

  it("close() cancels a regrouping still waiting for its delay", async () => {
    let attempts = 0;
    const store = { withLock: async () => void attempts++ } as unknown as Store;
    const schedule = createReclusterSchedule({ store, every: 1, summaryWords: 100, delayMs: 60_000 });
    schedule.added(5);
    const started = performance.now();
    await schedule.close();
    assert.ok(performance.now() - started < 1000);
    assert.equal(attempts, 0);
  });
});
