import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors.ts";
import { scenario } from "../testing/given.ts";
import {
  fulfilmentRecorded,
  guangming,
  liWith,
  liWithoutEmployer,
  made,
  make,
  memberLi,
  personLi,
  recordFulfilment,
  reject,
  rejected,
  strikeOff,
  struckOff,
  today,
  withdraw,
  withdrawn,
} from "../testing/pledges-fixtures.ts";
import { pledgeDecider } from "./decider.ts";
import { pledgeStream } from "./events.ts";

const given = scenario(pledgeDecider);
const context = { today, community: guangming, person: memberLi };

describe("pledge stream", () => {
  it("is named by the pledge", () => {
    expect(pledgeStream("p1")).toBe("pledge-p1");
  });
});

describe("MakePledge", () => {
  it("given a member of the community, makes the pledge today, with the street and the member's employer unit", () => {
    given([]).when(make(), context).thenEmits([made()]);
  });

  it("keeps the unit a member's pledge names, and a member without an employer has none", () => {
    given([])
      .when(make({ pledger: { kind: "member", personId: "li", unitId: "hospital-1" } }), context)
      .thenEmits([made({ pledger: { kind: "member", personId: "li", unitId: "hospital-1" } })]);
    const resident = personLi(liWithoutEmployer());
    given([])
      .when(make(), { ...context, person: resident })
      .thenEmits([made({ pledger: { kind: "member", personId: "li" } })]);
  });

  it("takes pledges of the two committees and of a named street cadre without a person", () => {
    given([])
      .when(make({ pledger: { kind: "committee" }, madeTo: "residents" }), { today, community: guangming })
      .thenEmits([made({ pledger: { kind: "committee" } })]);
    given([])
      .when(make({ pledger: { kind: "cadre", name: "王主任" }, madeTo: "street" }), {
        today,
        community: guangming,
      })
      .thenEmits([made({ pledger: { kind: "cadre", name: "王主任" }, madeTo: "street" })]);
  });

  it("records a pledge made on an earlier day, due that same day", () => {
    given([])
      .when(make({ madeOn: "2025-01-05", dueOn: "2025-01-05" }), context)
      .thenEmits([made({ madeOn: "2025-01-05", dueOn: "2025-01-05" })]);
  });

  it("given a due date before the day it is made, refuses with due_before_made on dueOn", () => {
    given([])
      .when(make({ dueOn: "2025-06-14" }), context)
      .thenRefuses({ kind: "validation", code: "due_before_made", field: "dueOn" });
  });

  it("given a made date after today, refuses with date_in_future on madeOn", () => {
    given([])
      .when(make({ madeOn: "2025-06-16" }), context)
      .thenRefuses({ kind: "validation", code: "date_in_future", field: "madeOn" });
  });

  it("given an unregistered community, or another community's state, refuses with community_not_found", () => {
    given([])
      .when(make(), { ...context, community: { status: "none" } })
      .thenRefuses({ kind: "not_found", code: "community_not_found", field: "communityId" });
    given([])
      .when(make({ communityId: "other" }), context)
      .thenRefuses({ kind: "not_found", code: "community_not_found", field: "communityId" });
  });

  it("given a member who is not registered, refuses with person_not_found on pledger.personId", () => {
    given([])
      .when(make(), { ...context, person: { status: "none" } })
      .thenRefuses({ kind: "not_found", code: "person_not_found", field: "pledger.personId" });
    given([])
      .when(make({ pledger: { kind: "member", personId: "wang" } }), context)
      .thenRefuses({ kind: "not_found", code: "person_not_found", field: "pledger.personId" });
  });

  it("given a member of another community, refuses with person_in_other_community", () => {
    const elsewhere = personLi(liWith({ communityId: "other" }));
    given([])
      .when(make(), { ...context, person: elsewhere })
      .thenRefuses({ kind: "conflict", code: "person_in_other_community", field: "pledger.personId" });
  });

  it("given a resident volunteer, refuses with not_party_member", () => {
    const { partyCategory: _, ...notMember } = liWith({ kind: "resident_volunteer" });
    const volunteer = personLi(notMember);
    given([])
      .when(make(), { ...context, person: volunteer })
      .thenRefuses({ kind: "conflict", code: "not_party_member", field: "pledger.personId" });
  });

  it("given the pledge exists, refuses with pledge_already_exists", () => {
    given([made()])
      .when(make(), context)
      .thenRefuses({ kind: "conflict", code: "pledge_already_exists", field: "pledgeId" });
  });

  it("fails loudly, not as a refusal, when the handler forgot the community or the member", () => {
    const state = pledgeDecider.initialState;
    const noCommunity = () => pledgeDecider.decide(make(), state, { today, person: memberLi });
    const noPerson = () => pledgeDecider.decide(make(), state, { today, community: guangming });
    for (const decide of [noCommunity, noPerson]) {
      expect(decide).toThrow(Error);
      expect(decide).not.toThrow(DomainError);
    }
  });
});

