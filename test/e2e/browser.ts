import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  chromium,
  expect,
  type BrowserContext,
  type FrameLocator,
  type Locator,
  type Page,
} from '@playwright/test';

/** The browser: $CHROMIUM_PATH, else Debian's Chromium, else Playwright's own (a laptop). */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
/** The test build (`wxt build --mode e2e`): one extra host granted at install. */
export const E2E_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Every request that left the page for a non-mock address (must stay empty). */
  outsideRequests: string[];
  close(): Promise<void>;
}

/** Addresses that never reach a network; with the served pages, all a test page may load. */
const LOCAL = /^(chrome-extension:|data:|about:|blob:)/;

/**
 * Launches Chromium with the built extension (flags from ../shared/testing.md), and serves
 * `pages` (full address → HTML), e.g. at the real portal addresses; every other request is
 * aborted and recorded, so a test can assert that nothing left the browser.
 */
export async function launchWithExtension(
  pages: Record<string, string> = {},
  options: { userDataDir?: string; headless?: boolean; extensionDir?: string } = {},
): Promise<ExtensionBrowser> {
  const ext = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(resolve(ext, 'manifest.json'))) {
    throw new Error(`Extension not built: run "npm run build" first (${ext})`);
  }
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: { width: 1366, height: 900 },
    locale: 'fr-FR',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
    ],
  });
  const outsideRequests: string[] = [];
  const bodyFor = (href: string) => {
    const url = new URL(href);
    return pages[`${url.origin}${url.pathname}`];
  };
  context.on('request', (req) => {
    if (!LOCAL.test(req.url()) && bodyFor(req.url()) === undefined) outsideRequests.push(req.url());
  });
  // Every http(s) request is answered here: the served pages, and nothing for the rest.
  await context.route(/^https?:\/\//, async (route) => {
    const body = bodyFor(route.request().url());
    if (body !== undefined) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    } else {
      await route.abort();
    }
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, outsideRequests, close: () => context.close() };
}

export async function openPage(b: ExtensionBrowser, url: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(url);
  return page;
}

/**
 * The popup as a person sees it for `page`'s tab (it asks the active tab): opened as a page,
 * then `page` brought to the front and the popup read again.
 */
export async function popupFor(b: ExtensionBrowser, page: Page): Promise<Page> {
  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
  await page.bringToFront();
  await popup.reload();
  return popup;
}

/** What the popup says on a tab where no content script answers: not a portal page. */
export const NOT_A_PORTAL = 'Cette page n’est pas un portail reconnu (Elan, MonComptePartenaire)';

/** Writes the extension's own storage from its service worker, as the options page would. */
export async function setExtensionStorage(b: ExtensionBrowser, items: object): Promise<void> {
  let [worker] = b.context.serviceWorkers();
  worker ??= await b.context.waitForEvent('serviceworker');
  await worker.evaluate(
    (values) =>
      (
        globalThis as unknown as {
          chrome: { storage: { local: { set(items: object): Promise<void> } } };
        }
      ).chrome.storage.local.set(values),
    items,
  );
}

/** The panel's frame on a page (the extension's page in `<assistant-clas>`). */
export const panelFrame = (page: Page): FrameLocator =>
  page.frameLocator('assistant-clas > iframe');

/** The panel, inside its frame. */
export const panelOf = (page: Page): Locator =>
  panelFrame(page).getByRole('complementary', { name: 'Assistant Clas' });

/** Opens a served page in a new tab and waits for the panel. */
export async function openWithPanel(
  b: ExtensionBrowser,
  url: string,
): Promise<{ page: Page; panel: Locator }> {
  const page = await b.context.newPage();
  await page.goto(url);
  const panel = panelOf(page);
  await expect(panel).toBeVisible();
  return { page, panel };
}
