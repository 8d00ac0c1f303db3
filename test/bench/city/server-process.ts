/**
 * The one-process server as an operator runs it (`npm start` runs the same build): compiled here once,
 * then `node services/standalone/dist/main.mjs` in its own process on port 0, found through its "listening" log line, watched through /proc.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { buildService } from "../../../infra/build-server.mjs";
import { now } from "./stats.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));

/** A running server process and what has been seen of it. */
export interface ServerProcess {
  pid: number;
  /** When it was spawned (epoch ms, see stats.now). */
  spawnedAt: number;
  /** Resolves with the URL once the server logs that it listens. */
  listening: Promise<{ url: string; at: number }>;
  /** The process's peak resident set so far (VmHWM), in bytes. */
  peakRss(): number;
  /** SIGTERM, then SIGKILL if it has not gone within 30 s. */
  stop(): Promise<void>;
}

// The benches measure the build that production runs, made from the sources as they are now.
await buildService("standalone");

const running = new Set<ChildProcess>();
// A bench that throws must not leave a server behind.
process.on("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

/** Starts the server on `dataDir` (no demo seeding; the web client is not served). */
export function startServer(dataDir: string, env: Record<string, string> = {}): ServerProcess {
  const spawnedAt = now();
  const child = spawn(process.execPath, ["services/standalone/dist/main.mjs"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      SEED_DEMO: "false",
      WEB_DIST: dataDir,
      LOG_LEVEL: "info",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  const pid = child.pid ?? 0;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const tail: string[] = [];
  const remember = (line: string) => {
    tail.push(line);
    if (tail.length > 20) tail.shift();
  };
  createInterface({ input: child.stderr! }).on("line", remember);
  const listening = new Promise<{ url: string; at: number }>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on("line", (line) => {
      remember(line);
      const url = listeningUrl(line);
      if (url) resolve({ url, at: now() });
    });
    void exited.then(() => reject(new Error(`server exited before listening:\n${tail.join("\n")}`)));
  });
  listening.catch(() => undefined);
  let peak = 0;
  return {
    pid,
    spawnedAt,
    listening,
    peakRss: () => {
      peak = Math.max(peak, procStatusKib(pid, "VmHWM") * 1024);
      return peak;
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
        await exited;
        clearTimeout(timer);
      }
      running.delete(child);
    },
  };
}

/**
 * main.ts logs `{ address }` as soon as it accepts connections and `{ url }` once ready; a server that
 * listens only when ready logs just the latter. Either is where to send requests.
 */
function listeningUrl(line: string): string | undefined {
  if (!line.startsWith("{")) return undefined;
  try {
    const entry = JSON.parse(line) as { address?: unknown; url?: unknown };
    const url = entry.address ?? entry.url;
    return typeof url === "string" ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A field of /proc/<pid>/status in KiB (0 once the process is gone). */
function procStatusKib(pid: number, field: string): number {
  try {
    const match = readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`^${field}:\\s+(\\d+)`, "m"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}
