// Test-only: one community with something on every public page, and the private facts it must keep.
import { expect } from "vitest";
import {
  contributionBody,
  contributionsPath,
  draftBody,
  givenUnit,
  signaturePath,
  signBody,
} from "./fixtures.ts";
import type { Client } from "./http.ts";
import { decisionBody, decisionsPath, givenMeeting } from "./meetings-steps.ts";
import { givenApprovedResident, givenPerson, memberBody, residentBody } from "./people-steps.ts";
import { coatBody, donationBody, handoutBody, riceBody, supermarketPaths } from "./supermarket-fixtures.ts";
import { givenStaffedTeam, hoursBody, hoursPath } from "./teams-steps.ts";
import { freshId, type TestApi } from "./test-api.ts";

export const publicPaths = (communityId: string) => {
  const base = `/api/public/communities/${communityId}`;
  return {
    summary: base,
    agreements: `${base}/agreements`,
    pledges: `${base}/pledges`,
    decisions: `${base}/decisions`,
    supermarket: `${base}/supermarket`,
    teams: `${base}/teams`,
  };
};

export interface PublicCommunity {
  communityId: string;
  unitId: string;
  /** Values a public answer must never contain: names, ids and free text about people. */
  privateValues: string[];
}

const post = async (api: Client, path: string, body: unknown) => {
  const response = await api.post(path, body);
  expect(response.status, `${path}: ${JSON.stringify(response.body)}`).toBeLessThan(300);
  return response;
};

/**
 * Given a community with a signed agreement and a logged contribution, pledges by the committee, a cadre
 * and a member, a meeting's decision, and a supermarket with named, unit and anonymous donations, a
 * pending one, a hand-out to an approved resident in need, and a team with approved hours; its boards
 * are projected.
 */
export async function givenPublicCommunity(testApi: TestApi, api: Client): Promise<PublicCommunity> {
  const { communityId, unitId } = await givenUnit(api);
  const agreementId = freshId("agreement");
  await post(api, "/api/agreements", draftBody({ agreementId, communityId, unitId }));
  await post(api, signaturePath(agreementId), signBody());
  const contributionNote = "为赵大爷家清理楼道";
  await post(api, contributionsPath(agreementId), contributionBody({ note: contributionNote }));

  const personId = await givenPerson(api, communityId, memberBody(undefined, { employerUnitId: unitId }));
  const pledge = (pledger: unknown, content: string) => ({
    pledgeId: freshId("pledge"),
    communityId,
    pledger,
    content,
    category: "elderly",
    madeTo: "residents",
    dueOn: "2025-12-31",
  });
  const memberPledge = pledge({ kind: "member", personId, unitId }, "每月为独居老人义务理发");
  const pledges = `/api/communities/${communityId}/pledges`;
  await post(api, pledges, memberPledge);
  await post(api, pledges, pledge({ kind: "committee" }, "年内完成老旧小区环境整治"));
  await post(api, pledges, pledge({ kind: "cadre", name: "陈建国" }, "每周到社区走访一次"));
  const evidence = "已为赵大爷等12位老人理发，附签到表";
  await post(api, `/api/pledges/${memberPledge.pledgeId}/fulfilments`, {
    fulfilmentId: freshId("f"),
    evidence,
  });
  await post(api, `/api/pledges/${memberPledge.pledgeId}/strike-off`, {});

  const meetingId = await givenMeeting(api, communityId);
  await post(api, decisionsPath(meetingId), decisionBody([unitId]));

  const paths = supermarketPaths(communityId);
  for (const body of [riceBody(), coatBody()]) await post(api, paths.items, body);
  await post(api, paths.donations, donationBody({ donor: { kind: "unit", unitId } }));
  await post(api, paths.donations, donationBody({ donor: { kind: "person", name: "刘爱心" }, money: 200 }));
  await post(api, paths.donations, donationBody({ lines: [{ itemId: "coat", quantity: 3 }] }));
  const liaison = await testApi.clientWith([{ role: "unit_liaison", unitId }]);
  await post(liaison, paths.donations, donationBody({ donor: { kind: "unit", unitId }, money: 999 }));
  const residentId = await givenApprovedResident(api, communityId);
  await post(api, paths.handouts, handoutBody(residentId));
  const team = await givenStaffedTeam(api, testApi.store, communityId);
  const hours = hoursBody(team.memberId);
  await post(api, hoursPath(team.teamId), hours);
  await post(api, `${hoursPath(team.teamId)}/${hours.entryId}/approval`, {});
  await testApi.projected();

  const resident = residentBody();
  const member = memberBody();
  return {
    communityId,
    unitId,
    privateValues: [
      resident.name,
      resident.address,
      resident.note,
      member.name,
      member.phone,
      residentId,
      personId,
      contributionNote,
      evidence,
      team.leaderId,
      team.memberId,
      "王队长",
      "王书记",
      "李校长",
    ],
  };
}
