/** What a server process does from spawn: when it listens, answers /healthz, serves a board, is ready. */
import { bearer, getJson, login, pollUntil } from "./http.ts";
import type { ServerProcess } from "./server-process.ts";
import { now } from "./stats.ts";

/** The board the benches ask for: copy 0's community, which the demo's admin may read. */
export const FIRST_BOARD = "community:guangming";

/** Milliseconds after spawn; undefined when it did not happen before the deadline. */
export interface StartTimes {
  url?: string;
  listening?: number;
  healthz?: number;
  board?: number;
  /** Ready per /readyz, or, when the server has no /readyz, when it first answered at all. */
  caughtUp?: number;
  readyzServed: boolean;
}

/** Watches a freshly spawned server until it is caught up and has served a board, or the deadline. */
export async function observeStart(server: ServerProcess, deadline: number): Promise<StartTimes> {
  const since = (at: number | undefined) => (at === undefined ? undefined : at - server.spawnedAt);
  const left = Math.max(0, deadline - now());
  let timer: NodeJS.Timeout | undefined;
  const listening = await Promise.race([
    server.listening,
    new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), left);
    }),
  ]).finally(() => clearTimeout(timer));
  if (!listening) return { readyzServed: false };
  const { url } = listening;
  let authorization: string | undefined;
  let readyzServed = true;
  const [healthz, board, ready] = await Promise.all([
    pollUntil(async () => ((await getJson(url, "/healthz")).status === 200 ? true : undefined), deadline, 10),
    pollUntil(async () => {
      if (!authorization) {
        const token = await login(url);
        if (!token) return undefined;
        authorization = bearer(token);
      }
      return (await getJson(url, `/api/boards/${FIRST_BOARD}`, authorization)).status === 200
        ? true
        : undefined;
    }, deadline),
    pollUntil(
      async () => {
        const { status } = await getJson(url, "/readyz");
        if (status === 404) readyzServed = false;
        return status === 200 || status === 404 ? true : undefined;
      },
      deadline,
      100,
    ),
  ]);
  return {
    url,
    listening: since(listening.at),
    healthz: since(healthz?.at),
    board: since(board?.at),
    // Without /readyz the server (today's) listens only once its projector has caught up.
    caughtUp: readyzServed ? since(ready?.at) : since(healthz?.at),
    readyzServed,
  };
}
