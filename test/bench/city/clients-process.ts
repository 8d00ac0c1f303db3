/** The parent's handle on the socket-clients process: fork it, give it orders, read its answers. */
import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { ChildMessage, ConnectOrder, FanoutResult } from "./socket-protocol.ts";

const script = fileURLToPath(new URL("./socket-clients.ts", import.meta.url));

/** A socket-clients process, one order at a time. */
export class ClientsProcess {
  readonly #child: ChildProcess;
  readonly #exited: Promise<void>;

  constructor() {
    this.#child = fork(script, {
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    this.#exited = new Promise((resolve) => this.#child.once("exit", () => resolve()));
    // A bench that throws must not leave 1,000 sockets behind.
    process.once("exit", () => this.#child.kill("SIGKILL"));
  }

  /** Connects the clients; how many made it. */
  connect(order: Omit<ConnectOrder, "type">) {
    return this.#ask({ type: "connect", ...order }, "ready");
  }

  /** Deliveries recorded so far. */
  async delivered(): Promise<number> {
    return (await this.#ask({ type: "progress" }, "progress")).delivered;
  }

  /** Scores the deliveries against the send times (null: not sent), disconnects and waits for the exit. */
  async finish(sentAt: (number | null)[]): Promise<FanoutResult> {
    const result = await this.#ask({ type: "finish", sentAt }, "result");
    await this.#exited;
    return result;
  }

  #ask<Type extends ChildMessage["type"]>(
    message: object,
    answer: Type,
  ): Promise<Extract<ChildMessage, { type: Type }>> {
    return new Promise((resolve, reject) => {
      const onMessage = (reply: ChildMessage) => {
        if (reply.type !== answer) return;
        this.#child.off("message", onMessage);
        this.#child.off("exit", onExit);
        resolve(reply as Extract<ChildMessage, { type: Type }>);
      };
      const onExit = () => reject(new Error("the socket-clients process exited"));
      this.#child.on("message", onMessage);
      this.#child.once("exit", onExit);
      this.#child.send(message);
    });
  }
}
