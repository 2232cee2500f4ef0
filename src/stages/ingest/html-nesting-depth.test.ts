import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { htmlNestingDepth } from "./html-nesting-depth.js";

describe("htmlNestingDepth", () => {
  it("counts nested elements, not void ones, implied ends, comments or script contents", () => {
    assert.equal(
      htmlNestingDepth("<html><body><div><section><p>a<p>b<br><img src=x></section></div></body></html>"),
      2,
    );
    assert.equal(htmlNestingDepth("<ul><li>a<li>b</ul><div/>"), 1);
    assert.equal(htmlNestingDepth("<!-- <div><div><div> --><script>'<div><div>'</script><span>x</span>"), 1);
    assert.equal(htmlNestingDepth("</div></div><b>x</b>"), 1);
    assert.equal(htmlNestingDepth("plain text"), 0);
  });

  it("measures 100,000 nested divs quickly and stops past the limit", () => {
    const deep = `${"<div>".repeat(100_000)}text${"</div>".repeat(100_000)}`;
    const started = Date.now();
    assert.equal(htmlNestingDepth(deep), 100_000);
    assert.equal(htmlNestingDepth(deep, 300), 301);
    assert.ok(Date.now() - started < 2_000);
  });
});
