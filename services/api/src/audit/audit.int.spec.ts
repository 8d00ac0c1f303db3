import { localDate } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { givenUnit, unitBody } from "../testing/fixtures.ts";
import { expectProblem } from "../testing/http.ts";
import { TEST_ADMIN } from "../testing/test-api.ts";
import { useTestApi } from "../testing/use-test-api.ts";

interface Entry {
  actor: string;
  type: string;
  stream: string;
  unitId?: string;
  at: string;
}

describe("the audit trail over HTTP", () => {
  const ctx = useTestApi();
  // Events carry the store's clock, not the tests' fixed "today": the period asked for is the real day.
  const day = () => localDate(new Date(), "Asia/Shanghai");
  const auditPath = (communityId: string, query = "") =>
    `/api/communities/${communityId}/audit?from=${day()}&to=${day()}${query}`;
  const entriesOf = (body: unknown) => (body as { entries: Entry[] }).entries;

  /** A community with two units registered, one by the street admin and one by the community's staff. */
  const givenTwoUnits = async () => {
    const { communityId, unitId } = await givenUnit(ctx.api);
    const staff = await ctx.testApi.clientWith([{ role: "community_staff", communityId }]);
    const second = unitBody();
    expect((await staff.post(`/api/communities/${communityId}/units`, second)).status).toBe(201);
    await ctx.testApi.projected();
    const staffName = ((await staff.get("/api/session")).body as { username: string }).username;
    return { communityId, unitId, secondUnitId: second.unitId, staff, staffName };
  };

  it("given work done in a community, when staff read its audit, then it lists who did what to which unit, newest first", async () => {
    const { communityId, unitId, secondUnitId, staff, staffName } = await givenTwoUnits();

    const response = await staff.get(auditPath(communityId));

    expect(response.status).toBe(200);
    const entries = entriesOf(response.body);
    expect(entries.map((entry) => [entry.actor, entry.type, entry.unitId])).toEqual([
      [staffName, "UnitRegistered", secondUnitId],
      // The staff member's account, made by the tests' own system principal, shows in their community.
      ["system:test", "AccountCreated", undefined],
      [TEST_ADMIN.username, "UnitRegistered", unitId],
      [TEST_ADMIN.username, "CommunityRegistered", undefined],
    ]);
    expect(response.headers.get("cache-control")).toContain("no-store");
  });

  it("given filters by person, unit and kind, then only the matching entries are listed", async () => {
    const { communityId, unitId, staffName } = await givenTwoUnits();

    const byPerson = entriesOf((await ctx.api.get(auditPath(communityId, `&actor=${staffName}`))).body);
    const byUnit = entriesOf((await ctx.api.get(auditPath(communityId, `&unitId=${unitId}`))).body);
    const byKind = entriesOf((await ctx.api.get(auditPath(communityId, "&type=CommunityRegistered"))).body);

    expect(byPerson.map((entry) => entry.actor)).toEqual([staffName]);
    expect(byUnit.map((entry) => entry.unitId)).toEqual([unitId]);
    expect(byKind.map((entry) => entry.type)).toEqual(["CommunityRegistered"]);
  });

  it("given a period that ended before the work, then nothing is listed", async () => {
    const { communityId } = await givenTwoUnits();

    const response = await ctx.api.get(`/api/communities/${communityId}/audit?from=2025-01-01&to=2025-01-31`);

    expect(entriesOf(response.body)).toEqual([]);
  });

  it("given the export, then it is a CSV with Chinese headers and labels that Excel reads as UTF-8", async () => {
    const { communityId, unitId } = await givenTwoUnits();

    const response = await fetch(`${ctx.testApi.url}${auditPath(communityId, "&format=csv")}`, {
      headers: { authorization: `Bearer ${ctx.api.token}` },
    });

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="audit-/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trimEnd().split("\r\n");
    expect(lines[0]).toBe("时间,操作人,操作,事件类型,对象,单位,日志序号");
    expect(lines).toHaveLength(5);
    expect(lines.some((line) => line.includes(`登记驻区单位,UnitRegistered,unit-${unitId}`))).toBe(true);
  });

  it("given staff of another community or a unit's liaison, then the audit is refused", async () => {
    const { communityId, unitId } = await givenTwoUnits();
    const other = await givenUnit(ctx.api);
    const outsider = await ctx.testApi.clientWith([
      { role: "community_staff", communityId: other.communityId },
    ]);
    const liaison = await ctx.testApi.clientWith([{ role: "unit_liaison", unitId }]);

    expect((await outsider.get(auditPath(communityId))).status).toBe(403);
    expect((await liaison.get(auditPath(communityId))).status).toBe(403);
    expect((await ctx.anonymous.get(auditPath(communityId))).status).toBe(401);
  });

  it("given a street's audit, then street-wide work is there and only its admin may read it", async () => {
    const { communityId } = await givenTwoUnits();
    const staff = await ctx.testApi.clientWith([{ role: "community_staff", communityId }]);
    const path = `/api/streets/test-street/audit?from=${day()}&to=${day()}`;

    const admin = await ctx.api.get(path);

    expect(admin.status).toBe(200);
    expect((await staff.get(path)).status).toBe(403);
  });

  it("given a period the wrong way round, too long, or an unknown kind, then 400 naming the field", async () => {
    const { communityId } = await givenTwoUnits();
    const base = `/api/communities/${communityId}/audit`;

    const cases = [
      [`${base}?from=2025-02-01&to=2025-01-01`, "to", "to_before_from"],
      [`${base}?from=2025-01-01&to=2025-12-31`, "from", "period_too_long"],
      [`${base}?type=NoSuchThing`, "type", undefined],
    ] as const;
    for (const [path, field, code] of cases) {
      const problem = expectProblem(await ctx.api.get(path), { status: 400, code: "invalid_request", field });
      if (code) expect(problem.errors?.[0]?.code).toBe(code);
    }
  });
});