describe("RecordFulfilment", () => {
  it("records what was done today, with its evidence, for staff to verify", () => {
    given([made()]).when(recordFulfilment(), { today }).thenEmits([fulfilmentRecorded()]);
  });

  it("records another fulfilment after one was rejected", () => {
    given([made({ madeOn: "2025-06-01" }), fulfilmentRecorded(), rejected()])
      .when(recordFulfilment({ fulfilmentId: "f2", doneOn: "2025-06-10" }), { today })
      .thenEmits([fulfilmentRecorded({ fulfilmentId: "f2", doneOn: "2025-06-10" })]);
  });

  it("given no such pledge, refuses with pledge_not_found", () => {
    given([])
      .when(recordFulfilment(), { today })
      .thenRefuses({ kind: "not_found", code: "pledge_not_found" });
  });

  it("given a struck-off pledge, refuses with pledge_struck_off", () => {
    given([made(), fulfilmentRecorded(), struckOff()])
      .when(recordFulfilment({ fulfilmentId: "f2" }), { today })
      .thenRefuses({ kind: "conflict", code: "pledge_struck_off" });
  });

  it("given a withdrawn pledge, refuses with pledge_withdrawn", () => {
    given([made(), withdrawn()])
      .when(recordFulfilment(), { today })
      .thenRefuses({ kind: "conflict", code: "pledge_withdrawn" });
  });

  it("given a fulfilment waiting to be verified, refuses another with fulfilment_pending", () => {
    given([made(), fulfilmentRecorded()])
      .when(recordFulfilment({ fulfilmentId: "f2" }), { today })
      .thenRefuses({ kind: "conflict", code: "fulfilment_pending" });
  });

  it("given the same fulfilment id again, refuses with fulfilment_already_recorded", () => {
    given([made(), fulfilmentRecorded(), rejected()])
      .when(recordFulfilment(), { today })
      .thenRefuses({ kind: "conflict", code: "fulfilment_already_recorded", field: "fulfilmentId" });
  });

  it("given a day after today or before the pledge was made, refuses on doneOn", () => {
    given([made()])
      .when(recordFulfilment({ doneOn: "2025-06-16" }), { today })
      .thenRefuses({ kind: "validation", code: "date_in_future", field: "doneOn" });
    given([made()])
      .when(recordFulfilment({ doneOn: "2025-06-14" }), { today })
      .thenRefuses({ kind: "validation", code: "done_before_made", field: "doneOn" });
  });
});

describe("RejectFulfilment", () => {
  it("rejects the pending fulfilment with the reason, today", () => {
    given([made(), fulfilmentRecorded()]).when(reject(), { today }).thenEmits([rejected()]);
  });

  it("given no such fulfilment, refuses with fulfilment_not_found", () => {
    given([made(), fulfilmentRecorded()])
      .when(reject("f9"), { today })
      .thenRefuses({ kind: "not_found", code: "fulfilment_not_found", field: "fulfilmentId" });
  });

  it("given it was rejected already, refuses with fulfilment_already_rejected", () => {
    given([made(), fulfilmentRecorded(), rejected()])
      .when(reject(), { today })
      .thenRefuses({ kind: "conflict", code: "fulfilment_already_rejected", field: "fulfilmentId" });
  });

  it("given the pledge is struck off, refuses with pledge_struck_off", () => {
    given([made(), fulfilmentRecorded(), struckOff()])
      .when(reject(), { today })
      .thenRefuses({ kind: "conflict", code: "pledge_struck_off" });
  });
});

describe("StrikeOffPledge", () => {
  it("given a recorded fulfilment, verifies it and strikes the pledge off today", () => {
    given([made(), fulfilmentRecorded()]).when(strikeOff(), { today }).thenEmits([struckOff()]);
  });

  it("strikes off with the newer fulfilment after one was rejected", () => {
    given([made(), fulfilmentRecorded(), rejected(), fulfilmentRecorded({ fulfilmentId: "f2" })])
      .when(strikeOff(), { today })
      .thenEmits([struckOff("f2")]);
  });

  it("given no fulfilment, or only a rejected one, refuses with fulfilment_missing", () => {
    given([made()])
      .when(strikeOff(), { today })
      .thenRefuses({ kind: "conflict", code: "fulfilment_missing" });
    given([made(), fulfilmentRecorded(), rejected()])
      .when(strikeOff(), { today })
      .thenRefuses({ kind: "conflict", code: "fulfilment_missing" });
  });

  it("given the pledge is struck off already, refuses with pledge_struck_off", () => {
    given([made(), fulfilmentRecorded(), struckOff()])
      .when(strikeOff(), { today })
      .thenRefuses({ kind: "conflict", code: "pledge_struck_off" });
  });

  it("given a withdrawn pledge, refuses with pledge_withdrawn", () => {
    given([made(), fulfilmentRecorded(), withdrawn()])
      .when(strikeOff(), { today })
      .thenRefuses({ kind: "conflict", code: "pledge_withdrawn" });
  });

  it("given no such pledge, refuses with pledge_not_found", () => {
    given([]).when(strikeOff(), { today }).thenRefuses({ kind: "not_found", code: "pledge_not_found" });
  });
});

describe("WithdrawPledge", () => {
  it("withdraws an open pledge with the reason, today", () => {
    given([made()]).when(withdraw(), { today }).thenEmits([withdrawn()]);
  });

  it("given a struck-off or withdrawn pledge, refuses", () => {
    given([made(), fulfilmentRecorded(), struckOff()])
      .when(withdraw(), { today })
      .thenRefuses({ kind: "conflict", code: "pledge_struck_off" });
    given([made(), withdrawn()])
      .when(withdraw(), { today })
      .thenRefuses({ kind: "conflict", code: "pledge_withdrawn" });
  });
});
