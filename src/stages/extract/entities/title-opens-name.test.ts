import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("a title or a function opening a company's name (titleOpensName, endsOnOrganizationWord)", () => {
  it("en: 'General' opens a company's name when the name ends on a company's word, and titles a person otherwise", () => {
    const found = entitiesByName(
      "Sales of General Motors Corp and of Supermarkets General Corp rose, General Electric said. " +
        "General David Petraeus visited Kabul.",
      "en",
    );
    assert.equal(found.get("General Motors Corp")?.type, "organization");
    assert.equal(found.get("Supermarkets General Corp")?.type, "organization");
    assert.equal(found.get("General Electric")?.type, "organization");
    assert.equal(found.get("David Petraeus")?.type, "person");
    assert.equal(found.get("Motors Corp"), undefined);
  });

  it("en: 'Justice' before an institution's head is its name's, not a judge's title ('Justice Department')", () => {
    const found = entitiesByName(
      "Officials at the Justice Department declined. Justice Anthony Kennedy wrote it.",
      "en",
    );
    assert.equal(found.get("Justice Department")?.type, "organization");
    assert.equal(found.get("Anthony Kennedy")?.type, "person");
  });
});
