import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface PolnearRange {
  start: number;
  end: number;
}

export interface PolnearAttribution {
  /** From the first fragment's start to the last one's end. */
  content: PolnearRange;
  /** The content's pieces: brat spans are discontinuous around an inserted cue ("“X,” he said. “Y”"). */
  fragments: PolnearRange[];
  source: { start: number; end: number; text: string } | null;
}

export interface PolnearDocument {
  id: string;
  text: string;
  attributions: PolnearAttribution[];
}

/** PolNeAR articles of one split with their first annotator's attributions (content and source spans). */
export function loadPolnear(dataDir: string, cacheDir: string, split: "train" | "dev" | "test"): PolnearDocument[] {
  const root = join(cacheDir, "polnear");
  if (!existsSync(join(root, "data"))) {
    mkdirSync(root, { recursive: true });
    execFileSync("tar", ["-xJf", join(dataDir, "polnear-attribution-en", "polnear-data.tar.xz"), "-C", root]);
  }
  const textDir = join(root, "data", split, "text");
  const annotationDir = join(root, "data", split, "attributions");
  const annotations = readdirSync(annotationDir).sort();
  return readdirSync(textDir)
    .sort()
    .flatMap((file) => {
      const name = file.replace(/\.txt$/, "");
      const annotation = annotations.find((candidate) => candidate.startsWith(`${name}_`));
      if (annotation === undefined) return [];
      const spans = new Map<string, { start: number; end: number; fragments: PolnearRange[]; text: string }>();
      const attributions: PolnearAttribution[] = [];
      const lines = readFileSync(join(annotationDir, annotation), "utf8").split("\n");
      for (const line of lines) {
        const match = /^(T\d+)\t\S+ (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/.exec(line);
        if (match === null) continue;
        const fragments = match[2]!.split(";").map((pair) => {
          const [start, end] = pair.split(" ").map(Number) as [number, number];
          return { start, end };
        });
        spans.set(match[1]!, { start: fragments[0]!.start, end: fragments.at(-1)!.end, fragments, text: match[3]! });
      }
      for (const line of lines) {
        if (!line.startsWith("E")) continue;
        const roles = new Map(
          line
            .split("\t")[1]!
            .split(" ")
            .map((part) => part.split(":") as [string, string]),
        );
        const content = spans.get(roles.get("Content") ?? "");
        if (content === undefined) continue;
        const source = spans.get(roles.get("Source") ?? "");
        attributions.push({
          content: { start: content.start, end: content.end },
          fragments: content.fragments,
          source: source === undefined ? null : { start: source.start, end: source.end, text: source.text },
        });
      }
      return [{ id: name, text: readFileSync(join(textDir, file), "utf8"), attributions }];
    });
}
