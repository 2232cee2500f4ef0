// Runs the recoupe server in a process of its own with the options given as JSON in argv[2]
// (StartServerOptions), and prints "listening <port>" once it accepts connections. Used by the
// reliability tests and the load benchmark, which need options `recoupe serve` has no flags for.
import { startServer } from "../../src/api/start-server.js";

const options = JSON.parse(process.argv[2] ?? "{}");
const server = await startServer({ port: 0, ...options });
process.stdout.write(`listening ${server.port}\n`);
await server.closed;
