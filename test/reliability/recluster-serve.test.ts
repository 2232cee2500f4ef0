import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Logger } from "../../src/api/logger.js";
import { type RunningServer, startServer } from "../../src/api/start-server.js";

/** The server regroups its store's stories by itself once enough articles have been posted. */
describe("recoupe serve reclusters its store", { timeout: 60_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), "recoupe-recluster-serve-"));
  const logged: { message: string; fields: Record<string, unknown> }[] = [];
  const logger: Logger = {
    info: (message, fields = {}) => logged.push({ message, fields }),
    warn: () => {},
    error: (message, fields = {}) => logged.push({ message, fields }),
  };
  let server: RunningServer;
  const post = async (text: string) => {
    const response = await fetch(`http://127.0.0.1:${server.port}/api/articles`, {
      method: "POST",
      body: JSON.stringify({ text }),
      headers: { "content-type": "application/json" },
      signal: AbortSignal.timeout(20_000),
    });
    assert.ok(response.ok, `POST answered ${response.status}`);
  };
  const reclusterings = () => logged.filter((entry) => entry.message.startsWith("stories "));

  before(async () => {
    server = await startServer({ db: join(work, "store.db"), port: 0, logger, reclusterEvery: 3 });
  });

  after(async () => {
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it("after every `reclusterEvery` new articles, once the adds pause", async () => {
    await post(
      "Le conseil municipal de Grenoble a voté jeudi soir le budget de la ville, après cinq heures de débats.",
    );
    await post("À Grenoble, le budget municipal a été adopté jeudi soir après un long débat au conseil.");
    // The same article again is no new article.
    await post("À Grenoble, le budget municipal a été adopté jeudi soir après un long débat au conseil.");
    await new Promise((resolve) => setTimeout(resolve, 2500));
    assert.deepEqual(reclusterings(), [], "two new articles of three: nothing yet");
    await post("Les élus de Grenoble ont adopté le budget de la ville jeudi, au terme de cinq heures de débats.");
    const deadline = Date.now() + 20_000;
    while (reclusterings().length === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    const [done] = reclusterings();
    assert.equal(done?.message, "stories reclustered", JSON.stringify(done));
    assert.equal(done?.fields.articles, 3);
    assert.equal(typeof done?.fields.seconds, "number");
  });
});
