import type { MemberRecord, TeamBoard } from "@cobuild/boards";
import type { Page, Response } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client.ts";
import { browserAvailable } from "../support/browser.ts";
import { boardData, GUANGMING } from "../support/demo-data.ts";
import { openAs, readNumber, screenshotBoth, useDemoApp, waitForLive } from "../support/e2e-app.ts";
import { releaseTogether } from "../support/request-gate.ts";
import { givenPost, givenSecondTeam } from "../support/team-setup.ts";

const POSTS = `/communities/${GUANGMING}/posts`;
/** The demo leader's team (义务联防队). */
const PATROL = "t-patrol";

/** The claim form of one post, found by the name it announces. */
const claimForm = (page: Page, post: string) => page.getByRole("form", { name: `认领「${post}」名额` });

/** The post's card in the list, found by its heading. */
const postCard = (page: Page, post: string) =>
  page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: post, exact: true }) });

describe.skipIf(!browserAvailable())("teams and posts in a real browser", () => {
  const app = useDemoApp();

  it("given two leaders on a post's last place, when both claim at the same moment, then exactly one gets it, the other is told it is already taken, and both see the post full", async () => {
    const admin = await ApiClient.as(app.url, "admin");
    const second = await givenSecondTeam(admin, "东区环境");
    const post = `最后一个名额的巡逻岗 ${Date.now()}`;
    await givenPost(admin, post, 1);
    const patrol = await boardData<TeamBoard>(admin, `team:${PATROL}`);
    const patrolMember = Object.values(patrol.roster).find((m) => m.personId !== patrol.leaderId);
    if (!patrolMember) throw new Error("the demo patrol team has no member besides its leader");

    const first = await openAs(app, "leader", POSTS);
    const other = await openAs(app, second.leaderUsername, POSTS);
    for (const page of [first.page, other.page]) await waitForLive(page);
    await claimForm(first.page, post).getByLabel("为谁认领").selectOption({ label: patrolMember.name });
    await claimForm(other.page, post).getByLabel("为谁认领").selectOption({ label: second.member.name });

    // Both requests leave together, as if both leaders clicked before either page heard of the other.
    await releaseTogether([first.page, other.page], /\/api\/posts\/[^/]+\/claims$/);
    const claimAnswer = (page: Page) =>
      page.waitForResponse((r) => r.url().includes("/claims") && r.request().method() === "POST");
    const answers: Promise<Response>[] = [claimAnswer(first.page), claimAnswer(other.page)];
    await Promise.all([
      claimForm(first.page, post).getByRole("button", { name: "认领名额" }).click(),
      claimForm(other.page, post).getByRole("button", { name: "认领名额" }).click(),
    ]);
    const statuses = await Promise.all(answers.map(async (a) => (await a).status()));
    expect([...statuses].sort()).toEqual([201, 409]);

    const [winner, loser] = statuses[0] === 201 ? [first.page, other.page] : [other.page, first.page];
    const winnerName = winner === first.page ? patrolMember.name : second.member.name;
    await claimForm(loser, post).getByRole("alert").filter({ hasText: "该岗位名额已被认领完" }).waitFor();
    await claimForm(winner, post)
      .getByRole("status")
      .filter({ hasText: `已为 ${winnerName} 认领` })
      .waitFor();
    for (const page of [winner, loser]) {
      const card = postCard(page, post);
      await card.getByText("剩余 0 个名额，共 1 个", { exact: true }).waitFor();
      await card.getByText("已满", { exact: true }).waitFor();
      await card.getByRole("listitem").filter({ hasText: winnerName }).waitFor();
    }
    await screenshotBoth(loser, "posts-race-loser", { focus: claimForm(loser, post) });
    await first.context.close();
    await other.context.close();
  });

  it("given the patrol leader on their team page, when they log hours for a member, then the entry appears as pending", async () => {
    const { context, page } = await openAs(app, "leader", `/teams/${PATROL}`);
    await waitForLive(page);
    const roster = page.getByRole("list", { name: "队员名册" });
    await roster.getByRole("listitem").first().waitFor();
    const team = await boardData<TeamBoard>(await ApiClient.as(app.url, "leader"), `team:${PATROL}`);
    expect(await roster.getByRole("listitem").count()).toBe(Object.keys(team.roster).length);
    const member = Object.values(team.roster).find(
      (m) => m.personId !== team.leaderId && m.pendingHours === 0,
    );
    if (!member) throw new Error("no patrol member without pending hours");
    const pendingKpi = page
      .getByRole("region", { name: "服务队概况" })
      .locator(".kpi", { hasText: "待审核时长" })
      .locator(".kpi-value");
    const pendingBefore = readNumber(await pendingKpi.textContent());

    const form = page.getByRole("form", { name: "登记服务时长" });
    await form.getByLabel("队员").selectOption({ label: member.name });
    await form.getByLabel("时长（小时）").fill("2.5");
    const activity = `夜间巡逻 ${Date.now()}`;
    await form.getByLabel("服务内容").fill(activity);
    await form.getByRole("button", { name: "登记时长" }).click();
    await form.getByRole("status").waitFor();

    const pending = page
      .getByRole("region", { name: "待审核的服务时长" })
      .getByRole("listitem")
      .filter({ hasText: activity });
    await pending.waitFor();
    await expect.poll(() => pending.textContent()).toContain("待审核");
    await expect.poll(() => pending.textContent()).toContain(member.name);
    await roster
      .getByRole("listitem")
      .filter({ hasText: member.name })
      .getByText(/待审核\s*2\.5/)
      .waitFor();
    await expect.poll(async () => readNumber(await pendingKpi.textContent())).toBe(pendingBefore + 2.5);
    await screenshotBoth(page, "team-leader", { focus: pending });
    await context.close();
  });

  it("given a member, when they open my record from the home page, then their teams, hours and claims show", async () => {
    const api = await ApiClient.as(app.url, "member");
    const { context, page } = await openAs(app, "member", "/");
    await page.getByRole("link", { name: "我的记录" }).first().click();
    await page.waitForURL(/\/people\/m-01-1$/);
    const record = await boardData<MemberRecord>(api, "member:m-01-1");
    await page.getByRole("heading", { name: record.name, level: 1 }).waitFor();

    const teams = page.getByRole("region", { name: /服务队$/ });
    for (const team of Object.values(record.teams)) await teams.getByText(team.name).first().waitFor();
    const claims = page.getByRole("region", { name: "认领的岗位" });
    expect(Object.keys(record.claims).length).toBeGreaterThan(0);
    for (const claim of Object.values(record.claims).filter((c) => c.releasedOn === null)) {
      await claims.getByText(claim.postName).first().waitFor();
    }
    const figure = (label: string) => page.locator("dt", { hasText: label }).locator("+ dd");
    expect(readNumber(await figure("待审核时长").textContent())).toBe(record.hours.pending);
    expect(readNumber(await figure("已认定时长").textContent())).toBe(record.hours.approved);
    await screenshotBoth(page, "member-record");
    await context.close();
  });
});
