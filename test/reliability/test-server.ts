import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { StartServerOptions } from "../../src/api/start-server.js";
import { type RecoupeProcess, startRecoupe } from "./recoupe-process.js";

const script = join(new URL(".", import.meta.url).pathname, "serve-for-test.ts");

export interface TestServer {
  base: string;
  port: number;
  process: RecoupeProcess;
  stop(): Promise<void>;
}

/** Starts the server in a child process (bounded wait for it to listen) and gives its base URL. */
export async function startTestServer(options: Partial<StartServerOptions> & { db: string }): Promise<TestServer> {
  const run = startRecoupe([JSON.stringify(options)], { script, timeoutMs: 170_000 });
  const deadline = Date.now() + 60_000;
  let port: number | undefined;
  while (port === undefined) {
    const match = /listening (\d+)/.exec(run.output());
    if (match !== null) port = Number(match[1]);
    else if (run.child.exitCode !== null || Date.now() > deadline) {
      const finished = await run.kill();
      throw new Error(`the test server did not start: ${finished.stderr}`);
    } else await sleep(20);
  }
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    process: run,
    stop: async () => {
      if (run.child.exitCode === null) run.child.kill("SIGTERM");
      const outcome = await Promise.race([run.finished, sleep(5_000, null, { ref: false })]);
      if (outcome === null) await run.kill();
    },
  };
}
