import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Hono } from "hono";
import { handleError } from "./handle-error.js";
import { silentLogger } from "./logger.js";
import { rateLimit } from "./rate-limit.js";
import { requireToken } from "./require-token.js";

function guarded(token: string | undefined, now: () => number) {
  const app = new Hono();
  app.onError(handleError(silentLogger));
  app.use("/api/*", rateLimit({ limit: 2, windowMs: 10_000, keyOf: (c) => c.req.header("x-test-client") ?? "a", now }));
  app.use("/api/*", requireToken(token));
  app.post("/api/thing", (c) => c.json({ ok: true }));
  return app;
}

describe("requireToken", () => {
  it("refuses a missing or wrong bearer token with 401 and lets the right one through", async () => {
    const app = guarded("s3cret", () => 0);
    const missing = await app.request("/api/thing", { method: "POST", headers: { "x-test-client": "1" } });
    assert.equal(missing.status, 401);
    assert.equal(missing.headers.get("www-authenticate"), 'Bearer realm="recoupe"');
    assert.match(((await missing.json()) as { error: { message: string } }).error.message, /Authorization: Bearer/);
    const wrong = await app.request("/api/thing", {
      method: "POST",
      headers: { authorization: "Bearer nope", "x-test-client": "2" },
    });
    assert.equal(wrong.status, 401);
    const right = await app.request("/api/thing", {
      method: "POST",
      headers: { authorization: "Bearer s3cret", "x-test-client": "3" },
    });
    assert.equal(right.status, 200);
  });

  it("lets everything through when no token is set", async () => {
    const response = await guarded(undefined, () => 0).request("/api/thing", { method: "POST" });
    assert.equal(response.status, 200);
  });
});

describe("rateLimit", () => {
  it("refuses the request past the limit with 429 and Retry-After, per client, until the window ends", async () => {
    let time = 1_000;
    const app = guarded(undefined, () => time);
    const post = (client: string) =>
      app.request("/api/thing", { method: "POST", headers: { "x-test-client": client } });
    assert.equal((await post("a")).status, 200);
    assert.equal((await post("a")).status, 200);
    time += 2_500;
    const refused = await post("a");
    assert.equal(refused.status, 429);
    assert.equal(refused.headers.get("retry-after"), "8");
    assert.equal((await post("b")).status, 200);
    time += 7_500;
    assert.equal((await post("a")).status, 200);
  });
});
