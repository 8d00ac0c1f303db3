import type { PledgesBoard } from "@cobuild/boards";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client.ts";
import { browserAvailable } from "../support/browser.ts";
import { boardData, GUANGMING } from "../support/demo-data.ts";
import { openAs, PHONE, screenshotBoth, useDemoApp, waitForLive } from "../support/e2e-app.ts";

/** The demo's `member` account is this in-service party member of 光明小学. */
const DEMO_MEMBER = "m-01-1";

/** The page fits the phone: nothing scrolls sideways. */
const fitsThePhone = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

/** Every control of a form is a thumb's size (44 px high) and no wider than the phone. */
async function touchSized(form: Locator) {
  const controls = form.locator("input, select, textarea, button");
  expect(await controls.count()).toBeGreaterThan(0);
  for (const control of await controls.all()) {
    const box = await control.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(375);
  }
}

describe.skipIf(!browserAvailable())("pledges (承诺 · 践诺 · 销号) in a real browser", () => {
  const app = useDemoApp();

  it("given community staff on a phone, when they record a member's pledge, its fulfilment and strike it off, then the card shows it struck off and the year's rate counts it", async () => {
    const { context, page } = await openAs(app, "staff", `/communities/${GUANGMING}/setup`, PHONE);
    await waitForLive(page);
    await page.getByRole("link", { name: /^承诺践诺/ }).click();
    await page.getByRole("heading", { name: "承诺践诺" }).waitFor();
    const rates = page.getByRole("region", { name: "践诺率" });

    const content = `为楼道老人代购药品 ${Date.now() % 1_000_000}`;
    await page.getByRole("button", { name: "登记承诺" }).click();
    const form = page.getByRole("form", { name: "登记承诺" });
    await form.getByLabel("承诺主体").selectOption({ label: "党员" });
    const member = form.getByLabel("党员", { exact: true });
    await expect.poll(async () => member.locator("option").count()).toBeGreaterThan(10);
    // The demo's first in-service member of 光明小学.
    await member.selectOption({ value: "m-01-1" });
    await form.getByLabel("承诺内容").fill(content);
    await form.getByLabel("类别").selectOption({ label: "关爱老人" });
    await form.getByLabel("承诺对象").selectOption({ label: "向党组织" });
    // A due date before the day it is made is refused on the field, in Chinese.
    await form.getByLabel("完成期限").fill("2000-01-01");
    await form.getByRole("button", { name: "登记", exact: true }).click();
    await form.getByText("完成期限不能早于承诺日期").waitFor();
    await form.getByLabel("完成期限").fill("2099-12-31");
    await form.getByRole("button", { name: "登记", exact: true }).click();
    await form.getByRole("status").filter({ hasText: "已登记承诺" }).waitFor();
    await form.getByRole("button", { name: "收起" }).click();

    const card = page.getByRole("listitem").filter({ hasText: content });
    await card.getByText("未践诺").waitFor();
    await card.getByRole("button", { name: "记录践诺" }).click();
    await card.getByLabel("践诺情况及佐证").fill("已代购三次，附收据照片");
    await card.getByRole("button", { name: "记录践诺" }).click();
    await card.getByText("待核实").waitFor();
    await card.getByText(/已代购三次/).waitFor();
    await screenshotBoth(page, "pledges-pending", { focus: card });
    await card.getByRole("button", { name: "核实销号" }).click();
    await card.getByText("已销号").waitFor();
    expect(await card.getByRole("button").count()).toBe(0);

    // The year's summary is for the current year; a pledge due in 2099 counts in 2099's.
    await rates.getByRole("combobox").selectOption("2099");
    await rates.getByText(/2099 年：承诺 1 项，已销号 1 项，践诺率 100%/).waitFor();
    await context.close();
  });

  it("given the demo party member on a phone, when they make a pledge on their record and record its fulfilment, then it waits for verification there, and staff see it to strike off", async () => {
    const { context, page } = await openAs(app, "member", `/people/${DEMO_MEMBER}`, PHONE);
    await waitForLive(page);
    const mine = page.getByRole("region", { name: "我的承诺" });
    await mine.getByRole("button", { name: "作出承诺" }).click();
    const form = mine.getByRole("form", { name: "作出承诺" });
    // The member pledges for themself: there is no one to pick.
    expect(await form.getByLabel("承诺主体").count()).toBe(0);
    await fitsThePhone(page);
    await touchSized(form);
    // One field to a line, each as wide as the form inside its padding.
    const formWidth = (await form.boundingBox())?.width ?? 0;
    for (const label of ["承诺内容", "类别", "承诺对象", "完成期限"]) {
      const box = await form.getByLabel(label).boundingBox();
      expect(box?.width).toBeGreaterThanOrEqual(formWidth - 32);
    }

    // Nothing filled in: each field says what it needs, in Chinese, before anything is sent.
    await form.getByRole("button", { name: "提交承诺" }).click();
    await form.getByTestId("error-pledge-content").getByText("必填").waitFor();
    await form.getByTestId("error-pledge-category").getByText("必填").waitFor();
    const content = `每周六上午在小区门口义务修自行车 ${Date.now() % 1_000_000}`;
    await form.getByLabel("承诺内容").fill(content);
    await form.getByLabel("类别").selectOption({ label: "为民服务" });
    await form.getByLabel("承诺对象").selectOption({ label: "向居民群众" });
    // The server refuses a due date before today on that field, in Chinese.
    await form.getByLabel("完成期限").fill("2000-01-01");
    await form.getByRole("button", { name: "提交承诺" }).click();
    await form.getByTestId("error-pledge-due").getByText("完成期限不能早于承诺日期").waitFor();
    await form.getByLabel("完成期限").fill("2099-12-31");
    await form.getByRole("button", { name: "提交承诺" }).click();
    await form.getByRole("status").filter({ hasText: "已作出承诺" }).waitFor();
    await screenshotBoth(page, "member-pledge-form", { focus: form });
    await form.getByRole("button", { name: "收起" }).click();

    // Newest first, open, with what it is and by when.
    const item = mine.getByRole("listitem").filter({ hasText: content });
    await item.getByText("未践诺").waitFor();
    await expect.poll(() => mine.getByRole("listitem").first().textContent()).toContain(content);
    await item.getByText("为民服务").waitFor();
    await item.getByText("期限 2099-12-31").waitFor();

    await item.getByRole("button", { name: "记录践诺" }).click();
    await fitsThePhone(page);
    await touchSized(item);
    await item.getByLabel("践诺情况及佐证").fill("已为居民修车十二辆，附签到表照片");
    await item.getByRole("button", { name: "记录践诺" }).click();
    await item.getByText("已践诺，待核实").waitFor();
    await item.getByText(/已为居民修车十二辆/).waitFor();
    // Verifying it is for staff: nothing left for the member to do on it.
    expect(await item.getByRole("button").count()).toBe(0);
    await fitsThePhone(page);
    await screenshotBoth(page, "member-pledge-pending", { focus: item });
    await context.close();

    // The server holds it as the member's own, in-service member's unit kept, waiting for staff.
    const api = await ApiClient.as(app.url, "staff");
    const board = await boardData<PledgesBoard>(api, `pledges:${GUANGMING}`);
    const held = Object.values(board.pledges).find((p) => p.content === content);
    expect(held?.pledger).toMatchObject({ kind: "member", personId: DEMO_MEMBER });
    expect(held?.status).toBe("fulfilment_pending");
    expect(held?.madeTo).toBe("residents");

    const staff = await openAs(app, "staff", `/communities/${GUANGMING}/setup/pledges`, PHONE);
    await staff.page.getByRole("heading", { name: "承诺践诺" }).waitFor();
    const card = staff.page.getByRole("listitem").filter({ hasText: content });
    await card.getByText("待核实").waitFor();
    await card.getByText(/已为居民修车十二辆/).waitFor();
    await card.getByRole("button", { name: "核实销号" }).waitFor();
    await staff.context.close();
  });
});
