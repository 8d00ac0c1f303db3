// Compiles each service's TypeScript into one folder of plain JavaScript (services/<name>/dist), so a
// production process starts on `node` alone: no TypeScript loader, no per-file transform at start-up.
// Workspace packages (@cobuild/*) are bundled in; every other package stays an import from node_modules.
// Dynamic imports become their own chunks, so the one-process server can still listen before it loads the
// application.
//
//   node infra/build-server.mjs            builds every service
//   node infra/build-server.mjs standalone builds the named ones
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../", import.meta.url));

// The event store's writer thread: the threaded writer starts `./writer-thread-entry.mjs` beside its own
// module, so the built worker carries that name in each service that appends.
const writerThread = { in: "packages/event-store/src/sqlite/writer-worker.ts", out: "writer-thread-entry" };

/** What each service's dist folder holds. */
export const SERVICES = {
  standalone: [
    { in: "services/standalone/src/main.ts", out: "main" },
    { in: "services/standalone/src/seed-main.ts", out: "seed-main" },
    writerThread,
  ],
  api: [{ in: "services/api/src/main.ts", out: "main" }, writerThread],
  gateway: [{ in: "services/gateway/src/main.ts", out: "main" }],
  projector: [{ in: "services/projector/src/main.ts", out: "main" }],
  relay: [{ in: "services/relay/src/main.ts", out: "main" }, writerThread],
};

/** Leaves third-party packages to node_modules; only the workspace's own TypeScript is compiled in. */
const thirdPartyExternal = {
  name: "third-party-external",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith("@cobuild/")) return undefined;
      return { path: args.path, external: true };
    });
  },
};

export async function buildService(name) {
  const outdir = `${root}services/${name}/dist`;
  rmSync(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: SERVICES[name],
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    outExtension: { ".js": ".mjs" },
    entryNames: "[name]",
    // Flat: modules that find files relative to themselves (the writer thread, the web client) sit one level
    // below the service folder, as their sources do.
    chunkNames: "[name]-[hash]",
    plugins: [thirdPartyExternal],
    sourcemap: "linked",
    logLevel: "warning",
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const names = process.argv.slice(2);
  for (const name of names.length > 0 ? names : Object.keys(SERVICES)) {
    if (!(name in SERVICES))
      throw new Error(`no service called ${name}; known: ${Object.keys(SERVICES).join(", ")}`);
    await buildService(name);
  }
}
