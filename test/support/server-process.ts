import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

export interface ServiceProcess {
  url: string;
  process: ChildProcess;
  /** Everything the process wrote so far, for a failing test's message. */
  output(): string;
  /** SIGTERM (a graceful stop) and wait for the exit. */
  stop(): Promise<void>;
  /** SIGKILL: the process gets no chance to finish anything. */
  kill(): Promise<void>;
}

/**
 * Starts one of the service entry points as its own OS process on a free port: a TypeScript source (e.g.
 * `services/api/src/main.ts`, through tsx) or a compiled build (`services/api/dist/main.mjs`, on plain
 * Node). Resolves once it logs the address it listens on (every service logs `"url":"http://…"`).
 */
export async function startServiceProcess(
  entry: string,
  env: Record<string, string>,
): Promise<ServiceProcess> {
  const child = spawn(process.execPath, nodeArguments(entry), {
    cwd: repoRoot,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry} did not start in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"url":"(http:\/\/[^"]+)"/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited with ${code}:\n${output}`));
    });
  });
  const ended = (signal: NodeJS.Signals) => async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill(signal);
    await exited;
  };
  return { url, process: child, output: () => output, stop: ended("SIGTERM"), kill: ended("SIGKILL") };
}

export interface ServerProcess extends ServiceProcess {
  dataDir: string;
}

/** The real one-process server (`services/standalone`) with a fresh data directory, removed on stop. */
export async function startServerProcess(env: Record<string, string> = {}): Promise<ServerProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), "cobuild-e2e-"));
  const server = await startServiceProcess("services/standalone/src/main.ts", { DATA_DIR: dataDir, ...env });
  return {
    ...server,
    dataDir,
    stop: async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** How Node runs an entry point: compiled JavaScript as it is, TypeScript sources through tsx. */
export function nodeArguments(entry: string): string[] {
  return entry.endsWith(".ts") ? ["--import", "tsx", entry] : [entry];
}
