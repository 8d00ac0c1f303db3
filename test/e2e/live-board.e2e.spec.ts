import type { PledgeRatesBoard, UnitLedger } from "@cobuild/boards";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ApiClient, freshId } from "../support/api-client.ts";
import { artifactPath, browserAvailable } from "../support/browser.ts";
import { boardData, GUANGMING, localToday, openCommitments } from "../support/demo-data.ts";
import {
  DESKTOP,
  logInThroughForm,
  openAs,
  PHONE,
  pageAs,
  readNumber,
  screenshotBoth,
  useDemoApp,
  waitForLive,
  watchPolicy,
} from "../support/e2e-app.ts";
import { SocketCut } from "../support/socket-cut.ts";

const BOARD = `/communities/${GUANGMING}/board`;
/** How many changes happen while the board is cut off. */
const MISSED = 3;
/** 光明小学, the demo liaison's unit. */
const LIAISON_UNIT = "gm-u01";

/** Every part of the live board the joint meeting looks at, as the regions screen readers list. */
const SECTIONS = [
  /^主要指标$/,
  /^逾期事项/,
  /^共驻共建协议进度$/,
  /^最新贡献$/,
  /^上次联席会议$/,
  /^本月志愿服务时长/,
  /^公益岗位$/,
  /^爱心超市$/,
  /^图表$/,
];

const contributionsShown = async (page: Page) =>
  readNumber(await page.getByTestId("kpi-contributions").locator(".kpi-value").textContent());

