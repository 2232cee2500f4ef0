// Worker threads of a batch run recoupe's TypeScript through tsx's scoped loader (no build step),
// whether or not the thread that started them had tsx registered.
import { tsImport } from "tsx/esm/api";

await tsImport("./batch-worker.ts", import.meta.url);
