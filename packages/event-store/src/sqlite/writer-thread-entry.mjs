// The writer thread's entry point, plain JavaScript so a worker can start it under any loader: it lets
// Node load the TypeScript sources (as the rest of the process does) and starts the writer.
import { register } from "tsx/esm/api";

register();
await import("./writer-worker.ts");
