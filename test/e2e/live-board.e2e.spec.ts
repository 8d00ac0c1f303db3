import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifactPath, browserAvailable, launchBrowser } from "../support/browser.ts";
import { type ServerProcess, startServerProcess } from "../support/server-process.ts";

const PHONE = {
  viewport: { width: 375, height: 740 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
  locale: "zh-CN",
};

/** Logs in on the login page the app sent us to, then waits to be sent back. */
async function logIn(page: Page, username: string) {
  await page.waitForURL(/\/login\?next=/);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill("cobuild-demo");
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

describe.skipIf(!browserAvailable())("live board in a real browser", () => {
  let server: ServerProcess;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServerProcess({ SEED_DEMO: "true" }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("given the board open on a wall screen, when a liaison logs a contribution on a phone, then the board shows it within a second without reloading", async () => {
    const board = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: "zh-CN" });
    await board.goto(`${server.url}/`);
    // The home page goes straight to the only community's board.
    await board.waitForURL(/\/communities\/guangming\/board$/);
    await board.locator('[data-testid="connection"][data-state="live"]').waitFor();
    await board.getByRole("heading", { name: "共驻共建协议进度" }).waitFor();
    const contributionsBefore = await board
      .getByTestId("kpi-contributions")
      .locator(".kpi-value")
      .textContent();
    // Survives only if the page is never reloaded.
    await board.evaluate(() => {
      document.body.dataset.sameDocument = "yes";
    });
    await board.screenshot({ path: artifactPath("board-desktop.png"), fullPage: true });

    const phoneContext = await browser.newContext(PHONE);
    const phone = await phoneContext.newPage();
    await phone.goto(`${server.url}/communities/guangming/log`);
    await logIn(phone, "staff");
    await phone.getByRole("heading", { name: "登记贡献" }).waitFor();
    await phone.getByLabel("单位").selectOption({ label: "区园林绿化管理所" });
    await phone.getByLabel("承诺事项").selectOption({ index: 1 });
    await phone.getByLabel(/数量/).fill("7");
    await phone.getByLabel("参与人数").fill("5");
    const note = `e2e 补植银杏 ${Date.now()}`;
    await phone.getByLabel("备注（可选）").fill(note);
    await phone.screenshot({ path: artifactPath("log-phone-filled.png"), fullPage: true });

    const accepted = phone.waitForResponse(
      (r) => r.url().includes("/contributions") && r.request().method() === "POST",
    );
    await phone.getByRole("button", { name: "提交" }).click();
    expect((await accepted).status()).toBe(201);
    // From the moment the server accepted it, the board has one second to show it.
    await board.getByTestId("recent-item").first().filter({ hasText: note }).waitFor({ timeout: 1_000 });

    await phone.getByRole("status").waitFor();
    await phone.screenshot({ path: artifactPath("log-phone-saved.png"), fullPage: true });
    expect(await board.evaluate(() => document.body.dataset.sameDocument)).toBe("yes");
    const contributionsAfter = await board
      .getByTestId("kpi-contributions")
      .locator(".kpi-value")
      .textContent();
    expect(Number(contributionsAfter?.replaceAll(",", ""))).toBe(
      Number(contributionsBefore?.replaceAll(",", "")) + 1,
    );
    await board.screenshot({ path: artifactPath("board-after-contribution.png"), fullPage: true });
    await phoneContext.close();
  });

  it("given a phone-size form, when a future date is entered, then the field error is shown in Chinese and nothing is logged", async () => {
    const context = await browser.newContext(PHONE);
    const phone = await context.newPage();
    await phone.goto(`${server.url}/communities/guangming/log`);
    await logIn(phone, "staff");
    await phone.getByLabel("单位").selectOption({ label: "区园林绿化管理所" });
    await phone.getByLabel("承诺事项").selectOption({ index: 1 });
    await phone.getByLabel(/数量/).fill("3");
    await phone.getByLabel("日期").fill("2099-01-01");
    const refused = phone.waitForResponse((r) => r.url().includes("/contributions"));
    await phone.getByRole("button", { name: "提交" }).click();
    expect((await refused).status()).toBe(400);
    await expect(phone.getByTestId("error-date").textContent()).resolves.toBe("日期不能晚于今天");
    await phone.screenshot({ path: artifactPath("log-phone-refused.png"), fullPage: true });

    await phone.getByRole("button", { name: "English" }).click();
    await phone.getByRole("heading", { name: "Log a contribution" }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.lang)).toBe("en");
    await expect(phone.getByTestId("error-date").textContent()).resolves.toBe(
      "The date cannot be after today",
    );
    await phone.screenshot({ path: artifactPath("log-phone-english.png"), fullPage: true });
    await context.close();
  });
});
