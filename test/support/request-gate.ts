import type { Page, Route } from "playwright-core";

/**
 * Holds the POSTs matching `url` that these pages send and lets them all go at once when every page
 * has sent one: people who clicked before either could see the other's result, with the server alone
 * deciding who was first. Without it, whichever click the browser happens to run first may already
 * have changed the other page (a live update disabling its button) before that page sends anything.
 */
export async function releaseTogether(pages: readonly Page[], url: RegExp): Promise<void> {
  let held: Route[] = [];
  for (const page of pages) {
    await page.route(url, async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      held.push(route);
      if (held.length < pages.length) return;
      const all = held;
      held = [];
      await Promise.all(all.map((r) => r.continue()));
    });
  }
}
