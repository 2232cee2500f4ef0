#!/usr/bin/env node
// recoupe runs its TypeScript sources through tsx's loader: no build step between `npm install` and `npx recoupe`.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv);
