import { describe, expect, it } from "vitest";
import { browserAvailable } from "../support/browser.ts";
import { GUANGMING } from "../support/demo-data.ts";
import { openAs, PHONE, screenshotBoth, useDemoApp, waitForLive } from "../support/e2e-app.ts";

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
});
