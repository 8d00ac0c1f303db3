import type { UnitLedger } from "@cobuild/boards";
import { describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client.ts";
import { artifactPath, browserAvailable } from "../support/browser.ts";
import { boardData, GUANGMING, localToday, openCommitments } from "../support/demo-data.ts";
import { openAs, PHONE, screenshotBoth, useDemoApp, waitForLive, watchPolicy } from "../support/e2e-app.ts";

/** 光明小学, the demo liaison's unit. */
const LIAISON_UNIT = "gm-u01";

describe.skipIf(!browserAvailable())("a liaison's and community staff's pages in a real browser", () => {
  const app = useDemoApp();

  it("given a liaison on a phone, when they record a donation from their ledger, then it waits for the keeper, who confirms it at the counter, and the ledger shows its receipt number", async () => {
    const { context, page } = await openAs(app, "liaison", `/units/${LIAISON_UNIT}`, PHONE);
    await waitForLive(page);
    await page.getByRole("link", { name: "登记捐赠" }).click();
    await page.getByRole("heading", { name: "登记捐赠" }).waitFor();
    await page.getByText("确认后出具收据号").first().waitFor();
    await page.getByRole("combobox", { name: "第 1 项物品" }).selectOption({ label: "冬季棉衣（件）" });
    await page.getByRole("textbox", { name: "第 1 项数量" }).fill("12");
    // A sum no demo donation has, to find this one in the keeper's queue.
    const money = 300 + (Date.now() % 500);
    await page.getByRole("textbox", { name: "捐款金额（元，可选）" }).fill(String(money));
    const note = `冬衣募捐 ${Date.now()}`;
    await page.getByRole("textbox", { name: "备注（可选）" }).fill(note);
    await page.getByRole("button", { name: "提交捐赠" }).click();

    const saved = page.getByRole("status").filter({ hasText: "等待爱心超市管理员确认收到" });
    await saved.waitFor();
    expect(await saved.getByTestId("receipt-no").count()).toBe(0);
    const liaisonApi = await ApiClient.as(app.url, "liaison");
    const waiting = Object.values(
      (await boardData<UnitLedger>(liaisonApi, `unit:${LIAISON_UNIT}`)).donations,
    ).find((d) => d.note === note);
    expect(waiting).toMatchObject({ status: "pending", receiptNo: null });
    await screenshotBoth(page, "donation-pending");
    await saved.getByRole("link", { name: "返回台账" }).click();
    await page.waitForURL(new RegExp(`/units/${LIAISON_UNIT}$`));
    const entry = page.getByRole("listitem").filter({ hasText: note });
    await entry.getByText("待确认").waitFor();

    const keeper = await openAs(app, "keeper", `/communities/${GUANGMING}/counter`, PHONE);
    await waitForLive(keeper.page);
    await keeper.page.getByRole("tab", { name: /^待确认/ }).click();
    const queued = keeper.page
      .getByRole("list", { name: "待确认" })
      .getByRole("listitem")
      .filter({ hasText: `¥${money}` });
    await queued.getByRole("button", { name: /^确认收到：/ }).click();
    await screenshotBoth(keeper.page, "counter-accept-donation", { focus: queued });
    await queued.getByRole("button", { name: "确认收到，出具收据" }).click();
    const accepted = keeper.page.getByRole("status").filter({ hasText: "已确认收到" });
    await accepted.waitFor();
    const receiptNo = (await accepted.getByTestId("receipt-no").textContent())?.trim() ?? "";
    expect(receiptNo).toMatch(/^\d{4}-\d{5}$/);
    await keeper.context.close();

    await entry.getByText(`收据号 ${receiptNo}`).waitFor();
    const received = Object.values(
      (await boardData<UnitLedger>(liaisonApi, `unit:${LIAISON_UNIT}`)).donations,
    ).find((d) => d.note === note);
    expect(received).toMatchObject({ status: "received", receiptNo });
    await context.close();
  });

  it("given a contribution waiting for verification, when staff verify it in the queue, then it leaves the queue and counts as verified", async () => {
    const staff = await ApiClient.as(app.url, "staff");
    const [target] = await openCommitments(staff);
    if (!target) throw new Error("the demo has no open commitment");
    const note = `待核实 e2e ${Date.now()}`;
    const logged = (await staff.command(`/api/agreements/${target.agreementId}/contributions`, {
      agreementId: target.agreementId,
      commitmentId: target.commitmentId,
      quantity: 1,
      date: localToday(),
      participants: 2,
      note,
    })) as { contributionId: string };

    const { context, page } = await openAs(app, "staff", `/communities/${GUANGMING}/verify`);
    await waitForLive(page);
    const queue = page.getByRole("list", { name: "待核实贡献" });
    const item = queue.getByRole("listitem").filter({ hasText: note });
    await item.waitFor();
    const heading = page.getByRole("heading", { name: /^待核实贡献/ });
    const waiting = async () => Number(/（(\d+)）/.exec((await heading.textContent()) ?? "")?.[1]);
    const before = await waiting();
    await screenshotBoth(page, "verify-queue", { focus: item });

    await item.getByRole("button", { name: /^核实：/ }).click();
    await item.waitFor({ state: "detached" });
    await page.getByRole("status").filter({ hasText: "已核实" }).waitFor();
    await expect.poll(waiting).toBe(before - 1);
    const ledger = await boardData<UnitLedger>(staff, `unit:${target.unitId}`);
    const verified = Object.values(ledger.contributions).find(
      (c) => c.agreementId === target.agreementId && c.contributionId === logged.contributionId,
    );
    expect(verified?.verification).toBe("verified");
    await context.close();
  });

  it("given staff on the units page, when they register a unit through the form, then it joins the list", async () => {
    const { context, page } = await openAs(app, "staff", `/communities/${GUANGMING}/setup/units`);
    await waitForLive(page);
    const list = page.getByRole("list", { name: "驻区单位列表" });
    await list.getByRole("heading").first().waitFor();
    const before = await list.getByRole("heading", { level: 3 }).count();

    await page.getByRole("button", { name: "登记驻区单位" }).click();
    const form = page.getByRole("form", { name: "登记驻区单位" });
    const name = `光明街口药房 ${Date.now() % 100_000}`;
    await form.getByLabel("单位名称").fill(name);
    await form.getByLabel("单位类型").selectOption({ label: "企业" });
    await form.getByLabel("在职党员人数").fill("4");
    await form.getByLabel("单位党组织").fill("街口药房党支部");
    await screenshotBoth(page, "setup-unit-form", { focus: form });
    await form.getByRole("button", { name: "登记", exact: true }).click();

    await page
      .getByRole("status")
      .filter({ hasText: `已登记：${name}` })
      .waitFor();
    await list.getByRole("heading", { name, exact: true }).waitFor();
    expect(await list.getByRole("heading", { level: 3 }).count()).toBe(before + 1);
    await context.close();
  });

  it("given a password staff reset, when its holder logs in, then they must choose a new one first, and it works from then on", async () => {
    const admin = await ApiClient.as(app.url, "admin");
    expect(
      (await admin.put("/api/accounts/member/password", { newPassword: "reset-by-staff-1" })).status,
    ).toBe(200);
    const context = await app.browser.newContext(PHONE);
    await watchPolicy(context, app.policyViolations);
    const page = await context.newPage();
    await page.goto(`${app.url}/login`);
    await page.getByLabel("用户名").fill("member");
    await page.getByLabel("密码").fill("reset-by-staff-1");
    await page.getByRole("button", { name: "登录" }).click();

    await page.waitForURL(/\/account\/password/);
    await page.getByRole("status").filter({ hasText: "密码已由工作人员重置" }).waitFor();
    await page.screenshot({ path: artifactPath("password-forced-phone.png"), fullPage: true });
    await page.getByLabel("当前密码").fill("reset-by-staff-1");
    await page.getByLabel("新密码（至少 8 位）").fill("chosen-by-member-1");
    await page.getByLabel("再次输入新密码").fill("chosen-by-member-1");
    await page.getByRole("button", { name: "保存新密码" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/account/password"));

    const again = await fetch(`${app.url}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "member", password: "chosen-by-member-1" }),
    });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { mustChangePassword: boolean }).mustChangePassword).toBe(false);
    await context.close();
  });
});
