import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { RawArticle } from "../src/domain/article.js";
import { addToStore } from "../src/jobs/add-to-store.js";
import {
  analyzeArticles,
  analyzeArticlesInParallel,
  createStoryBuilder,
  indexArticles,
  indexArticlesInParallel,
} from "../src/pipeline/index.js";
import { ingestPaths } from "../src/stages/ingest/index.js";
import { openStore } from "../src/storage/open-store.js";
import { writeCorpus } from "./reliability/write-corpus.js";

/** Articles of one site that all end with the same furniture lines (what the cleaner learns across a batch). */
function siteArticles(): RawArticle[] {
  const topics = [
    "Le conseil municipal de Nantes a voté mardi le budget des transports pour 2024, en hausse de 4 %.",
    "La préfecture de Loire-Atlantique a levé l'alerte sécheresse après les pluies du week-end.",
    "Le festival de jazz de Nantes a accueilli 45 000 spectateurs en cinq jours, selon les organisateurs.",
    "Les pompiers ont maîtrisé un incendie dans un entrepôt du port de Saint-Nazaire dans la nuit.",
  ];
  return topics.map((sentence, index) => ({
    path: `site-${index}.html`,
    format: "html",
    source: "ouest-info",
    title: sentence.split(" ").slice(0, 6).join(" "),
    publishedAt: `2023-09-0${index + 1}`,
    text: `${sentence}\n\nLes élus reviendront sur le sujet lors de la prochaine séance.\n\nAbonnez-vous à notre lettre d'information quotidienne\n\nTous droits réservés Ouest Info`,
  }));
}

describe("a batch spread over worker threads", () => {
  let folder: string;
  let raws: RawArticle[];
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), "recoupe-parallel-"));
    const ingested = await ingestPaths(writeCorpus(folder));
    raws = [...ingested.articles, ...siteArticles(), ingested.articles[0]!];
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it("gives exactly the stories, articles and diagnostics of the single-thread run", async () => {
    const single = analyzeArticles(raws);
    const parallel = await analyzeArticlesInParallel(raws, { workers: 2 });
    assert.ok(single.stories.length >= 9, `expected the nine events as stories, got ${single.stories.length}`);
    assert.ok(single.diagnostics.some((diagnostic) => diagnostic.code === "duplicate-input"));
    assert.ok(
      single.articles.some((article) => article.removed.some((piece) => piece.reason === "repeated-across-site")),
      "the site's repeated lines are furniture",
    );
    assert.deepEqual(parallel, single);
  });

  it("finishes on this thread, with the same result, when the workers run out of memory", async () => {
    // 1 MB of heap: each worker dies loading the pipeline, and every task runs here instead.
    const parallel = await analyzeArticlesInParallel(raws, { workers: 2, workerHeapMb: 1 });
    assert.deepEqual(parallel, analyzeArticles(raws));
  });

  it("indexes (near-copies and story groups) exactly as the single-thread run", async () => {
    const single = indexArticles(raws);
    const parallel = await indexArticlesInParallel(raws, { workers: 3 });
    assert.deepEqual(parallel, single);
  });

  it("reports progress up to every article and every story", async () => {
    const seen = { prepare: 0, stories: 0 };
    const analysis = await analyzeArticlesInParallel(raws, {
      workers: 2,
      onProgress: (stage, done, total) => {
        assert.ok(done <= total);
        seen[stage] = Math.max(seen[stage], done);
      },
    });
    assert.equal(seen.prepare, raws.length);
    assert.equal(seen.stories, analysis.stories.length);
  });

  it("fills a store exactly as the single-thread run does (articles, stories, dossiers), its inputs let go or not", async () => {
    const contents = async (workers: number) => {
      const store = await openStore(join(folder, `store-${workers}.sqlite`));
      try {
        // The parallel run is handed its inputs (as `recoupe ingest` does): it empties the list once prepared.
        const inputs = [...raws];
        const releaseInputs = workers > 1;
        const added = await addToStore(store, inputs, { summaryWords: 100, workers, releaseInputs });
        assert.equal(inputs.length, releaseInputs ? 0 : raws.length);
        const articles = await store.listArticles();
        const { items } = await store.listStories({ sort: "sources", limit: 1000, offset: 0 });
        const stories = await Promise.all(items.map((item) => store.getStory(item.id)));
        return { added, articles, stories };
      } finally {
        await store.close();
      }
    };
    const single = await contents(1);
    const parallel = await contents(2);
    assert.ok(single.stories.length >= 9);
    assert.deepEqual(parallel, single);
  });

  it("rebuilds dossiers on a story builder's worker as on this thread, one add at a time (the server's way)", async () => {
    // Every rebuild goes to the worker, however small.
    const builder = createStoryBuilder({ minArticles: 0 });
    const contents = async (name: string, options: { builder?: typeof builder }) => {
      const store = await openStore(join(folder, `one-by-one-${name}.sqlite`));
      try {
        const saved = [];
        for (const raw of raws.slice(0, 24)) {
          const added = await addToStore(store, [raw], { summaryWords: 100, ...options });
          saved.push(added.savedStories);
        }
        const { items } = await store.listStories({ sort: "sources", limit: 1000, offset: 0 });
        const stories = await Promise.all(items.map((item) => store.getStory(item.id)));
        return { saved, articles: await store.listArticles(), stories };
      } finally {
        await store.close();
      }
    };
    try {
      const here = await contents("here", {});
      const onWorker = await contents("worker", { builder });
      assert.ok(here.stories.length >= 5);
      assert.deepEqual(onWorker, here);
      // Closed, the builder starts a worker again for the next build.
      await builder.close();
      const again = await contents("again", { builder });
      assert.deepEqual(again, here);
    } finally {
      await builder.close();
    }
  });
});
