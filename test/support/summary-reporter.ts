import type { Reporter, TestModule } from "vitest/node";

/**
 * Prints one plain closing line ("N passed, N failed, N skipped") so any CI log reader can count the run,
 * and lists every skipped test by name so a skip is never mistaken for a pass.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    const skipped: string[] = [];
    for (const mod of testModules) {
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failed++;
        else skipped.push(`${mod.moduleId.replace(`${process.cwd()}/`, "")} > ${test.fullName}`);
      }
    }
    if (skipped.length > 0) {
      console.log(`\nSkipped (${skipped.length}):`);
      for (const name of skipped) console.log(`  - ${name}`);
    }
    console.log(`\n${passed} passed, ${failed} failed, ${skipped.length} skipped`);
  }
}
