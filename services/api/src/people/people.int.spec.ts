import { personStream } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { givenCommunity, givenUnit } from "../testing/fixtures.ts";
import { type Client, etagRevision, expectProblem, snapshotOf } from "../testing/http.ts";
import {
  evaluationsPath,
  givenPerson,
  memberBody,
  peoplePath,
  personPath,
  reportInPath,
  volunteerBody,
} from "../testing/people-steps.ts";
import { freshId } from "../testing/test-api.ts";
import { useTestApi } from "../testing/use-test-api.ts";

describe("people over HTTP", () => {
  const ctx = useTestApi();

  /** Sends a command about a person and proves the refusal stored nothing anywhere. */
  const refused = async (personId: string, send: () => ReturnType<Client["post"]>) => {
    const snapshot = await snapshotOf(ctx.testApi.store, personStream(personId));
    const response = await send();
    await snapshot.expectUnchanged();
    return response;
  };

  describe("registering", () => {
    it("given a community and a unit, when an in-service member of that unit is registered, then 201 with Location and ETag 0", async () => {
      const { communityId, unitId } = await givenUnit(ctx.api);
      const body = memberBody(undefined, { employerUnitId: unitId });

      const response = await ctx.api.post(peoplePath(communityId), body);

      expect(response.status).toBe(201);
      expect(response.headers.get("location")).toBe(personPath(body.personId));
      expect(response.headers.get("etag")).toBe('"0"');
      expect(response.body).toEqual({ personId: body.personId, revision: 0 });
    });

    it("given a registered member, when read, then the registration with no reporting-in and no evaluations, and its ETag", async () => {
      const { communityId, unitId } = await givenUnit(ctx.api);
      const body = memberBody(undefined, { employerUnitId: unitId });
      await givenPerson(ctx.api, communityId, body);

      const response = await ctx.api.get(personPath(body.personId));

      expect(response.status).toBe(200);
      expect(etagRevision(response)).toBe(0);
      expect(response.body).toEqual({
        ...body,
        communityId,
        inService: true,
        reportedOn: null,
        evaluations: [],
      });
    });

    it("given a volunteer without skills or phone, when read, then the optional fields are null and skills empty", async () => {
      const communityId = await givenCommunity(ctx.api);
      const personId = await givenPerson(ctx.api, communityId, volunteerBody());

      const response = await ctx.api.get(personPath(personId));

      expect(response.body).toMatchObject({
        kind: "resident_volunteer",
        partyCategory: null,
        employerUnitId: null,
        phone: null,
        skills: [],
        inService: false,
      });
    });

    it("given a party member without a category and a skill listed twice, when registered, then 400 naming both and nothing is written", async () => {
      const communityId = await givenCommunity(ctx.api);
      const body = memberBody(undefined, { partyCategory: undefined, skills: ["理发", "理发"] });

      const response = await refused(body.personId, () => ctx.api.post(peoplePath(communityId), body));

      const problem = expectProblem(response, { status: 400, code: "invalid_request" });
      expect(problem.errors?.map((e) => [e.field, e.code]).sort()).toEqual([
        ["partyCategory", "party_category_required"],
        ["skills.1", "duplicate_skill"],
      ]);
    });

    it("given an employer named for a volunteer, when registered, then 400 employer_not_allowed on employerUnitId", async () => {
      const { communityId, unitId } = await givenUnit(ctx.api);
      const body = volunteerBody(undefined, { employerUnitId: unitId });

      const response = await refused(body.personId, () => ctx.api.post(peoplePath(communityId), body));

      const problem = expectProblem(response, {
        status: 400,
        code: "invalid_request",
        field: "employerUnitId",
      });
      expect(problem.errors?.[0]?.code).toBe("employer_not_allowed");
    });

    it("given an unknown community, when a person is registered in it, then 404 community_not_found on communityId and nothing is written", async () => {
      const body = memberBody();

      const response = await refused(body.personId, () => ctx.api.post(peoplePath(freshId("nowhere")), body));

      expectProblem(response, { status: 404, code: "community_not_found", field: "communityId" });
    });

    it("given an unknown employer unit, when a member is registered, then 404 unit_not_found on employerUnitId and nothing is written", async () => {
      const communityId = await givenCommunity(ctx.api);
      const body = memberBody(undefined, { employerUnitId: freshId("ghost") });

      const response = await refused(body.personId, () => ctx.api.post(peoplePath(communityId), body));

      expectProblem(response, { status: 404, code: "unit_not_found", field: "employerUnitId" });
    });

    it("given a registered person, when the id is registered again, then 409 person_already_registered and nothing is written", async () => {
      const communityId = await givenCommunity(ctx.api);
      const personId = await givenPerson(ctx.api, communityId);

      const response = await refused(personId, () =>
        ctx.api.post(peoplePath(communityId), volunteerBody(personId, { name: "别人" })),
      );

      expectProblem(response, { status: 409, code: "person_already_registered" });
    });

    it("given no such person, when read, then 404 person_not_found", async () => {
      const response = await ctx.api.get(personPath(freshId("ghost")));

      expectProblem(response, { status: 404, code: "person_not_found" });
    });
  });

  describe("listing", () => {
    it("given three people, when the community's people are listed, then each by name with kind, category and whether reported in", async () => {
      const communityId = await givenCommunity(ctx.api);
      const zhang = await givenPerson(ctx.api, communityId, memberBody(undefined, { name: "张伟" }));
      const chen = await givenPerson(ctx.api, communityId, volunteerBody(undefined, { name: "陈静" }));
      const li = await givenPerson(
        ctx.api,
        communityId,
        memberBody(undefined, { name: "李强", partyCategory: "retired" }),
      );
      await ctx.api.post(reportInPath(zhang), { reportedOn: "2025-06-01" });
      await ctx.testApi.projected();

      const response = await ctx.api.get(peoplePath(communityId));

      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        communityId,
        people: [
          {
            personId: chen,
            name: "陈静",
            kind: "resident_volunteer",
            partyCategory: null,
            reportedIn: false,
          },
          { personId: li, name: "李强", kind: "party_member", partyCategory: "retired", reportedIn: false },
          {
            personId: zhang,
            name: "张伟",
            kind: "party_member",
            partyCategory: "in_service",
            reportedIn: true,
          },
        ],
      });
    });

    it("given an unknown community, when its people are listed, then 404 community_not_found", async () => {
      const response = await ctx.api.get(peoplePath(freshId("nowhere")));

      expectProblem(response, { status: 404, code: "community_not_found" });
    });
  });

  describe("reporting in (报到)", () => {
    it("given an in-service member, when they report in, then 200, ETag 1, and the date reads back", async () => {
      const communityId = await givenCommunity(ctx.api);
      const personId = await givenPerson(ctx.api, communityId);

      const response = await ctx.api.post(reportInPath(personId), { reportedOn: "2025-06-10" });

      expect(response.status).toBe(200);
      expect(etagRevision(response)).toBe(1);
      expect(response.body).toEqual({ personId, revision: 1 });
      const readBack = await ctx.api.get(personPath(personId));
      expect(etagRevision(readBack)).toBe(1);
      expect(readBack.body).toMatchObject({ reportedOn: "2025-06-10" });
    });

    it("given a member who reported in, when they report in again, then 409 already_reported_in and nothing is written", async () => {
      const communityId = await givenCommunity(ctx.api);
      const personId = await givenPerson(ctx.api, communityId);
      await ctx.api.post(reportInPath(personId), { reportedOn: "2025-06-10" });

      const response = await refused(personId, () =>
        ctx.api.post(reportInPath(personId), { reportedOn: "2025-06-12" }),
      );

      expectProblem(response, { status: 409, code: "already_reported_in" });
    });

    it.each([
      ["a resident volunteer", volunteerBody()],
      ["a retired member", memberBody(undefined, { partyCategory: "retired" })],
    ])(
      "given %s, when they report in, then 409 not_in_service_member and nothing is written",
      async (_, body) => {
        const communityId = await givenCommunity(ctx.api);
        const personId = await givenPerson(ctx.api, communityId, body);

        const response = await refused(personId, () =>
          ctx.api.post(reportInPath(personId), { reportedOn: "2025-06-10" }),
        );

        expectProblem(response, { status: 409, code: "not_in_service_member" });
      },
    );

    it("given tomorrow's date, when a member reports in, then 400 date_in_future on reportedOn", async () => {
      const communityId = await givenCommunity(ctx.api);
      const personId = await givenPerson(ctx.api, communityId);

      const response = await refused(personId, () =>
        ctx.api.post(reportInPath(personId), { reportedOn: "2025-06-16" }),
      );

      expectProblem(response, { status: 400, code: "date_in_future", field: "reportedOn" });
    });

    it("given a malformed date, when a member reports in, then 400 invalid_request on reportedOn", async () => {
      const communityId = await givenCommunity(ctx.api);
      const personId = await givenPerson(ctx.api, communityId);

      const response = await refused(personId, () =>
        ctx.api.post(reportInPath(personId), { reportedOn: "15/06/2025" }),
      );

      expectProblem(response, { status: 400, code: "invalid_request", field: "reportedOn" });
    });

    it("given no such person, when they report in, then 404 person_not_found and nothing is written", async () => {
      const personId = freshId("ghost");

      const response = await refused(personId, () =>
        ctx.api.post(reportInPath(personId), { reportedOn: "2025-06-10" }),
      );

      expectProblem(response, { status: 404, code: "person_not_found" });
    });
  });

  describe("evaluations (评议)", () => {
    it("given a member, when two years are evaluated, then 201 each and they read back in year order, dated today", async () => {
      const communityId = await givenCommunity(ctx.api);
      const personId = await givenPerson(ctx.api, communityId);

      const first = await ctx.api.post(evaluationsPath(personId), { year: 2025, grade: "good" });
      const second = await ctx.api.post(evaluationsPath(personId), {
        year: 2024,
        grade: "excellent",
        comment: "积极参加社区活动",
      });

      expect(first.status).toBe(201);
      expect(first.headers.get("location")).toBe(personPath(personId));
      expect(first.body).toEqual({ personId, year: 2025, revision: 1 });
      expect(second.status).toBe(201);
      const readBack = await ctx.api.get(personPath(personId));
      expect(readBack.body).toMatchObject({
        evaluations: [
          { year: 2024, grade: "excellent", comment: "积极参加社区活动", evaluatedOn: "2025-06-15" },
          { year: 2025, grade: "good", comment: "", evaluatedOn: "2025-06-15" },
        ],
      });
    });

    it("given an evaluated year, when it is evaluated again, then 409 member_already_evaluated on year and nothing is written", async () => {
      const communityId = await givenCommunity(ctx.api);
      const personId = await givenPerson(ctx.api, communityId);
      await ctx.api.post(evaluationsPath(personId), { year: 2024, grade: "good" });

      const response = await refused(personId, () =>
        ctx.api.post(evaluationsPath(personId), { year: 2024, grade: "pass" }),
      );

      expectProblem(response, { status: 409, code: "member_already_evaluated", field: "year" });
    });

    it("given an unknown grade and next year, when evaluated, then 400 on grade, and 400 year_in_future for next year alone", async () => {
      const communityId = await givenCommunity(ctx.api);
      const personId = await givenPerson(ctx.api, communityId);

      const badGrade = await refused(personId, () =>
        ctx.api.post(evaluationsPath(personId), { year: 2024, grade: "superb" }),
      );
      const nextYear = await refused(personId, () =>
        ctx.api.post(evaluationsPath(personId), { year: 2026, grade: "good" }),
      );

      expectProblem(badGrade, { status: 400, code: "invalid_request", field: "grade" });
      expectProblem(nextYear, { status: 400, code: "year_in_future", field: "year" });
    });
  });
});
