import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { DEMO_PASSWORD } from "./api-client.ts";
import { artifactPath, launchBrowser } from "./browser.ts";
import { TIME_ZONE } from "./demo-data.ts";
import { type ServerProcess, startServerProcess } from "./server-process.ts";

/** A laptop or the meeting room's screen. */
export const DESKTOP: BrowserContextOptions = {
  viewport: { width: 1280, height: 800 },
  locale: "zh-CN",
  timezoneId: TIME_ZONE,
};

/** A liaison's phone. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 375, height: 812 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
  locale: "zh-CN",
  timezoneId: TIME_ZONE,
};

/** The seeded server and the browser one test file shares; both exist once `beforeAll` has run. */
export interface DemoApp {
  readonly url: string;
  readonly browser: Browser;
  /** Content security policy violations any page of this file reported (checked empty after the file). */
  readonly policyViolations: string[];
}

/**
 * Reports every content security policy violation in the context's pages to `into`: the server's policy
 * is strict (no inline script or style), and a page that breaks it would break for real users too.
 */
export async function watchPolicy(context: BrowserContext, into: string[]): Promise<void> {
  await context.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(`csp-violation ${event.violatedDirective} ${event.blockedURI} ${location.pathname}`),
    ),
  );
  context.on("console", (message) => {
    if (message.text().startsWith("csp-violation")) into.push(message.text());
  });
}

/**
 * Starts the real server with a freshly seeded demo and a browser for this file, and stops both after
 * it: one server per file keeps the suite fast, a fresh data directory keeps files independent.
 */
export function useDemoApp(): DemoApp {
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  const policyViolations: string[] = [];
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServerProcess({ SEED_DEMO: "true" }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    expect(policyViolations).toEqual([]);
  });
  return {
    policyViolations,
    get url() {
      if (!server) throw new Error("the server has not started: use the app inside a test");
      return server.url;
    },
    get browser() {
      if (!browser) throw new Error("the browser has not started: use the app inside a test");
      return browser;
    },
  };
}

/** Logs in on the login page the app sent us to, then waits to be sent back where we were going. */
export async function logInThroughForm(page: Page, username: string): Promise<void> {
  await page.waitForURL(/\/login\?next=/);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/** A page of its own (own cookies) for one user, on one device. */
export interface UserPage {
  context: BrowserContext;
  page: Page;
}

/**
 * A fresh page logged in as a demo user, not yet showing anything (so a test can route its traffic
 * first). The login goes through the API from inside the browser context, so the page holds the same
 * httpOnly cookie a login form would have set; the form itself is covered by its own journey.
 */
export async function pageAs(
  app: DemoApp,
  username: string,
  device: BrowserContextOptions = DESKTOP,
): Promise<UserPage> {
  const context = await app.browser.newContext(device);
  await watchPolicy(context, app.policyViolations);
  const login = await context.request.post(`${app.url}/api/session`, {
    data: { username, password: DEMO_PASSWORD },
  });
  if (login.status() !== 200) throw new Error(`login as ${username} answered ${login.status()}`);
  return { context, page: await context.newPage() };
}

/** Opens `path` as a logged-in demo user on the given device. */
export async function openAs(
  app: DemoApp,
  username: string,
  path: string,
  device: BrowserContextOptions = DESKTOP,
): Promise<UserPage> {
  const opened = await pageAs(app, username, device);
  await opened.page.goto(`${app.url}${path}`);
  return opened;
}

/** Waits until the page's connection pill says the board is followed live. */
export async function waitForLive(page: Page): Promise<void> {
  await page.locator('[data-testid="connection"][data-state="live"]').waitFor();
}

/** What a screenshot pair shows: the whole page, or the screen around one element. */
export interface ShotOptions {
  fullPage?: boolean;
  /** Scrolled into view before each shot, so a long page shows the part that matters. */
  focus?: Locator;
}

/**
 * Screenshots of the page as it is now, at the desktop size and at the phone size, into the artifacts
 * CI keeps (`<name>-desktop.png`, `<name>-phone.png`); the page's own size is restored afterwards.
 */
export async function screenshotBoth(page: Page, name: string, options: ShotOptions = {}): Promise<void> {
  const before = page.viewportSize();
  for (const [suffix, size] of [
    ["desktop", { width: 1280, height: 800 }],
    ["phone", { width: 375, height: 812 }],
  ] as const) {
    await page.setViewportSize(size);
    await options.focus?.scrollIntoViewIfNeeded();
    await page.screenshot({
      path: artifactPath(`${name}-${suffix}.png`),
      fullPage: options.fullPage ?? false,
    });
  }
  if (before) await page.setViewportSize(before);
}

/** A number as the page writes it ("1,234"), or NaN when the text is not one. */
export const readNumber = (text: string | null): number => Number((text ?? "").replaceAll(",", "").trim());
