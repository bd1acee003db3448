import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

// Debian's Chromium; the background-networking flags keep it from dialling out on a closed network.
export const CHROMIUM_PATH = process.env.MUNDO_CHROMIUM ?? "/usr/bin/chromium";

/** A fresh headless Chromium profile (new user-data-dir each time). */
export async function launchChromium(options: { locale?: string; viewport?: { width: number; height: number } } = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), "mundo-chromium-"));
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: options.locale ?? "en-US",
    viewport: options.viewport ?? { width: 1280, height: 860 },
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
