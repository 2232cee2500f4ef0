// NeuS / AllSides (Lee et al., NAACL 2022): per story, three outlets' leads (left, center, right, in random order)
// and the AllSides editors' neutral roundup. Reads `{split}.source.gz` / `{split}.target.gz` (one story per line).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

export interface NeusArticle {
  title: string;
  text: string;
}

export interface NeusStory {
  /** `test-0`, `test-1`, … (line number in the split, from 0). */
  id: string;
  articles: NeusArticle[];
  /** The editors' neutral headline. */
  referenceTitle: string;
  /** The editors' roundup summary (without the headline). */
  reference: string;
}

export type NeusSplit = "train" | "val" | "test";

/** Splits `TITLE=> t ARTICLE=> a` into its two parts (the whole text is the article when the markers are missing). */
function titleAndArticle(part: string): NeusArticle {
  const match = /^\s*TITLE=>\s*([\s\S]*?)\s*ARTICLE=>\s*([\s\S]*)$/.exec(part);
  if (match === null) return { title: "", text: part.trim() };
  return { title: match[1]!.trim(), text: match[2]!.trim() };
}

async function gunzipLines(path: string): Promise<string[]> {
  const text = gunzipSync(await readFile(path)).toString("utf8");
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** The stories of one split of the `neus-allsides-mds-en` folder. */
export async function loadNeus(dataDir: string, split: NeusSplit = "test"): Promise<NeusStory[]> {
  const sources = await gunzipLines(join(dataDir, `${split}.source.gz`));
  const targets = await gunzipLines(join(dataDir, `${split}.target.gz`));
  if (sources.length !== targets.length) {
    throw new Error(`loadNeus: ${split}.source has ${sources.length} lines but ${split}.target has ${targets.length}`);
  }
  return sources.map((source, index) => {
    const target = titleAndArticle(targets[index]!);
    return {
      id: `${split}-${index}`,
      articles: source
        .split("[SEP]")
        .map(titleAndArticle)
        .filter((article) => article.text !== ""),
      referenceTitle: target.title,
      reference: target.text,
    };
  });
}
