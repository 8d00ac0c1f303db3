import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const MAIN = fileURLToPath(new URL("./main.ts", import.meta.url));

describe("the relay process", () => {
  it("given a port that is not a number, when it starts, then it exits with code 1 naming the setting, without a stack trace", async () => {
    const started = promisify(execFile)(process.execPath, ["--import", "tsx", MAIN], {
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
