import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseEcbDocument } from "./ecbplus-coreference.js";

// The shape of a CROMER document, written here (no corpus text is copied).
const XML = `<Document doc_name="9_1ecbplus.xml" doc_id="DOC1">
<token t_id="1" sentence="0" number="0">http</token>
<token t_id="2" sentence="1" number="0">Storm</token>
<token t_id="3" sentence="1" number="1">hits</token>
<token t_id="4" sentence="1" number="2">Texas</token>
<token t_id="5" sentence="2" number="0">Rock</token>
<token t_id="6" sentence="2" number="1">&amp;</token>
<token t_id="7" sentence="2" number="2">roll</token>
<Markables>
<ACTION_OCCURRENCE m_id="10"  >
  <token_anchor t_id="3"/>
</ACTION_OCCURRENCE>
<LOC_GEO m_id="11"  >
  <token_anchor t_id="4"/>
</LOC_GEO>
<ACTION_OCCURRENCE m_id="12"  >
  <token_anchor t_id="7"/>
</ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="20" RELATED_TO="" TAG_DESCRIPTOR="t9_hits" instance_id="ACT100" />
<LOC_GEO m_id="21" RELATED_TO="" TAG_DESCRIPTOR="t9_texas" instance_id="LOC200" />
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="1" note="ACT100" >
  <source m_id="10" />
  <target m_id="20" />
</CROSS_DOC_COREF>
<CROSS_DOC_COREF r_id="2" note="LOC200" >
  <source m_id="11" />
  <target m_id="21" />
</CROSS_DOC_COREF>
</Relations>
</Document>`;

describe("ECB+ coreference document", () => {
  it("rebuilds the sentences as documents.jsonl writes them, entities decoded", () => {
    const document = parseEcbDocument("9_1ecbplus", XML, new Set([1]));
    assert.equal(document.eventId, "9_ecbplus");
    assert.equal(document.text, "http\nStorm hits Texas\nRock & roll");
  });

  it("gives each listed sentence the instances of its mentions, events apart", () => {
    const [url, storm, song] = parseEcbDocument("9_1ecbplus", XML, new Set([1])).sentences;
    assert.deepEqual([url!.annotated, storm!.annotated, song!.annotated], [false, true, false]);
    assert.deepEqual([...storm!.events], ["ACT100"]);
    assert.deepEqual([...storm!.arguments], ["LOC200"]);
    // A mention with no cross-document link refers to no instance.
    assert.equal(song!.events.size, 0);
  });

  it("reads the original corpus's files as their own event", () => {
    assert.equal(parseEcbDocument("9_1ecb", XML, new Set()).eventId, "9_ecb");
  });
});
