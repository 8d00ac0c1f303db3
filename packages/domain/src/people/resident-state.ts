import type { ResidentView } from "../shared/views.ts";
import type { ResidentEvent, ResidentInNeedRegisteredData } from "./resident-events.ts";

/**
 * A resident's stream folded. `resident` holds `residentId` and `communityId`, which is what the API
 * needs to decide who may act on this resident. Registered residents start pending; approval may be
 * revoked and granted again.
 */
export type ResidentState =
  | { status: "none" }
  | { status: "pending"; resident: ResidentInNeedRegisteredData }
  | { status: "approved"; resident: ResidentInNeedRegisteredData; approvedOn: string }
  | { status: "revoked"; resident: ResidentInNeedRegisteredData; revokedOn: string; reason: string };

export const initialResidentState: ResidentState = { status: "none" };

/**
 * Folds one event into the state. Events that cannot follow the current status never reach here from a
 * stream written through `decide`; they are ignored rather than thrown so reading a stream never fails.
 */
export const evolveResident = (state: ResidentState, event: ResidentEvent): ResidentState => {
  switch (event.type) {
    case "ResidentInNeedRegistered":
      return { status: "pending", resident: event.data };
    case "ResidentApproved":
      if (state.status === "none") return state;
      return { status: "approved", resident: state.resident, approvedOn: event.data.approvedOn };
    case "ResidentApprovalRevoked": {
      if (state.status === "none") return state;
      const { revokedOn, reason } = event.data;
      return { status: "revoked", resident: state.resident, revokedOn, reason };
    }
  }
};

/** What other contexts (the love supermarket) may know of a resident; undefined when never registered. */
export const toResidentView = (state: ResidentState): ResidentView | undefined => {
  if (state.status === "none") return undefined;
  const { residentId, communityId } = state.resident;
  return { residentId, communityId, approved: state.status === "approved" };
};
