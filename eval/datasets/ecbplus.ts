// ECB+ (Cybulska & Vossen, LREC 2014): English news grouped by topic and by seminal event, from the
// `documents.jsonl.gz` made from the CROMER XML (tokens joined by spaces, one sentence per line).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

export interface EcbPlusDocument {
  /** XML file name: `1_10ecb.xml`. */
  id: string;
  /** Topic number (1–45): two events of the same kind. */
  topic: number;
  /** `ecb` or `ecbplus`: which of the topic's two events. */
  subtopic: string;
  /** Gold event cluster: `<topic>_<subtopic>`. */
  eventId: string;
  /** Sentences one per line, with the spaces of the tokenisation ("Reid 's rep , '' he said"). */
  text: string;
}

interface JsonDocument {
  doc_name: string;
  topic: number;
  subtopic: string;
  cluster_id: string;
  text_tokenized: string;
}

/** The ECB+ documents of `dataDir` (the `ecbplus-event-clusters` folder), in file order. */
export async function loadEcbPlus(dataDir: string): Promise<EcbPlusDocument[]> {
  const bytes = await readFile(join(dataDir, "documents.jsonl.gz"));
  return gunzipSync(bytes)
    .toString("utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const row = JSON.parse(line) as JsonDocument;
      return {
        id: row.doc_name,
        topic: row.topic,
        subtopic: row.subtopic,
        eventId: row.cluster_id,
        text: row.text_tokenized.replace(/\r\n?/g, "\n"),
      };
    });
}
