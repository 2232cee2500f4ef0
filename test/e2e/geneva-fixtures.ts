import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const FOLDER = new URL("../../fixtures/geneva-2022-01/", import.meta.url).pathname;

/** Neutral outlet names (the fixtures come from five real outlets whose names the files do not carry) for the five Geneva fixture texts, one per file, so they count as five outlets. */
const SOURCES = ["Outlet A", "Outlet B", "Outlet C", "Outlet D", "Outlet E"];

/** The Geneva 2022-01 fixtures as `POST /api/articles` items: `{ source, text }` (002 and 004 start with a date marker). */
export function genevaArticles(): { source: string; text: string }[] {
  return readdirSync(FOLDER)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name, index) => ({ source: SOURCES[index] ?? name, text: readFileSync(join(FOLDER, name), "utf8") }));
}
