import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { containment, sameEvent, sameStatement } from "./same-statement.js";

const sentence = (events: string[], args: string[]) => ({ events: new Set(events), arguments: new Set(args) });

describe("same statement (ECB+ coreference)", () => {
  it("reads containment from the smaller set", () => {
    assert.equal(containment(new Set(["a"]), new Set(["a", "b", "c"])), 1);
    assert.equal(containment(new Set(["a", "x"]), new Set(["a", "b", "c"])), 0.5);
    assert.equal(containment(new Set(), new Set(["a"])), 1);
  });

  it("takes a short sentence as supporting the longer one that holds what it says", () => {
    const short = sentence(["ACT-capture"], ["HUM-navy", "HUM-pirates"]);
    const long = sentence(["ACT-capture", "ACT-threaten"], ["HUM-navy", "HUM-pirates", "LOC-aden", "TIM-saturday"]);
    assert.ok(sameStatement(short, long));
    assert.ok(sameStatement(long, short));
  });

  it("does not take two sentences sharing one event among others as one statement", () => {
    const checkIn = sentence(["ACT-check-in", "ACT-hire", "ACT-stay"], ["HUM-lohan"]);
    const checkOut = sentence(["ACT-stay", "ACT-check-out", "ACT-leave"], ["HUM-lohan", "LOC-malibu"]);
    assert.ok(sameEvent(checkIn, checkOut));
    assert.equal(sameStatement(checkIn, checkOut), false);
  });

  it("wants the participants to agree too", () => {
    const a = sentence(["ACT-quake"], ["LOC-iran", "TIM-sunday"]);
    const b = sentence(["ACT-quake"], ["LOC-china", "TIM-monday"]);
    assert.ok(sameEvent(a, b));
    assert.equal(sameStatement(a, b), false);
  });

  it("judges no statement without an event in common", () => {
    assert.equal(sameStatement(sentence(["ACT-a"], ["HUM-x"]), sentence(["ACT-b"], ["HUM-x"])), false);
  });
});
