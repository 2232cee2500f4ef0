import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { type RunningServer, startServer } from "../../src/api/start-server.js";

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies are checked field by field
type Json = any;

/**
 * Access rules over a real socket: the server binds 127.0.0.1 unless told otherwise, every write
 * endpoint wants the token taken from RECOUPE_TOKEN, and the rate limit answers 429 with Retry-After.
 */
describe("access to the server", { timeout: 60_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), "recoupe-access-"));
  let server: RunningServer;
  let base: string;
  const article = JSON.stringify({
    text: "Le conseil municipal de Grenoble a voté jeudi soir le budget de la ville, après cinq heures de débats.",
  });
  const send = (method: string, path: string, body: string | undefined, token?: string) =>
    fetch(`${base}${path}`, {
      method,
      ...(body !== undefined ? { body } : {}),
      headers: {
        "content-type": "application/json",
        ...(token !== undefined ? { authorization: `Bearer ${token}` } : {}),
      },
      signal: AbortSignal.timeout(20_000),
    });

  before(async () => {
    process.env.RECOUPE_TOKEN = "from-the-environment";
    server = await startServer({
      db: join(work, "store.db"),
      port: 0,
      writeRateLimit: { limit: 12, windowMs: 60_000 },
    });
    base = `http://127.0.0.1:${server.port}`;
  });

  after(async () => {
    await server?.close();
    delete process.env.RECOUPE_TOKEN;
    rmSync(work, { recursive: true, force: true });
  });

  it("binds 127.0.0.1 when no host is given", () => {
    assert.equal(server.host, "127.0.0.1");
  });

  it("wants RECOUPE_TOKEN on every write endpoint and method, and takes it", async () => {
    const writes: [string, string, string | undefined][] = [
      ["POST", "/api/articles", article],
      ["POST", "/api/feeds", JSON.stringify({ url: "https://news.example/feed.xml" })],
      ["PUT", "/api/articles", article],
      ["DELETE", "/api/stories", undefined],
    ];
    for (const [method, path, body] of writes) {
      for (const token of [undefined, "wrong"]) {
        const response = await send(method, path, body, token);
        assert.equal(response.status, 401, `${method} ${path} with ${token ?? "no"} token`);
        assert.equal(response.headers.get("www-authenticate"), 'Bearer realm="recoupe"');
      }
    }
    assert.equal((await send("POST", "/api/articles", article, "from-the-environment")).status, 201);
    const stories: Json = await (await send("GET", "/api/stories", undefined)).json();
    assert.equal(stories.total, 1, "reads need no token");
  });

  it("refuses writes past the rate limit with 429, Retry-After and how long to wait", async () => {
    let refused: Response | undefined;
    for (let attempt = 0; attempt < 8 && refused === undefined; attempt += 1) {
      const response = await send("POST", "/api/articles", article, "from-the-environment");
      if (response.status === 429) refused = response;
      else assert.ok([200, 201].includes(response.status), `status ${response.status}`);
    }
    assert.ok(refused !== undefined, "never limited");
    assert.match(refused.headers.get("retry-after") ?? "", /^\d+$/);
    assert.match(((await refused.json()) as Json).error.message, /too many write requests: at most 12 every 60 s/);
  });
});
