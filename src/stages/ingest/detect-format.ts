import type { InputFormat } from "../../domain/index.js";

const BY_EXTENSION: Record<string, InputFormat> = {
  ".txt": "text",
  ".text": "text",
  ".md": "text",
  ".markdown": "text",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
};

/** Extensions whose content decides: feeds (or XHTML) behind .xml, JSON Lines behind .json. */
const SNIFFED_EXTENSIONS = new Set([".xml", ".rss", ".atom", ".feed", ".json"]);

function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot).toLowerCase() : "";
}

/** What the first characters of a text say it is, if they say anything. */
export function sniffFormat(text: string): InputFormat | undefined {
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, "")
    .trimStart();
  const noComments = head
    .replace(/<\?xml[^>]*\?>/i, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .trimStart();
  if (
    /^<(?:rss|feed|rdf:RDF)[\s>]/i.test(noComments) ||
    (/^<\?xml/i.test(head) && /<(?:rss|feed|rdf:RDF)[\s>]/i.test(head))
  ) {
    return "feed";
  }
  if (/^<!doctype html|^<html[\s>]|^<head[\s>]|^<body[\s>]/i.test(noComments)) return "html";
  if (/^\{/.test(head)) {
    const firstLine = head.split("\n", 1)[0]?.trim() ?? "";
    if (firstLine.endsWith("}")) return "jsonl";
  }
  if (/^<(?:div|article|section|p|main|h[1-6])[\s>]/i.test(noComments) && /<\/(?:p|div|article)>/i.test(text))
    return "html";
  return undefined;
}

/**
 * The format of an input by extension and content: a text file that is really an HTML page (or a feed) is read
 * as one; .xml/.rss/.atom/.json and unknown extensions are sniffed; what looks like nothing in particular is text.
 * Undefined for an XML or JSON file that is neither a feed nor JSON Lines.
 */
export function detectFormat(path: string, text: string): InputFormat | undefined {
  const extension = extensionOf(path);
  const sniffed = sniffFormat(text);
  const declared = BY_EXTENSION[extension];
  if (declared === "html" || declared === "jsonl") return declared;
  if (declared === "text") return sniffed === "html" || sniffed === "feed" ? sniffed : "text";
  if (SNIFFED_EXTENSIONS.has(extension)) {
    if (sniffed !== undefined) return sniffed;
    return undefined;
  }
  return sniffed ?? "text";
}

/** The format a file's extension names, if any (".jsonl" → "jsonl"), before looking at its content. */
export function formatFromExtension(path: string): InputFormat | undefined {
  return BY_EXTENSION[extensionOf(path)];
}