describe.skipIf(!browserAvailable())("the live board in a real browser", () => {
  const app = useDemoApp();

  it("given a meeting member, when they open the board, then every section shows, the connection is live, and the wall screen opens", async () => {
    const { context, page } = await openAs(app, "meeting", BOARD);
    await waitForLive(page);
    await expect(page.getByTestId("connection").textContent()).resolves.toContain("实时");
    for (const name of SECTIONS) await page.getByRole("region", { name }).first().waitFor();
    expect(await contributionsShown(page)).toBeGreaterThan(0);
    await page.getByTestId("recent-item").first().waitFor();
    await screenshotBoth(page, "board");

    await page.getByRole("link", { name: "大屏模式" }).click();
    await page.waitForURL(/\/communities\/guangming\/wall$/);
    await page.getByRole("link", { name: "退出大屏" }).waitFor();
    await page.getByRole("button", { name: "全屏" }).waitFor();
    await page.getByRole("region", { name: "主要指标" }).waitFor();
    await waitForLive(page);
    await page.getByTestId("recent-item").first().waitFor();
    await page.screenshot({ path: artifactPath("wall-desktop.png") });
    await context.close();
  });

  it("given the street admin on a phone, when staff make a pledge in a community, then the street board's pledge rates count it without reloading", async () => {
    const { context, page } = await openAs(app, "admin", "/streets/dongfeng/board", PHONE);
    await waitForLive(page);
    const rates = page.getByTestId("street-pledges");
    const wholeStreet = rates.getByRole("row", { name: /^全街道/ });
    const made = async () => readNumber(await wholeStreet.getByRole("cell").first().textContent());
    await wholeStreet.waitFor();
    const before = await made();
    // The same figure the street's live board of rates holds, for the year shown.
    const year = localToday().slice(0, 4);
    const admin = await ApiClient.as(app.url, "admin");
    const board = await boardData<PledgeRatesBoard>(admin, "pledge-rates:dongfeng");
    expect(before).toBe(board.years[year]?.total.made);
    const staff = await ApiClient.as(app.url, "staff");
    await staff.command(`/api/communities/${GUANGMING}/pledges`, {
      pledgeId: freshId("pledge"),
      communityId: GUANGMING,
      pledger: { kind: "committee" },
      content: "每月开放一次社区议事厅",
      category: "service",
      madeTo: "residents",
      dueOn: `${year}-12-31`,
    });
    await expect.poll(made).toBe(before + 1);
    await rates.getByRole("row", { name: /^社区两委/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await context.close();
  });

  it("given the board open, when a liaison logs a contribution on a phone, then the board shows it within a second without reloading", async () => {
    const board = await openAs(app, "meeting", BOARD);
    await waitForLive(board.page);
    await board.page.getByTestId("recent-item").first().waitFor();
    const before = await contributionsShown(board.page);
    // Survives only if the page is never reloaded.
    await board.page.evaluate(() => {
      document.body.dataset.sameDocument = "yes";
    });

    const phone = await openAs(app, "liaison", `/units/${LIAISON_UNIT}/log`, PHONE);
    await phone.page.getByRole("heading", { name: "登记贡献" }).waitFor();
    await phone.page.getByRole("radio", { disabled: false }).first().check();
    await phone.page.getByLabel(/^数量/).fill("2");
    await phone.page.getByLabel("参与人数").fill("6");
    const note = `周末开放操场 e2e ${Date.now()}`;
    await phone.page.getByLabel("备注（可选）").fill(note);
    await phone.page.screenshot({ path: artifactPath("log-phone-filled.png"), fullPage: true });

    const accepted = phone.page.waitForResponse(
      (r) => r.url().includes("/contributions") && r.request().method() === "POST",
    );
    await phone.page.getByRole("button", { name: "提交登记" }).click();
    expect((await accepted).status()).toBe(201);
    // From the moment the server accepted it, the board has one second to show it.
    await board.page.getByTestId("recent-item").first().filter({ hasText: note }).waitFor({ timeout: 1_000 });

    await phone.page.getByRole("status").filter({ hasText: "已登记" }).waitFor();
    await phone.page.screenshot({ path: artifactPath("log-phone-saved.png"), fullPage: true });
    expect(await board.page.evaluate(() => document.body.dataset.sameDocument)).toBe("yes");
    await expect.poll(() => contributionsShown(board.page)).toBe(before + 1);
    await board.page.screenshot({ path: artifactPath("board-after-contribution.png") });
    await phone.context.close();
    await board.context.close();
  });

  it("given the phone form, when a future date is entered, then the error is in Chinese, nothing is logged, and English translates it", async () => {
    const api = await ApiClient.as(app.url, "liaison");
    const ledgerCount = async () => (await boardData<UnitLedger>(api, `unit:${LIAISON_UNIT}`)).contributions;
    const before = Object.keys(await ledgerCount()).length;
    const { context, page } = await openAs(app, "liaison", `/units/${LIAISON_UNIT}/log`, PHONE);
    await page.getByRole("radio", { disabled: false }).first().check();
    await page.getByLabel(/^数量/).fill("3");
    await page.getByLabel("日期").fill("2099-01-01");
    await page.getByRole("button", { name: "提交登记" }).click();
    await expect.poll(() => page.getByTestId("error-date").textContent()).toBe("日期不能晚于今天");
    expect(Object.keys(await ledgerCount())).toHaveLength(before);
    await page.screenshot({ path: artifactPath("log-phone-refused.png"), fullPage: true });

    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "Log a contribution" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await expect
      .poll(() => page.getByTestId("error-date").textContent())
      .toBe("The date cannot be after today");
    await page.screenshot({ path: artifactPath("log-phone-english.png"), fullPage: true });
    await context.close();
  });

  it("given the phone form, when a quantity far beyond the commitment is entered, then it warns and logs nothing until the liaison confirms", async () => {
    const api = await ApiClient.as(app.url, "liaison");
    const ledgerCount = async () => (await boardData<UnitLedger>(api, `unit:${LIAISON_UNIT}`)).contributions;
    const before = Object.keys(await ledgerCount()).length;
    const { context, page } = await openAs(app, "liaison", `/units/${LIAISON_UNIT}/log`, PHONE);
    await page.getByRole("radio", { disabled: false }).first().check();
    await page.getByLabel(/^数量/).fill("10000000");
    await page.getByRole("button", { name: "提交登记" }).click();
    await expect.poll(() => page.getByTestId("error-quantity").textContent()).toMatch(/远超通常范围/);
    expect(Object.keys(await ledgerCount())).toHaveLength(before);
    await page.screenshot({ path: artifactPath("log-phone-implausible.png"), fullPage: true });

    await page.getByLabel("数字无误，确认提交").check();
    await page.getByRole("button", { name: "提交登记" }).click();
    await page.getByRole("button", { name: "再登记一条" }).waitFor();
    await expect.poll(async () => Object.keys(await ledgerCount()).length).toBe(before + 1);
    await context.close();
  });

  it("given nobody is logged in, when a board link is opened, then the login page asks first and sends them back to the board", async () => {
    const context = await app.browser.newContext(DESKTOP);
    await watchPolicy(context, app.policyViolations);
    const page = await context.newPage();
    await page.goto(`${app.url}${BOARD}`);
    await page.waitForURL(/\/login\?next=/);
    await page.getByRole("heading", { name: "登录" }).waitFor();
    await screenshotBoth(page, "login");
    await logInThroughForm(page, "meeting");
    expect(new URL(page.url()).pathname).toBe(BOARD);
    await waitForLive(page);
    await page.getByRole("region", { name: "共驻共建协议进度" }).waitFor();
    await context.close();
  });

  it("given the board open, when its connection is cut while contributions are logged, then it says it is offline and, once restored, shows every missed change without reloading", async () => {
    const { context, page } = await pageAs(app, "meeting");
    const scissors = await SocketCut.install(page);
    await page.goto(`${app.url}${BOARD}`);
    await waitForLive(page);
    const kpi = page.getByTestId("kpi-contributions").locator(".kpi-value");
    await page.getByTestId("recent-item").first().waitFor();
    const before = readNumber(await kpi.textContent());
    await page.evaluate(() => {
      document.body.dataset.sameDocument = "yes";
    });

    await scissors.cut();
    const banner = page.getByRole("alert").filter({ hasText: "连接已断开" });
    await banner.waitFor();
    await page.locator('[data-testid="connection"][data-state="offline"]').waitFor();

    // Staff log contributions for three units while the board hears nothing.
    const staff = await ApiClient.as(app.url, "staff");
    const byUnit = new Map((await openCommitments(staff)).map((c) => [c.unitId, c]));
    const targets = [...byUnit.values()].slice(0, MISSED);
    expect(targets).toHaveLength(MISSED);
    const notes: string[] = [];
    for (const [i, c] of targets.entries()) {
      const note = `断线期间登记 ${i + 1} · ${Date.now()}`;
      notes.push(note);
      await staff.command(`/api/agreements/${c.agreementId}/contributions`, {
        agreementId: c.agreementId,
        commitmentId: c.commitmentId,
        quantity: 1,
        date: localToday(),
        participants: 3,
        note,
      });
    }
    expect(readNumber(await kpi.textContent())).toBe(before);
    await banner.waitFor();
    await page.screenshot({ path: artifactPath("board-offline-desktop.png") });

    await scissors.restore();
    // socket.io retries with a growing delay (at most 5 s between tries); then the board fetches a fresh snapshot.
    await page.locator('[data-testid="connection"][data-state="live"]').waitFor({ timeout: 15_000 });
    await banner.waitFor({ state: "detached" });
    await expect.poll(async () => readNumber(await kpi.textContent())).toBe(before + MISSED);
    const newest = page.getByTestId("recent-item");
    for (const [i, note] of [...notes].reverse().entries()) {
      await expect.poll(() => newest.nth(i).textContent()).toContain(note);
    }
    expect(await page.evaluate(() => document.body.dataset.sameDocument)).toBe("yes");
    await page.screenshot({ path: artifactPath("board-restored-desktop.png") });
    await context.close();
  });
});
