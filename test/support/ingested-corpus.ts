import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before } from "node:test";
import type { RawArticle } from "../../src/domain/article.js";
import { ingestPaths } from "../../src/stages/ingest/index.js";
import { writeCorpus } from "../reliability/write-corpus.js";

/** The generated corpus of `writeCorpus`, ingested, in a temporary folder (stores may go there too). */
export interface IngestedCorpus {
  folder: string;
  raws: RawArticle[];
}

/**
 * Registers, in the current suite, a `before` hook that writes and ingests the corpus in a new
 * temporary folder (named from `prefix`) and an `after` hook that removes it; the fields are set once
 * the `before` hook has run.
 */
export function useIngestedCorpus(prefix: string): IngestedCorpus {
  const corpus: IngestedCorpus = { folder: "", raws: [] };
  before(async () => {
    corpus.folder = mkdtempSync(join(tmpdir(), prefix));
    corpus.raws = (await ingestPaths(writeCorpus(corpus.folder))).articles;
  });
  after(() => rmSync(corpus.folder, { recursive: true, force: true }));
  return corpus;
}
