import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { decodeBytes } from "./decode-bytes.js";
import { decodeStrictUtf8 } from "./decode-text.js";

const input = (name: string) => new Uint8Array(readFileSync(new URL(`./test-inputs/${name}`, import.meta.url)));

describe("decodeBytes", () => {
  it("reads a page declaring windows-1252 with its euro sign and curly quotes, without a warning", () => {
    const decoded = decodeBytes("page.html", input("page-windows-1252.html"));
    assert.equal(decoded.encoding, "windows-1252");
    assert.deepEqual(decoded.diagnostics, []);
    assert.match(decoded.text ?? "", /passe à 12 € pour l’été/);
  });

  it("guesses the encoding of an undeclared Latin-1 page and says so", () => {
    const decoded = decodeBytes("page.html", input("page-latin-1.html"));
    assert.match(decoded.text ?? "", /La fête du village aura lieu samedi sur la place de l'église/);
    assert.deepEqual(
      decoded.diagnostics.map((d) => [d.code, d.severity]),
      [["encoding-guessed", "warning"]],
    );
  });

  it("reads UTF-8 behind a byte order mark, and drops the mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Été à Genève")]);
    assert.equal(decodeBytes("a.txt", bytes).text, "Été à Genève");
  });

  it("reads UTF-16 behind its byte order mark", () => {
    const body = Buffer.from("Blinken à Genève", "utf16le");
    const decoded = decodeBytes("a.txt", new Uint8Array([0xff, 0xfe, ...body]));
    assert.equal(decoded.text, "Blinken à Genève");
  });

  it("reads as UTF-8 a page that declares Latin-1 but is valid UTF-8, with a warning", () => {
    const html = '<html><head><meta charset="iso-8859-1"></head><body><p>Sergueï Lavrov à Genève</p></body></html>';
    const decoded = decodeBytes("p.html", new TextEncoder().encode(html));
    assert.equal(decoded.encoding, "utf-8");
    assert.match(decoded.text ?? "", /Sergueï Lavrov à Genève/);
    assert.equal(decoded.diagnostics[0]?.code, "encoding-guessed");
  });

  it("tolerates a multi-byte character cut at the very end (a truncated download)", () => {
    const bytes = new TextEncoder().encode("réunion à Genève");
    assert.equal(decodeStrictUtf8(bytes.subarray(0, bytes.length - 3)), "réunion à Gen");
    assert.equal(decodeStrictUtf8(new Uint8Array([0x61, 0xe9, 0x62])), undefined);
  });

  it("refuses binary, empty and whitespace-only inputs with an error", () => {
    assert.deepEqual(
      decodeBytes("b", input("binary-input.txt")).diagnostics.map((d) => d.code),
      ["binary-input"],
    );
    assert.deepEqual(
      decodeBytes("e", input("empty.txt")).diagnostics.map((d) => d.code),
      ["empty-input"],
    );
    assert.deepEqual(
      decodeBytes("w", input("whitespace-only.txt")).diagnostics.map((d) => d.code),
      ["empty-input"],
    );
    const pdf = new TextEncoder().encode("%PDF-1.7\n1 0 obj");
    assert.match(decodeBytes("x.txt", pdf).diagnostics[0]?.message ?? "", /PDF/);
  });
});
