import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface MundoProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves with the line announcing the URL, or rejects when the process exits first. */
  ready: Promise<string>;
  exited: Promise<number | null>;
}

/** Runs `src/main.ts` as a real process, the way `npm start` / `npm run demo` do. */
export function spawnMundo(env: Record<string, string>, args: string[] = []): MundoProcess {
  // node --import tsx (not the tsx CLI, which runs the app in a child) so the pid is Mundo's own.
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts", ...args], {
    cwd: ROOT,
    // Port 0: several test servers may run at once, and 2525 may be taken.
    env: { ...process.env, LOG_LEVEL: "warn", MUNDO_SMTP_PORT: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split("\n").find((l) => l.includes("Mundo is running at"));
      if (line) resolve(line);
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    void exited.then((code) => reject(new Error(`Mundo exited (${code}) before it was ready:\n${out}`)));
  });
  ready.catch(() => undefined);
  return { child, output: () => out, ready, exited };
}
