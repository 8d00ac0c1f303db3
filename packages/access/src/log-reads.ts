import {
  accountDecider,
  accountEvents,
  accountStream,
  communityDecider,
  communityEvents,
  communityStream,
  fold,
} from "@cobuild/domain";
import type { EventStore } from "@cobuild/event-store";
import type { CommunityReader } from "./access-control.ts";
import type { AccountReader } from "./session-principal.ts";

/**
 * The two streams the policy reads (an account's roles, a community's street), folded straight from
 * the log through their event registries (upcast, checked). For processes without the command side,
 * such as the socket gateway; the API hands in its own cached readers instead.
 */
export function logAccessReads(store: Pick<EventStore, "readStream">): AccountReader & CommunityReader {
  return {
    account: async (username) => {
      const events = await store.readStream(accountStream(username));
      return {
        state: fold(
          accountDecider,
          events.map((event) => accountEvents.parse(event)),
        ),
      };
    },
    community: async (communityId) => {
      const events = await store.readStream(communityStream(communityId));
      return {
        state: fold(
          communityDecider,
          events.map((event) => communityEvents.parse(event)),
        ),
      };
    },
  };
}
