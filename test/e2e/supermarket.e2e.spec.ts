import type { SupermarketBoard } from "@cobuild/boards";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client.ts";
import { browserAvailable } from "../support/browser.ts";
import { boardData, GUANGMING, localToday } from "../support/demo-data.ts";
import { openAs, PHONE, screenshotBoth, useDemoApp, waitForLive } from "../support/e2e-app.ts";

const COUNTER = `/communities/${GUANGMING}/counter`;

interface ResidentSummary {
  residentId: string;
  name: string;
  approved: boolean;
}

/** An approved resident whose name no other resident shares, so finding them by name is unambiguous. */
async function approvedResident(keeper: ApiClient): Promise<ResidentSummary> {
  const answer = await keeper.get(`/api/communities/${GUANGMING}/residents`);
  expect(answer.status).toBe(200);
  const { residents } = answer.body as { residents: ResidentSummary[] };
  const unique = residents.filter(
    (r) => r.approved && residents.every((o) => o === r || !o.name.includes(r.name)),
  );
  const resident = unique.at(-1);
  if (!resident) throw new Error("the demo has no approved resident with a unique name");
  return resident;
}

/** Finds the resident at the counter by typing their name and picking them from the matches. */
async function pickResident(page: Page, name: string) {
  await page.getByRole("searchbox", { name: "查找困难居民" }).fill(name);
  await page
    .getByRole("list", { name: "查找结果" })
    .getByRole("button", { name: new RegExp(`^${name}`) })
    .click();
  await page.getByTestId("handout-resident").filter({ hasText: name }).waitFor();
}

describe.skipIf(!browserAvailable())("the love supermarket counter in a real browser", () => {
  const app = useDemoApp();

  it("given an approved resident at the counter, when the keeper hands out goods, then it is recorded and the stock drops; asking for more than the stock is refused in Chinese", async () => {
    const keeper = await ApiClient.as(app.url, "keeper");
    const resident = await approvedResident(keeper);
    const stockOf = async (itemId: string) =>
      (await boardData<SupermarketBoard>(keeper, `supermarket:${GUANGMING}`)).items[itemId]?.stock ??
      Number.NaN;
    const items = (await boardData<SupermarketBoard>(keeper, `supermarket:${GUANGMING}`)).items;
    const coat = items.coat;
    // Something in stock but scarce, to ask for one more than there is.
    const scarce = Object.values(items)
      .filter((i) => i.stock > 0 && i.itemId !== "coat")
      .sort((a, b) => a.stock - b.stock)[0];
    if (!coat || !scarce) throw new Error("the demo catalogue lacks coats or a scarce item");

    const { context, page } = await openAs(app, "keeper", COUNTER);
    await waitForLive(page);
    await page.getByRole("tab", { name: "发放物资" }).click();
    const form = page.getByRole("form", { name: "发放物资" });
    await pickResident(page, resident.name);
    await form.getByRole("combobox", { name: /^物品/ }).first().selectOption({ value: "coat" });
    await form.getByRole("textbox", { name: /^数量/ }).first().fill("1");
    await form.getByRole("button", { name: "确认发放" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `已发放给 ${resident.name}` })
      .waitFor();
    await expect.poll(() => stockOf("coat")).toBe(coat.stock - 1);
    const stockPanel = page.getByRole("complementary", { name: "当前库存" });
    const coatsLeft = (coat.stock - 1).toLocaleString("en");
    await stockPanel
      .getByRole("listitem")
      .filter({ hasText: new RegExp(`冬季棉衣\\s*${coatsLeft}\\s*件`) })
      .waitFor();
    await screenshotBoth(page, "counter-handout-done");

    await page.getByRole("button", { name: "下一位" }).click();
    await pickResident(page, resident.name);
    await form.getByRole("combobox", { name: /^物品/ }).first().selectOption({ value: scarce.itemId });
    await form
      .getByRole("textbox", { name: /^数量/ })
      .first()
      .fill(String(scarce.stock + 1));
    const refused = page.waitForResponse(
      (r) => r.url().includes("/handouts") && r.request().method() === "POST",
    );
    await form.getByRole("button", { name: "确认发放" }).click();
    expect((await refused).status()).toBe(409);
    const refusal = form.getByRole("alert").filter({ hasText: "库存不足" });
    await refusal.waitFor();
    await expect
      .poll(() => refusal.textContent())
      .toContain(`${scarce.name} 要 ${scarce.stock + 1}，只有 ${scarce.stock}`);
    expect(await stockOf(scarce.itemId)).toBe(scarce.stock);
    await screenshotBoth(page, "counter-stock-short", { focus: refusal });
    await context.close();
  });

  it("given a receipt issued in error, when the keeper voids it on a phone with a reason, then stock and totals drop and the board shows it struck through with the reason", async () => {
    const keeper = await ApiClient.as(app.url, "keeper");
    const board = () => boardData<SupermarketBoard>(keeper, `supermarket:${GUANGMING}`);
    const before = await board();
    const coats = before.items.coat?.stock ?? Number.NaN;
    const year = localToday().slice(0, 4);
    const money = before.years[year]?.money ?? 0;
    const { receiptNo } = (await keeper.command(`/api/communities/${GUANGMING}/supermarket/donations`, {
      receivedOn: localToday(),
      donor: { kind: "person", name: "误登记" },
      lines: [{ itemId: "coat", quantity: 2 }],
      money: 88,
    })) as { receiptNo: string };
    await expect.poll(async () => (await board()).items.coat?.stock).toBe(coats + 2);

    const { context, page } = await openAs(app, "keeper", `${COUNTER}?tab=receipts`, PHONE);
    await waitForLive(page);
    const entry = page.getByRole("listitem").filter({ hasText: receiptNo });
    await entry.getByRole("button", { name: `作废收据 ${receiptNo}` }).click();
    const dialog = page.getByRole("dialog", { name: `作废收据 ${receiptNo}？` });
    await dialog.getByRole("button", { name: "确认作废" }).click();
    // Without a reason nothing is sent: the field says it is required.
    await dialog.getByRole("alert").filter({ hasText: "必填" }).waitFor();
    await dialog.getByRole("textbox", { name: "作废原因" }).fill("重复登记");
    await screenshotBoth(page, "counter-void-dialog");
    await dialog.getByRole("button", { name: "确认作废" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `收据 ${receiptNo} 已作废` })
      .waitFor();
    await dialog.waitFor({ state: "detached" });
    await entry.getByText("作废原因：重复登记").waitFor();

    await expect.poll(async () => (await board()).items.coat?.stock).toBe(coats);
    const after = await board();
    expect(after.years[year]?.money).toBe(money);
    expect(after.recentIntake.find((i) => i.receiptNo === receiptNo)?.voided).toMatchObject({
      reason: "重复登记",
    });
    await page.goto(`${app.url}/communities/${GUANGMING}/supermarket`);
    const listed = page.getByRole("listitem").filter({ hasText: receiptNo });
    await listed.getByText("已作废").waitFor();
    await listed.getByText("作废原因：重复登记").waitFor();
    await screenshotBoth(page, "board-voided-receipt", { focus: listed });
    await context.close();
  });
});
