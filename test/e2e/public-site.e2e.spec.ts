import { personalDataIn } from "@cobuild/api/testing";
import { describe, expect, it } from "vitest";
import { browserAvailable } from "../support/browser.ts";
import { GUANGMING } from "../support/demo-data.ts";
import { PHONE, screenshotBoth, useDemoApp, watchPolicy } from "../support/e2e-app.ts";

describe.skipIf(!browserAvailable())("the public disclosure site (公开栏) in a real browser", () => {
  const app = useDemoApp();

  it("given a resident on a 375-px phone without login, when they open the community's public page, then they see the agreements and a pledge, stay off the login page, can print a section's poster with its QR code, and no answer carries a personal field", async () => {
    const context = await app.browser.newContext(PHONE);
    await watchPolicy(context, app.policyViolations);
    const page = await context.newPage();
    const answers: { url: string; body: unknown }[] = [];
    page.on("response", async (response) => {
      if (!response.url().includes("/api/public/")) return;
      answers.push({ url: response.url(), body: await response.json().catch(() => null) });
    });

    await page.goto(`${app.url}/public/${GUANGMING}`);

    // The overview: every section in short, the agreements first.
    await page.getByRole("heading", { name: "协议与承诺" }).waitFor();
    await page.getByRole("heading", { name: "光明小学" }).first().waitFor();
    const pledges = page.getByRole("region", { name: "党员承诺" });
    await pledges.getByRole("listitem").first().waitFor();
    await page.getByRole("heading", { name: "志愿服务" }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/public/${GUANGMING}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshotBoth(page, "public-site", { fullPage: true });

    // The pledges tab lists them all: a member's, masked, and a street cadre's.
    await page.getByRole("navigation", { name: "公开栏目" }).getByRole("link", { name: "党员承诺" }).click();
    await page.waitForURL(/\/pledges$/);
    await page.getByText("每月为辖区独居老人义务理发一次").waitFor();
    await page.getByText("协调解决光明小区停车难问题").waitFor();
    await page.getByRole("link", { name: "协议与承诺" }).click();
    await page.waitForURL(/\/agreements$/);

    // A section's poster carries a QR code of the section's page.
    await page.getByRole("link", { name: "打印海报" }).first().click();
    await page.waitForURL(/\/public\/.+\/agreements\/poster$/);
    await page.getByRole("img", { name: `${app.url}/public/${GUANGMING}/agreements` }).waitFor();
    await page.getByRole("heading", { name: "光明小学" }).first().waitFor();
    // Printed, the poster keeps its content and QR code but drops the buttons.
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("button", { name: "打印" }).isVisible()).toBe(false);
    expect(
      await page.getByRole("img", { name: `${app.url}/public/${GUANGMING}/agreements` }).isVisible(),
    ).toBe(true);
    await page.emulateMedia({ media: "screen" });

    expect(answers.length).toBeGreaterThanOrEqual(6);
    for (const { url, body } of answers) {
      expect(body, url).not.toBeNull();
      expect(personalDataIn(body), url).toEqual([]);
    }
    await context.close();
  });
});
