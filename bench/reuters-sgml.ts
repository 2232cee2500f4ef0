// Reuters-21578 SGML (`<REUTERS NEWID=…><DATE>…<TEXT><TITLE>…<BODY>…</BODY></TEXT></REUTERS>`) → RawArticle.
import type { RawArticle } from "../src/domain/article.js";

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => {
      const value = Number(code);
      return value < 32 ? "" : String.fromCharCode(value);
    })
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** "26-FEB-1987 15:01:01.79" → "1987-02-26T15:01:01Z", or undefined. */
function isoDate(value: string | undefined): string | undefined {
  const match = /(\d{1,2})-([A-Z]{3})-(\d{4})\s+(\d{2}):(\d{2}):(\d{2})/.exec(value ?? "");
  if (match === null) return undefined;
  const month = MONTHS.indexOf(match[2]!) + 1;
  if (month === 0) return undefined;
  return `${match[3]}-${String(month).padStart(2, "0")}-${match[1]!.padStart(2, "0")}T${match[4]}:${match[5]}:${match[6]}Z`;
}

/** Wire body: hard-wrapped lines, a paragraph per indented line, a "Reuter" sign-off. */
function bodyParagraphs(body: string): string {
  return decodeEntities(body)
    .replace(/\s*Reuter\s*$/u, "")
    .split(/\n(?=\s)/)
    .map((paragraph) => paragraph.replace(/\s+/g, " ").trim())
    .filter((paragraph) => paragraph !== "")
    .join("\n\n");
}

/** The articles of one SGML file; documents with neither title nor body are skipped. */
export function parseReutersSgml(sgml: string, file: string): RawArticle[] {
  const raws: RawArticle[] = [];
  for (const match of sgml.matchAll(/<REUTERS\b([^>]*)>([\s\S]*?)<\/REUTERS>/g)) {
    const id = /NEWID="(\d+)"/.exec(match[1]!)?.[1] ?? String(raws.length);
    const content = match[2]!;
    const title = decodeEntities(/<TITLE>([\s\S]*?)<\/TITLE>/.exec(content)?.[1] ?? "")
      .replace(/\s+/g, " ")
      .trim();
    const body = bodyParagraphs(/<BODY>([\s\S]*?)<\/BODY>/.exec(content)?.[1] ?? "");
    if (title === "" && body === "") continue;
    const publishedAt = isoDate(/<DATE>([\s\S]*?)<\/DATE>/.exec(content)?.[1]);
    raws.push({
      path: `${file}#NEWID=${id}`,
      format: "text",
      source: "Reuters",
      title,
      ...(publishedAt === undefined ? {} : { publishedAt }),
      declaredLanguage: "en",
      text: body === "" ? title : body,
    });
  }
  return raws;
}
