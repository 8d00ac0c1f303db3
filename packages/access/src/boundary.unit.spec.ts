import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
/** Processes that serve boards and must not load the command side (the API's services, runtime, HTTP). */
const readSide = ["services/gateway", "services/projector"];

const runtimeSources = (dir: string) =>
  readdirSync(join(root, dir, "src"), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".spec.ts"))
    .map((file) => join(dir, "src", file));

const importsOf = (file: string) =>
  [
    ...readFileSync(join(root, file), "utf8").matchAll(
      /\bfrom\s+["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']/g,
    ),
  ].map((match) => match[1] ?? match[2]);

/** Every workspace package a package depends on at run time, following their package.json files. */
const runtimeDependencies = (dir: string, seen = new Set<string>()): Set<string> => {
  const manifest: { dependencies?: Record<string, string> } = JSON.parse(
    readFileSync(join(root, dir, "package.json"), "utf8"),
  );
  for (const name of Object.keys(manifest.dependencies ?? {})) {
    if (!name.startsWith("@cobuild/") || seen.has(name)) continue;
    seen.add(name);
    runtimeDependencies(workspaceDir(name), seen);
  }
  return seen;
};
const workspaceDir = (name: string) => {
  const short = name.slice("@cobuild/".length);
  for (const parent of ["packages", "services"]) {
    if (readdirSync(join(root, parent)).includes(short)) return join(parent, short);
  }
  throw new Error(`no workspace for ${name}`);
};

describe("the read side does not load the command side", () => {
  it.each(readSide)(
    "given %s's runtime sources, when their imports are read, then none is @cobuild/api",
    (dir) => {
      const sources = runtimeSources(dir);
      const offenders = sources.filter((file) =>
        importsOf(file).some(
          (specifier) => specifier === "@cobuild/api" || specifier?.startsWith("@cobuild/api/"),
        ),
      );
      // The scan does see imports: both processes read boards through @cobuild/boards.
      expect(sources.flatMap(importsOf)).toContain("@cobuild/boards");
      expect(offenders).toEqual([]);
    },
  );

  it.each(readSide)(
    "given %s's run-time dependencies, when followed through every workspace package, then @cobuild/api is not among them",
    (dir) => {
      expect([...runtimeDependencies(dir)]).not.toContain("@cobuild/api");
    },
  );
});
