import type { CommunityBoard } from "@cobuild/boards";
import type { ApiClient } from "./api-client.ts";

/** The demo community every journey works in. */
export const GUANGMING = "guangming";

/** A commitment of a signed agreement that still takes contributions. */
export interface OpenCommitment {
  agreementId: string;
  unitId: string;
  unitName: string;
  commitmentId: string;
  description: string;
}

/** Reads a board's current data through GET /api/boards/:boardId, as the user the client is. */
export async function boardData<Data>(api: ApiClient, boardId: string): Promise<Data> {
  const answer = await api.get(`/api/boards/${encodeURIComponent(boardId)}`);
  if (answer.status !== 200) throw new Error(`GET board ${boardId} answered ${answer.status}`);
  return (answer.body as { data: Data }).data;
}

/**
 * Every commitment of the community's signed agreements that is not struck off yet, unit by unit in id
 * order: where a test can log contributions without guessing ids the seed made up.
 */
export async function openCommitments(api: ApiClient, communityId = GUANGMING): Promise<OpenCommitment[]> {
  const board = await boardData<CommunityBoard>(api, `community:${communityId}`);
  return Object.values(board.agreements)
    .filter((a) => a.status === "signed")
    .sort((a, b) => a.unitId.localeCompare(b.unitId))
    .flatMap((a) =>
      Object.values(a.commitments)
        .filter((c) => c.fulfilledOn === null)
        .map((c) => ({
          agreementId: a.agreementId,
          unitId: a.unitId,
          unitName: board.units[a.unitId]?.name ?? a.unitId,
          commitmentId: c.commitmentId,
          description: c.description,
        })),
    );
}

/** The demo's time zone: the server's default, and the one the test browsers are set to. */
export const TIME_ZONE = "Asia/Shanghai";

/** Today in the demo's time zone, as the server and the pages date things. */
export const localToday = (): string =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date());
