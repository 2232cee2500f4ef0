// ECB+ with its cross-document coreference (Cybulska & Vossen, LREC 2014), read from the CROMER XML
// (`ECB+_xml.tar.xz`): each document's sentences, and for each sentence the corpus-wide instances its
// annotated mentions refer to: events (ACTION_*, NEG_ACTION_*) and their participants, places and times.
// Only the sentences `ECBplus_coreference_sentences.csv` lists were annotated for coreference; the others
// carry no judgement either way.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface EcbSentence {
  /** The sentence's tokens joined by spaces, as `documents.jsonl.gz` writes it. */
  text: string;
  /** Listed in `ECBplus_coreference_sentences.csv`: its mentions were annotated across documents. */
  annotated: boolean;
  /** Cross-document event instances its mentions refer to ("ACT1599…", "NEG1599…"). */
  events: Set<string>;
  /** Cross-document participant, place and time instances ("HUM…", "NON…", "LOC…", "TIM…"). */
  arguments: Set<string>;
}

export interface EcbCorefDocument {
  /** XML file name without `.xml`: `1_10ecbplus`. */
  id: string;
  /** Gold seminal event: `<topic>_<ecb|ecbplus>`. */
  eventId: string;
  /** One per line of `text`, in order. */
  sentences: EcbSentence[];
  /** The sentences joined by newlines. */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);
}

/** Extracts the XML archive into `cacheDir/ecbplus-xml` once; returns the folder holding the topic folders. */
function prepareXml(dataDir: string, cacheDir: string): string {
  const target = join(cacheDir, "ecbplus-xml");
  if (!existsSync(join(target, "ECB+"))) {
    mkdirSync(target, { recursive: true });
    execFileSync("tar", ["-xJf", join(dataDir, "ecbplus-event-clusters", "ECB+_xml.tar.xz"), "-C", target]);
  }
  return join(target, "ECB+");
}

/** `documentId` → the sentence numbers annotated for coreference. */
function annotatedSentences(dataDir: string): Map<string, Set<number>> {
  const csv = readFileSync(join(dataDir, "ecbplus-event-clusters", "ECBplus_coreference_sentences.csv"), "utf8");
  const listed = new Map<string, Set<number>>();
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const [topic, file, sentence] = line.split(",");
    if (topic === undefined || file === undefined || sentence === undefined) continue;
    const id = `${topic}_${file}`;
    if (!listed.has(id)) listed.set(id, new Set());
    listed.get(id)!.add(Number(sentence));
  }
  return listed;
}

/** One CROMER XML document: its sentences, and the instances each annotated sentence's mentions refer to. */
export function parseEcbDocument(id: string, xml: string, listed: ReadonlySet<number>): EcbCorefDocument {
  const tokens = new Map<string, { sentence: number; text: string }>();
  const words = new Map<number, string[]>();
  for (const match of xml.matchAll(/<token t_id="(\d+)" sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const sentence = Number(match[2]);
    tokens.set(match[1]!, { sentence, text: decode(match[3]!) });
    if (!words.has(sentence)) words.set(sentence, []);
    words.get(sentence)!.push(decode(match[3]!));
  }
  // Mentions: markables anchored to tokens; a markable without anchors is an instance node.
  const mentionSentences = new Map<string, Set<number>>();
  const markables = xml.slice(xml.indexOf("<Markables>"), xml.indexOf("</Markables>"));
  for (const match of markables.matchAll(/<([A-Z_]+) m_id="(\d+)"[^>/]*>([\s\S]*?)<\/\1>/g)) {
    const sentences = new Set<number>();
    for (const anchor of match[3]!.matchAll(/<token_anchor t_id="(\d+)"/g)) {
      const token = tokens.get(anchor[1]!);
      if (token !== undefined) sentences.add(token.sentence);
    }
    if (sentences.size > 0) mentionSentences.set(match[2]!, sentences);
  }
  const numbers = [...words.keys()].sort((a, b) => a - b);
  const byNumber = new Map(
    numbers.map((n): [number, EcbSentence] => [
      n,
      { text: words.get(n)!.join(" "), annotated: listed.has(n), events: new Set(), arguments: new Set() },
    ]),
  );
  for (const match of xml.matchAll(/<CROSS_DOC_COREF r_id="\d+" note="([^"]+)"\s*>([\s\S]*?)<\/CROSS_DOC_COREF>/g)) {
    const instance = match[1]!;
    const isEvent = instance.startsWith("ACT") || instance.startsWith("NEG");
    for (const source of match[2]!.matchAll(/<source m_id="(\d+)"/g)) {
      for (const n of mentionSentences.get(source[1]!) ?? []) {
        const sentence = byNumber.get(n)!;
        (isEvent ? sentence.events : sentence.arguments).add(instance);
      }
    }
  }
  const sentences = numbers.map((n) => byNumber.get(n)!);
  const [topic, file] = id.split("_") as [string, string];
  return {
    id,
    eventId: `${topic}_${file.endsWith("ecbplus") ? "ecbplus" : "ecb"}`,
    sentences,
    text: sentences.map((s) => s.text).join("\n"),
  };
}

/** Every ECB+ document with its sentences' coreference, topic by topic in file-name order. */
export function loadEcbPlusCoreference(dataDir: string, cacheDir: string): EcbCorefDocument[] {
  const root = prepareXml(dataDir, cacheDir);
  const listed = annotatedSentences(dataDir);
  const documents: EcbCorefDocument[] = [];
  const topics = readdirSync(root)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(a) - Number(b));
  for (const topic of topics) {
    for (const file of readdirSync(join(root, topic))
      .filter((name) => name.endsWith(".xml"))
      .sort()) {
      const id = file.replace(/\.xml$/, "");
      documents.push(parseEcbDocument(id, readFileSync(join(root, topic, file), "utf8"), listed.get(id) ?? new Set()));
    }
  }
  return documents;
}
