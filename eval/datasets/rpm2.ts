// RPM2 (LREC 2010): French news in topic × period clusters of 10 documents, with 4 human summaries per cluster.
// Reads the corpus files (`Corpus_RPM2_documents/TNN_Ck_DD.txt`, first line = title, and
// `Corpus_RPM2_references/TNN_Ck_Ax.txt`); falls back to `rpm2_clusters.jsonl` when the folders are absent.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

export interface Rpm2Document {
  /** File name without extension: `T01_C1_01`. */
  id: string;
  /** The file's first line. */
  title: string;
  /** The rest of the file, without the title line: paragraphs one per line, "\n" line endings, no BOM. */
  text: string;
}

export interface Rpm2Cluster {
  /** `T01_C1`. */
  clusterId: string;
  /** `T01`. */
  topic: string;
  /** `C1`, or `C2` for the documents of about one month later. */
  period: string;
  documents: Rpm2Document[];
  /** Human reference summaries, in annotator order (A1..A4). */
  references: string[];
}

/** Drops a byte-order mark and turns CRLF / CR line endings into "\n". */
function normalizeText(raw: string): string {
  return raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

function splitTitle(content: string): { title: string; text: string } {
  const lines = normalizeText(content).split("\n");
  const first = lines.findIndex((line) => line.trim() !== "");
  if (first < 0) return { title: "", text: "" };
  return {
    title: lines[first]!.trim(),
    text: lines
      .slice(first + 1)
      .join("\n")
      .trim(),
  };
}

const DOCUMENT_FILE = /^(T\d+)_(C\d+)_(\d+)\.txt$/;
const REFERENCE_FILE = /^(T\d+)_(C\d+)_(A\d+)\.txt$/;

function clusterFor(clusters: Map<string, Rpm2Cluster>, topic: string, period: string): Rpm2Cluster {
  const clusterId = `${topic}_${period}`;
  let cluster = clusters.get(clusterId);
  if (cluster === undefined) {
    cluster = { clusterId, topic, period, documents: [], references: [] };
    clusters.set(clusterId, cluster);
  }
  return cluster;
}

async function loadFromFolders(dataDir: string): Promise<Rpm2Cluster[]> {
  const clusters = new Map<string, Rpm2Cluster>();
  const documentDir = join(dataDir, "Corpus_RPM2_documents");
  for (const name of (await readdir(documentDir)).sort()) {
    const match = DOCUMENT_FILE.exec(name);
    if (match === null) continue;
    const { title, text } = splitTitle(await readFile(join(documentDir, name), "utf8"));
    clusterFor(clusters, match[1]!, match[2]!).documents.push({ id: name.replace(/\.txt$/, ""), title, text });
  }
  const referenceDir = join(dataDir, "Corpus_RPM2_references");
  if (existsSync(referenceDir)) {
    for (const name of (await readdir(referenceDir)).sort()) {
      const match = REFERENCE_FILE.exec(name);
      if (match === null) continue;
      const text = normalizeText(await readFile(join(referenceDir, name), "utf8")).trim();
      clusterFor(clusters, match[1]!, match[2]!).references.push(text);
    }
  }
  return [...clusters.values()].sort((a, b) => a.clusterId.localeCompare(b.clusterId));
}

interface JsonCluster {
  cluster_id: string;
  topic: string;
  period: string;
  docs: { doc_id: string; title: string; text: string }[];
  references: Record<string, string>;
}

async function loadFromJsonLines(path: string): Promise<Rpm2Cluster[]> {
  const lines = normalizeText(await readFile(path, "utf8")).split("\n");
  return lines
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const row = JSON.parse(line) as JsonCluster;
      return {
        clusterId: row.cluster_id,
        topic: row.topic,
        period: row.period,
        documents: row.docs.map((doc) => {
          const { text } = splitTitle(doc.text);
          return { id: doc.doc_id, title: normalizeText(doc.title).trim(), text };
        }),
        references: Object.keys(row.references)
          .sort()
          .map((key) => normalizeText(row.references[key]!).trim()),
      };
    });
}

/** The RPM2 clusters found in `dataDir` (the `rpm2-fr-mds` folder), sorted by cluster id. */
export async function loadRpm2(dataDir: string): Promise<Rpm2Cluster[]> {
  if (existsSync(join(dataDir, "Corpus_RPM2_documents"))) return loadFromFolders(dataDir);
  const jsonLines = join(dataDir, "rpm2_clusters.jsonl");
  if (existsSync(jsonLines)) return loadFromJsonLines(jsonLines);
  throw new Error(`loadRpm2: neither Corpus_RPM2_documents/ nor rpm2_clusters.jsonl in ${dataDir}`);
}
