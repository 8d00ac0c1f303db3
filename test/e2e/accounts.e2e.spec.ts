import { describe, expect, it } from "vitest";
import { browserAvailable } from "../support/browser.ts";
import { GUANGMING } from "../support/demo-data.ts";
import { openAs, PHONE, screenshotBoth, useDemoApp, waitForLive } from "../support/e2e-app.ts";

describe.skipIf(!browserAvailable())("account administration and the audit trail in a real browser", () => {
  const app = useDemoApp();

  it("given community staff on a phone, when they open an account, give and revoke a role and reset its password, then the holder must choose a new password and the audit trail shows each step", async () => {
    const { context, page } = await openAs(app, "staff", `/communities/${GUANGMING}/setup`, PHONE);
    await waitForLive(page);
    await page.getByRole("link", { name: /^账号与角色/ }).click();
    await page.getByRole("heading", { name: "账号与角色" }).waitFor();

    // Open an account for a new liaison of 光明小学.
    const username = `e2e.liaison.${Date.now() % 1_000_000}`;
    await page.getByRole("button", { name: "开设账号" }).click();
    const form = page.getByRole("form", { name: "开设账号" });
    await form.getByLabel("姓名").fill("新联络员");
    await form.getByLabel("用户名").fill(username);
    await form.getByLabel("初始密码").fill("first-password-1");
    await form.getByLabel("角色").selectOption({ label: "单位联络员" });
    await form.getByLabel("所属单位").selectOption({ label: "光明小学" });
    await form.getByRole("button", { name: "开设", exact: true }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `已开设账号：新联络员（${username}）` })
      .waitFor();
    const card = page.getByTestId(`account-${username}`);
    await card.getByText("单位联络员 · 光明小学").waitFor();

    // Give a second role, then take it back.
    await card.getByRole("button", { name: "授予角色" }).click();
    await card.getByRole("combobox", { name: "角色" }).selectOption({ label: "爱心超市管理员" });
    await card.getByRole("button", { name: "授予", exact: true }).click();
    await card.getByText("爱心超市管理员", { exact: true }).waitFor();
    await card.getByRole("button", { name: "撤销新联络员的角色：爱心超市管理员" }).click();
    await screenshotBoth(page, "accounts-revoke", { focus: card });
    await card.getByRole("button", { name: "撤销", exact: true }).click();
    await card.getByText("爱心超市管理员", { exact: true }).waitFor({ state: "detached" });
    expect(await card.getByText("单位联络员 · 光明小学").count()).toBe(1);

    // Reset the password: the board marks it pending at once.
    await card.getByRole("button", { name: "重置密码" }).click();
    await card.getByLabel("新的临时密码").fill("temporary-pass-2");
    await card.getByRole("button", { name: "重置", exact: true }).click();
    await card.getByRole("status").filter({ hasText: "下次登录时必须设置自己的新密码" }).waitFor();
    await card.getByText("待本人修改密码").waitFor();

    // The holder logs in with the temporary password and is sent to choose their own first.
    const holder = await app.browser.newContext(PHONE);
    const holderPage = await holder.newPage();
    await holderPage.goto(`${app.url}/login`);
    await holderPage.getByLabel("用户名").fill(username);
    await holderPage.getByLabel("密码").fill("temporary-pass-2");
    await holderPage.getByRole("button", { name: "登录" }).click();
    await holderPage.waitForURL(/\/account\/password/);
    await holderPage.getByText("您的密码已由工作人员重置").waitFor();
    await holder.close();

    // The audit trail names the staff member for each step, and exports the same as CSV.
    await page.goto(`${app.url}/communities/${GUANGMING}/setup/audit`);
    await page.getByLabel("操作人").selectOption({ value: "staff" });
    const entries = page.getByRole("list", { name: "操作记录列表" });
    for (const step of ["创建账号", "授予角色", "撤销角色", "修改或重置密码"]) {
      await entries.getByText(step).first().waitFor();
    }
    expect(
      await entries
        .getByRole("listitem")
        .filter({ hasText: `account-${username}` })
        .count(),
    ).toBe(4);
    await screenshotBoth(page, "audit-trail");
    const href = await page.getByRole("link", { name: /^导出 CSV/ }).getAttribute("href");
    const csv = await context.request.get(`${app.url}${href}`);
    expect(csv.headers()["content-type"]).toMatch(/^text\/csv/);
    const rows = (await csv.text()).split("\r\n").filter((row) => row.includes(`account-${username}`));
    expect(rows).toHaveLength(4);
    expect(rows.every((row) => row.includes(",staff,"))).toBe(true);
    await context.close();
  });

  it("given the street admin, when they open a street-wide meeting member's account on the street's page, then it is listed there and their own account cannot be revoked from it", async () => {
    const { context, page } = await openAs(app, "admin", "/streets/dongfeng/accounts");
    await page.getByRole("heading", { name: "街道级角色" }).waitFor();
    await page.getByTestId("account-admin").getByText("这是您自己的账号").waitFor();
    expect(await page.getByTestId("account-admin").getByRole("button").count()).toBe(0);

    const username = `e2e.street.${Date.now() % 1_000_000}`;
    await page.getByRole("button", { name: "开设账号" }).click();
    const form = page.getByRole("form", { name: "开设账号" });
    await form.getByLabel("姓名").fill("街道联席会议委员");
    await form.getByLabel("用户名").fill(username);
    await form.getByLabel("初始密码").fill("first-password-1");
    await form.getByLabel("角色").selectOption({ label: "联席会议成员" });
    await form.getByRole("button", { name: "开设", exact: true }).click();
    await page.getByTestId(`account-${username}`).getByText("联席会议成员").waitFor();
    await context.close();
  });
});
