import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectFormat } from "./detect-format.js";

describe("detectFormat", () => {
  it("follows the extension and lets the content correct a text file", () => {
    assert.equal(detectFormat("a.txt", "Un article."), "text");
    assert.equal(detectFormat("a.md", "# Titre\n\nTexte"), "text");
    assert.equal(detectFormat("a.txt", "<!DOCTYPE html><html><body><p>x</p></body></html>"), "html");
    assert.equal(detectFormat("a.htm", "plain words"), "html");
    assert.equal(detectFormat("a.ndjson", '{"text":"x"}'), "jsonl");
  });

  it("sniffs feeds behind .xml/.rss/.atom and unknown extensions", () => {
    assert.equal(detectFormat("a.xml", '<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>'), "feed");
    assert.equal(detectFormat("a.atom", '<feed xmlns="http://www.w3.org/2005/Atom"></feed>'), "feed");
    assert.equal(detectFormat("feed", '<?xml version="1.0"?><!-- c --><rdf:RDF></rdf:RDF>'), "feed");
    assert.equal(detectFormat("page", "<html><body><p>x</p></body></html>"), "html");
    assert.equal(detectFormat("dump", '{"text":"x"}\n{"text":"y"}'), "jsonl");
    assert.equal(detectFormat("notes", "Just words."), "text");
  });

  it("has no format for XML that is no feed", () => {
    assert.equal(detectFormat("a.xml", '<?xml version="1.0"?><config><a>1</a></config>'), undefined);
  });
});
