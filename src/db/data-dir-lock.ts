import { readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";

// PGlite has no lock of its own: two processes on one data dir silently lose rows.
// We hold `mundo.lock` (pid + host) for the life of the process; a lock whose process is gone
// (kill -9, power loss) is stale and taken over.

export class DataDirLockedError extends Error {
  override name = "DataDirLockedError";
}

interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
}

export interface DataDirLock {
  path: string;
  tookOverStale: LockInfo | null;
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readLock(path: string): LockInfo | null {
  try {
    const info = JSON.parse(readFileSync(path, "utf8")) as Partial<LockInfo>;
    return typeof info.pid === "number" ? { pid: info.pid, host: String(info.host), startedAt: String(info.startedAt) } : null;
  } catch {
    return null; // unreadable or half-written: treated as stale below
  }
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  const path = join(dataDir, "mundo.lock");
  const mine: LockInfo = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  let tookOverStale: LockInfo | null = null;

  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(path, JSON.stringify(mine), { flag: "wx" });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        if (readLock(path)?.pid === process.pid) unlinkSync(path);
      };
      process.once("exit", release);
      return { path, tookOverStale, release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    const holder = readLock(path);
    if (holder && holder.pid !== process.pid && holder.host === mine.host && isAlive(holder.pid)) {
      throw new DataDirLockedError(
        `The data directory ${dataDir} is in use by another Mundo process (pid ${holder.pid}, started ${holder.startedAt}). ` +
          "PGlite allows one process per data directory: stop that process first, or set MUNDO_DATA_DIR to another directory.",
      );
    }
    if (holder && holder.host !== mine.host) {
      throw new DataDirLockedError(
        `The data directory ${dataDir} is locked by host ${holder.host} (pid ${holder.pid}). ` +
          `If that host is no longer using it, delete ${path}.`,
      );
    }
    tookOverStale = holder ?? { pid: -1, host: mine.host, startedAt: "unknown" };
    try {
      unlinkSync(path);
    } catch {
      // another starter removed it first; retry the exclusive create
    }
  }
  throw new DataDirLockedError(`Could not take the lock ${path}; another process keeps racing for it.`);
}
