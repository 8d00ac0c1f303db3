// `npm start`: the one-process server from its compiled build. The web client and the server are built
// only when a source file is newer than their build (a fresh clone, a pull, an edit), so a restart costs
// nothing more than starting Node. The server then runs in this same process, so signals reach it.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildService } from "./build-server.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
const SKIP = new Set(["node_modules", "dist", ".vite"]);

/** The newest modification time under `paths` (files or folders), ignoring builds and dependencies. */
function newest(paths) {
  let latest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (!stat.isDirectory()) {
      latest = Math.max(latest, stat.mtimeMs);
      return;
    }
    for (const entry of readdirSync(path)) if (!SKIP.has(entry)) visit(join(path, entry));
  };
  for (const path of paths) visit(join(root, path));
  return latest;
}

const builtAt = (file) => (existsSync(join(root, file)) ? statSync(join(root, file)).mtimeMs : 0);
const packageSources = readdirSync(join(root, "packages")).map((name) => `packages/${name}/src`);
const lockFile = ["package-lock.json"];

if (newest([...packageSources, "web", ...lockFile]) > builtAt("web/dist/index.html")) {
  console.error("cobuild: building the web client");
  const built = spawnSync("npm", ["run", "build:web"], { cwd: root, stdio: "inherit" });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const serviceSources = [
  "services/standalone/src",
  "services/api/src",
  "services/gateway/src",
  "services/projector/src",
];
if (
  newest([...packageSources, ...serviceSources, "infra/build-server.mjs", ...lockFile]) >
  builtAt("services/standalone/dist/main.mjs")
) {
  console.error("cobuild: building the server");
  await buildService("standalone");
}

await import(pathToFileURL(join(root, "services/standalone/dist/main.mjs")).href);
