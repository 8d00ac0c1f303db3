import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { languages } from "./i18n.tsx";

const repo = join(import.meta.dirname, "..", "..", "..");

const sourcesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // Test helpers in `testing/` are not what the server sends.
    if (statSync(path).isDirectory())
      return name === "node_modules" || name === "testing" ? [] : sourcesUnder(path);
    return name.endsWith(".ts") && !name.includes(".spec.") ? [path] : [];
  });

/** Every refusal code the domain and the API can send: `code: "…"` params and error helpers' first argument. */
const refusalCodes = (): string[] => {
  const codes = new Set<string>();
  const patterns = [
    /code: "([a-z_]+)"/g,
    /\b(?:validationError|notFound|conflict|forbidden|unauthenticated)\(\s*"([a-z_]+)"/g,
  ];
  for (const file of [
    ...sourcesUnder(join(repo, "packages/domain/src")),
    ...sourcesUnder(join(repo, "services/api/src")),
  ]) {
    const text = readFileSync(file, "utf8");
    for (const pattern of patterns)
      for (const match of text.matchAll(pattern)) if (match[1]) codes.add(match[1]);
  }
  codes.delete("custom");
  return [...codes].sort();
};

describe("refusal messages", () => {
  it("given every code the server can refuse with, then each has a message in Chinese and in English", () => {
    const codes = refusalCodes();
    expect(codes.length).toBeGreaterThan(50);
    for (const lang of ["zh-CN", "en"] as const) {
      const dict: Record<string, string> = languages[lang];
      const missing = codes.filter((code) => !dict[`error.${code}`]);
      expect(missing, `${lang} lacks messages for`).toEqual([]);
    }
  });
});
