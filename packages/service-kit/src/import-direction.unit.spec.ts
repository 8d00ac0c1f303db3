import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Imports run one way: specs and `src/testing/` may use runtime code, never the reverse. Test helpers
// live in a workspace's `src/testing/` folder (other workspaces reach them as `@cobuild/<pkg>/testing`)
// or inside spec files, so nothing production can import pulls in vitest, fixtures or scenario steps.
// The web client is held to the same rule: its bundle must not pull in test data either.

const ROOT = resolve(fileURLToPath(new URL("../../..", import.meta.url)));

interface SourceFile {
  /** Relative to the repository root, with forward slashes. */
  path: string;
  text: string;
}

const isSpec = (path: string) => /\.spec\.tsx?$/.test(path);
/** Inside `<workspace>/src/testing/`, the one home for a workspace's test helpers. */
const inTestingFolder = (path: string) => /^((packages|services)\/[^/]+|web)\/src\/testing\//.test(path);
const namedAsTestHelper = (path: string) =>
  /(^|\/)(spec-[^/]*|[^/]*fixtures?[^/]*|testing-support|testing-fixtures)(\/|$)/.test(path);
const isTestCode = (path: string) =>
  isSpec(path) || inTestingFolder(path) || namedAsTestHelper(path) || path.startsWith("test/");

const IMPORT =
  /\b(?:import|export)\s+(?:type\s+)?(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;

function specifiers(text: string): string[] {
  return [...text.matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? "");
}

/** Why a runtime file breaks the rule, one line per reason; none when it keeps it. */
function violations(file: SourceFile): string[] {
  if (isSpec(file.path) || inTestingFolder(file.path)) return [];
  const found: string[] = [];
  if (namedAsTestHelper(file.path)) found.push(`${file.path}: a test helper outside src/testing/`);
  for (const specifier of specifiers(file.text)) {
    if (specifier === "vitest" || specifier.startsWith("@vitest/")) {
      found.push(`${file.path}: imports ${specifier}`);
    } else if (/^@cobuild\/[^/]+\/(.+\/)?testing(\/|$)/.test(specifier)) {
      found.push(`${file.path}: imports ${specifier}`);
    } else if (specifier.startsWith(".")) {
      const target = join(dirname(file.path), specifier).replaceAll("\\", "/");
      if (isTestCode(target)) found.push(`${file.path}: imports ${specifier}`);
    }
  }
  return found;
}

function sourceFiles(): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name)) files.push({ path, text: readFileSync(join(ROOT, path), "utf8") });
    }
  };
  for (const workspace of workspaces()) {
    if (existsSync(join(ROOT, workspace, "src"))) walk(`${workspace}/src`);
  }
  return files;
}

/** Every workspace with sources to check: the packages, the services and the web client. */
function workspaces(): string[] {
  return [...["packages", "services"].flatMap(workspacesIn), "web"];
}

function workspacesIn(parent: string): string[] {
  return readdirSync(join(ROOT, parent), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${parent}/${entry.name}`);
}

describe("import direction", () => {
  it("flags a runtime file that imports a test helper, and leaves specs and testing folders alone", () => {
    expect(
      violations({ path: "packages/x/src/index.ts", text: 'export * from "./testing/index.ts";' }),
    ).toEqual(["packages/x/src/index.ts: imports ./testing/index.ts"]);
    expect(
      violations({ path: "services/y/src/a/b.ts", text: 'import { f } from "../c/spec-fixtures.ts";' }),
    ).toEqual(["services/y/src/a/b.ts: imports ../c/spec-fixtures.ts"]);
    expect(
      violations({ path: "services/y/src/b.ts", text: 'import type {\n  T,\n} from "@cobuild/x/testing";' }),
    ).toEqual(["services/y/src/b.ts: imports @cobuild/x/testing"]);
    expect(violations({ path: "packages/x/src/steps.ts", text: 'import { expect } from "vitest";' })).toEqual(
      ["packages/x/src/steps.ts: imports vitest"],
    );
    expect(violations({ path: "packages/x/src/a/spec-steps.ts", text: "" })).toEqual([
      "packages/x/src/a/spec-steps.ts: a test helper outside src/testing/",
    ]);
    expect(
      violations({ path: "packages/x/src/testing/temp.ts", text: 'import "vitest"; import "../open.ts";' }),
    ).toEqual([]);
    expect(
      violations({ path: "packages/x/src/open.unit.spec.ts", text: 'import "../testing/temp.ts";' }),
    ).toEqual([]);
    expect(
      violations({
        path: "web/src/live/board.tsx",
        text: 'import { item } from "../testing/live-fixtures.ts";',
      }),
    ).toEqual(["web/src/live/board.tsx: imports ../testing/live-fixtures.ts"]);
    expect(
      violations({ path: "web/src/testing/live-fixtures.ts", text: 'import "../live/board.tsx";' }),
    ).toEqual([]);
    expect(
      violations({
        path: "packages/x/src/open.ts",
        text: 'import { testingMode } from "./testing-mode.ts";',
      }),
    ).toEqual([]);
  });

  it("holds in every package, every service and the web client", () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((file) => file.path.startsWith("web/src/"))).toBe(true);
    const found = files.flatMap(violations);
    expect(found, "move test helpers into the package's src/testing/ or into the spec").toEqual([]);
  });

  it("exposes test helpers only through a ./testing subpath", () => {
    for (const workspace of workspaces()) {
      const manifest = JSON.parse(readFileSync(join(ROOT, workspace, "package.json"), "utf8")) as {
        exports?: Record<string, string>;
      };
      for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
        const where = relative(ROOT, join(ROOT, workspace, target)).replaceAll("\\", "/");
        if (subpath === "./testing") expect(where, workspace).toBe(`${workspace}/src/testing/index.ts`);
        else expect(isTestCode(where), `${workspace} exports ${subpath} from ${where}`).toBe(false);
      }
    }
  });
});
