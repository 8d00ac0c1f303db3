import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/server-process.ts";

describe.each(["projector", "relay"])("the %s process", (service) => {
  it("given a port that is not a number, when it starts, then it exits with code 1 naming the setting, without a stack trace", async () => {
    const main = join(repoRoot, `services/${service}/src/main.ts`);
    const started = promisify(execFile)(process.execPath, ["--import", "tsx", main], {
      // Only PATH from this environment, so no setting of the machine's own can join the bad one.
      env: { PATH: process.env.PATH ?? "", PORT: "not-a-port" },
    });

    const outcome = await started.then(
      () => ({ code: 0, stderr: "" }),
      (failure: { code: number; stderr: string }) => ({ code: failure.code, stderr: failure.stderr }),
    );

    expect(outcome).toEqual({
      code: 1,
      stderr: "Invalid configuration:\n  PORT: Invalid input: expected number, received NaN\n",
    });
  });
});
