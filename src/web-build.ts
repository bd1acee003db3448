import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const WEB_ROOT = fileURLToPath(new URL("../web/", import.meta.url));

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** True when web/dist is missing or older than the UI sources. */
export function webBuildNeeded(): boolean {
  const index = join(WEB_ROOT, "dist", "index.html");
  if (!existsSync(index)) return true;
  if (!existsSync(join(WEB_ROOT, "src"))) return false; // a packaged build without sources
  const built = statSync(index).mtimeMs;
  return newestMtime(join(WEB_ROOT, "src")) > built || statSync(join(WEB_ROOT, "index.html")).mtimeMs > built;
}

export async function buildWeb(): Promise<void> {
  const { build } = await import("vite");
  await build({ configFile: join(WEB_ROOT, "vite.config.ts"), logLevel: "warn" });
}
