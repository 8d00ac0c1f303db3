import { describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client.ts";
import { artifactPath, browserAvailable } from "../support/browser.ts";
import { GUANGMING, localToday, openCommitments } from "../support/demo-data.ts";
import { pageAs, readNumber, useDemoApp, waitForLive } from "../support/e2e-app.ts";
import { SocketCut } from "../support/socket-cut.ts";

const BOARD = `/communities/${GUANGMING}/board`;
/** How many changes happen while the board is cut off. */
const MISSED = 3;

describe.skipIf(!browserAvailable())("the live board through a dropped connection", () => {
  const app = useDemoApp();

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
