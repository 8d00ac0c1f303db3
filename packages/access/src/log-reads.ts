import {
  AccountEvent,
  accountDecider,
  accountStream,
  CommunityEvent,
  communityDecider,
  communityStream,
  type DomainEvent,
  fold,
} from "@cobuild/domain";
import type { EventStore } from "@cobuild/event-store";
import type { z } from "zod";
import type { CommunityReader } from "./access-control.ts";
import type { AccountReader } from "./session-principal.ts";

/**
 * The two streams the policy reads (an account's roles, a community's street), folded straight from
 * the log. For processes without the command side, such as the socket gateway; the API hands in its own
 * readers instead.
 */
export function logAccessReads(store: Pick<EventStore, "readStream">): AccountReader & CommunityReader {
  const parsed = async <Event extends DomainEvent>(streamId: string, schema: z.ZodType<Event>) =>
    (await store.readStream(streamId)).map((event) => schema.parse({ type: event.type, data: event.data }));
  return {
    account: async (username) => ({
      state: fold(accountDecider, await parsed(accountStream(username), AccountEvent)),
    }),
    community: async (communityId) => ({
      state: fold(communityDecider, await parsed(communityStream(communityId), CommunityEvent)),
    }),
  };
}
