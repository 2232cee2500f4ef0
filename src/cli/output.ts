import { writeFileSync } from "node:fs";

/** Writes the command's result to `--output FILE`, or to stdout. */
export function writeOutput(content: string, output: string | undefined): void {
  if (output !== undefined) writeFileSync(output, content);
  else process.stdout.write(content);
}

export const FORMATS = ["json", "markdown", "html"] as const;
export type OutputFormat = (typeof FORMATS)[number];

export function parseFormat(value: string): OutputFormat {
  if ((FORMATS as readonly string[]).includes(value)) return value as OutputFormat;
  if (value === "md") return "markdown";
  throw new Error(`unknown format "${value}": use one of ${FORMATS.join(", ")}`);
}
