import { defineConfig } from "vitest/config";

// Test tiers live in file names: *.unit.spec.ts, *.int.spec.ts, *.e2e.spec.ts.
export default defineConfig({
  test: {
    reporters: ["default", "./test/support/summary-reporter.ts"],
    projects: [
      {
        test: {
          name: "unit",
          include: [
            "packages/*/src/**/*.unit.spec.ts",
            "services/*/src/**/*.unit.spec.ts",
            "web/src/**/*.unit.spec.ts",
          ],
        },
      },
      {
        test: {
          name: "int",
          include: [
            "packages/*/src/**/*.int.spec.ts",
            "services/*/src/**/*.int.spec.ts",
            "test/int/**/*.int.spec.ts",
          ],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.e2e.spec.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One real server process and browser at a time keeps a 2-core machine honest.
          fileParallelism: false,
        },
      },
    ],
  },
});
