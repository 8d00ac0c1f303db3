import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors.ts";
import { scenario } from "../testing/given.ts";
import {
  approve,
  approved,
  guangming,
  registerResident,
  residentRegistered,
  revoke,
  revoked,
  today,
} from "../testing/people-fixtures.ts";
import { residentDecider } from "./resident-decider.ts";
import { residentStream } from "./resident-events.ts";

const given = scenario(residentDecider);

describe("resident stream", () => {
  it("is named by the resident id", () => {
    expect(residentStream("r-wang")).toBe("resident-r-wang");
  });
});

describe("RegisterResidentInNeed", () => {
  it("registers a resident in need of a registered community", () => {
    given([]).when(registerResident(), { today, community: guangming }).thenEmits([residentRegistered()]);
  });

  it("given a registered resident, registering them again is refused with resident_already_registered", () => {
    given([residentRegistered()])
      .when(registerResident(), { today, community: guangming })
      .thenRefuses({ kind: "conflict", code: "resident_already_registered" });
  });

  it("refuses a community that is not registered with community_not_found", () => {
    given([])
      .when(registerResident(), { today, community: { status: "none" } })
      .thenRefuses({ kind: "not_found", code: "community_not_found", field: "communityId" });
  });

  it("refuses with community_not_found when the community state passed is another community's", () => {
    given([])
      .when(registerResident({ communityId: "xinhua" }), { today, community: guangming })
      .thenRefuses({ kind: "not_found", code: "community_not_found", field: "communityId" });
  });

  it("fails loudly, not as a refusal, when the handler forgot to load the community", () => {
    const decide = () => residentDecider.decide(registerResident(), residentDecider.initialState, { today });
    expect(decide).toThrow(Error);
    expect(decide).not.toThrow(DomainError);
  });
});

describe("ApproveResident", () => {
  it("approves a pending resident, copying the community id", () => {
    given([residentRegistered()]).when(approve(), { today }).thenEmits([approved()]);
  });

  it("approves today", () => {
    given([residentRegistered()])
      .when(approve({ approvedOn: today }), { today })
      .thenEmits([approved({ approvedOn: today })]);
  });

  it("given a revoked approval, approves again from the revocation date on", () => {
    given([residentRegistered(), approved(), revoked()])
      .when(approve({ approvedOn: "2025-05-01" }), { today })
      .thenEmits([approved({ approvedOn: "2025-05-01" })]);
  });

  it("refuses an unknown resident with resident_not_found", () => {
    given([]).when(approve(), { today }).thenRefuses({ kind: "not_found", code: "resident_not_found" });
  });

  it("given an approved resident, approving again is refused with resident_already_approved", () => {
    given([residentRegistered(), approved()])
      .when(approve({ approvedOn: "2025-03-01" }), { today })
      .thenRefuses({ kind: "conflict", code: "resident_already_approved" });
  });

  it("refuses an approval date after today with date_in_future", () => {
    given([residentRegistered()])
      .when(approve({ approvedOn: "2025-06-16" }), { today })
      .thenRefuses({ kind: "validation", code: "date_in_future", field: "approvedOn" });
  });

  it("given a revoked approval, an approval dated before the revocation is refused with date_before_revocation", () => {
    given([residentRegistered(), approved(), revoked()])
      .when(approve({ approvedOn: "2025-04-30" }), { today })
      .thenRefuses({ kind: "validation", code: "date_before_revocation", field: "approvedOn" });
  });
});

describe("RevokeResidentApproval", () => {
  it("revokes an approval, copying the community id", () => {
    given([residentRegistered(), approved()]).when(revoke(), { today }).thenEmits([revoked()]);
  });

  it("revokes on the day of approval and today", () => {
    given([residentRegistered(), approved()])
      .when(revoke({ revokedOn: "2025-02-01" }), { today })
      .thenEmits([revoked({ revokedOn: "2025-02-01" })]);
    given([residentRegistered(), approved()])
      .when(revoke({ revokedOn: today }), { today })
      .thenEmits([revoked({ revokedOn: today })]);
  });

  it("refuses an unknown resident with resident_not_found", () => {
    given([]).when(revoke(), { today }).thenRefuses({ kind: "not_found", code: "resident_not_found" });
  });

  it("given a pending resident, revoking is refused with resident_not_approved", () => {
    given([residentRegistered()])
      .when(revoke(), { today })
      .thenRefuses({ kind: "conflict", code: "resident_not_approved" });
  });

  it("given a revoked approval, revoking again is refused with resident_not_approved", () => {
    given([residentRegistered(), approved(), revoked()])
      .when(revoke({ revokedOn: today }), { today })
      .thenRefuses({ kind: "conflict", code: "resident_not_approved" });
  });

  it("refuses a revocation date after today with date_in_future", () => {
    given([residentRegistered(), approved()])
      .when(revoke({ revokedOn: "2025-06-16" }), { today })
      .thenRefuses({ kind: "validation", code: "date_in_future", field: "revokedOn" });
  });

  it("refuses a revocation dated before the approval with date_before_approval", () => {
    given([residentRegistered(), approved()])
      .when(revoke({ revokedOn: "2025-01-31" }), { today })
      .thenRefuses({ kind: "validation", code: "date_before_approval", field: "revokedOn" });
  });
});
