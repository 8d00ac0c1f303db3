/**
 * The measurement both latency benchmarks share: N socket clients watch the Guangming board while
 * contributions are logged one after another over HTTP; for each, the time from sending the request until
 * the delta reaches each client. Prints a markdown table.
 */
import type { BoardDelta, ClientToServerEvents, ServerToClientEvents } from "@cobuild/boards";
import { io, type Socket } from "socket.io-client";

export interface ProbeTarget {
  /** Where the API answers (POST /api/…). */
  apiUrl: string;
  /** Where Socket.IO answers: the same server in one process, the gateway process when split. */
  socketUrl: string;
  clients: number;
  contributions: number;
}

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type Agreement = {
  agreementId: string;
  status: string;
  commitments: Record<string, { commitmentId: string; fulfilledOn: string | null }>;
};

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

export async function measureBoardLatency({
  apiUrl,
  socketUrl,
  clients,
  contributions,
}: ProbeTarget): Promise<string> {
  // The demo's street admin; sockets and the API take the same session.
  const { token } = await (
    await fetch(`${apiUrl}/api/session`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ username: "admin", password: "cobuild-demo" }),
    })
  ).json();
  const authorization = `Bearer ${token}`;
  const board = await (
    await fetch(`${apiUrl}/api/boards/community:guangming`, { headers: { authorization } })
  ).json();
  // A running agreement and one of its commitments still open (a struck-off one takes no more work).
  const agreement = Object.values(board.data.agreements as Record<string, Agreement>).find(
    (a) => a.status === "signed" && Object.values(a.commitments).some((c) => !c.fulfilledOn),
  );
  const commitment = Object.values(agreement?.commitments ?? {}).find((c) => !c.fulfilledOn);
  if (!agreement || !commitment) throw new Error("demo has no signed agreement with an open commitment");

  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const sockets: ClientSocket[] = [];
  /** Delta messages received by all clients: fewer than deliveries when bursts were merged. */
  let messages = 0;
  for (let i = 0; i < clients; i++) {
    const socket: ClientSocket = io(socketUrl, {
      transports: ["websocket"],
      forceNew: true,
      auth: { token },
    });
    await new Promise<void>((resolve) =>
      socket.emit("board:join", { boardId: "community:guangming" }, () => resolve()),
    );
    socket.on("board:delta", (delta: BoardDelta) => {
      messages++;
      for (const op of delta.ops) {
        if (op.op !== "unshift") continue;
        const id = (op.value as { contributionId: string }).contributionId;
        const start = sentAt.get(id);
        if (start !== undefined) latencies.push(performance.now() - start);
      }
    });
    sockets.push(socket);
  }

  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
  for (let i = 0; i < contributions; i++) {
    const contributionId = `bench-${i}`;
    sentAt.set(contributionId, performance.now());
    const res = await fetch(`${apiUrl}/api/agreements/${agreement.agreementId}/contributions`, {
      method: "POST",
      headers: { "Content-Type": "application/json", authorization },
      body: JSON.stringify({
        contributionId,
        commitmentId: commitment.commitmentId,
        quantity: 1,
        date: today,
      }),
    });
    if (res.status !== 201) throw new Error(`contribution refused: ${res.status} ${await res.text()}`);
  }
  const deadline = Date.now() + 10_000;
  while (latencies.length < clients * contributions && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 50));
  for (const s of sockets) s.disconnect();

  const sorted = [...latencies].sort((a, b) => a - b);
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  return [
    "| deliveries | messages | p50 | p95 | p99 | max |",
    "| --- | --- | --- | --- | --- | --- |",
    `| ${latencies.length} of ${clients * contributions} | ${messages} | ${ms(percentile(sorted, 0.5))} | ${ms(percentile(sorted, 0.95))} | ${ms(percentile(sorted, 0.99))} | ${ms(sorted.at(-1) ?? 0)} |`,
  ].join("\n");
}
