import { type ChildProcess, spawn } from "node:child_process";
import { constants } from "node:fs";
import { access, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";

export interface ApyLogger {
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
}

export interface StartApyOptions {
  /** The apertium-apy entry script; default /usr/bin/apertium-apy. */
  binary?: string;
  /** TCP port on 127.0.0.1; 0 (default) picks a free one, kept across restarts. */
  port?: number;
  /** Directory searched for installed pairs' .mode files; default /usr/share/apertium. */
  modesDir?: string;
  logger?: ApyLogger;
  /** Python with Tornado that runs APy; default /usr/bin/python3 (Debian's, not a pyenv one on PATH). */
  python?: string;
  /** Time allowed for one start until /listPairs answers; default 20 s. */
  readyTimeoutMs?: number;
  /** Restarts allowed within restartWindowMs before giving up; default 5 in 60 s. */
  maxRestarts?: number;
  restartWindowMs?: number;
}

/** A running APy on 127.0.0.1, restarted when it dies until stop() is called. */
export interface ApyHandle {
  /** http://127.0.0.1:PORT — stable across restarts. */
  readonly url: string;
  /** The current APy process id (its process group id too); changes on restart. */
  readonly pid: number;
  stop(): Promise<void>;
}

const WRAPPER = fileURLToPath(new URL("./apy-bind-localhost.py", import.meta.url));
const silent: ApyLogger = { info() {}, warn() {}, error() {} };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function mustExist(path: string, what: string, mode = constants.R_OK): Promise<void> {
  try {
    await access(path, mode);
  } catch {
    throw new Error(`${what} not found or not usable: ${path}`);
  }
}

/** Starts APy bound to 127.0.0.1 and resolves once it answers /listPairs. */
export async function startApy(options: StartApyOptions = {}): Promise<ApyHandle> {
  const binary = options.binary ?? "/usr/bin/apertium-apy";
  const python = options.python ?? "/usr/bin/python3";
  const modesDir = options.modesDir ?? "/usr/share/apertium";
  await mustExist(binary, "Apertium APy binary");
  await mustExist(python, "Python for APy", constants.X_OK);
  await mustExist(modesDir, "Apertium modes directory");
  await mustExist(WRAPPER, "APy localhost wrapper");
  const supervisor = new ApySupervisor(binary, python, modesDir, options);
  await supervisor.launch(options.port ?? 0).catch(async (err: unknown) => {
    await supervisor.stop();
    throw err;
  });
  return supervisor;
}

// Signals a whole process group: APy plus the Apertium pipelines (lt-proc, apertium-transfer …) it spawns.
function killGroup(pgid: number | undefined, signal: NodeJS.Signals): void {
  if (!pgid) return;
  try {
    process.kill(-pgid, signal);
  } catch {
    // ESRCH: the group is already gone
  }
}

// Live (non-zombie) processes in a group, read from /proc.
async function groupMembers(pgid: number): Promise<number[]> {
  const members: number[] = [];
  for (const entry of await readdir("/proc").catch(() => [] as string[])) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (fields[0] !== "Z" && Number(fields[2]) === pgid) members.push(Number(entry));
  }
  return members;
}

class ApySupervisor implements ApyHandle {
  private port = 0;
  private child: ChildProcess | null = null;
  private readonly spawned = new Set<number>();
  private restarts: number[] = [];
  private timer: NodeJS.Timeout | null = null;
  private stopping: Promise<void> | null = null;
  private readonly log: ApyLogger;
  private readonly onParentExit = () => {
    for (const pgid of this.spawned) killGroup(pgid, "SIGKILL");
  };

  constructor(
    private readonly binary: string,
    private readonly python: string,
    private readonly modesDir: string,
    private readonly options: StartApyOptions,
  ) {
    this.log = options.logger ?? silent;
    process.on("exit", this.onParentExit);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number {
    return this.child?.pid ?? 0;
  }

  // One start: spawn, learn the bound port, wait for /listPairs; the process is killed if any step fails.
  async launch(port: number): Promise<void> {
    const child = spawn(this.python, [WRAPPER, this.binary, "-p", String(port), this.modesDir], {
      cwd: tmpdir(),
      detached: true, // its own process group, so stop() reaches the pipelines too
      stdio: ["ignore", "pipe", "pipe"],
    });
    const pid = child.pid;
    if (pid) this.spawned.add(pid);
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000); // a tail for error messages; APy logs every request
    });
    let why: string | null = null;
    const exited = new Promise<string>((resolve) => {
      child.once("error", (err) => resolve(err.message));
      child.once("exit", (code, signal) => resolve(`exited with ${signal ?? `code ${code}`}`));
    });
    void exited.then((reason) => {
      why = reason;
    });
    let bound = 0;
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out = (out + chunk.toString()).slice(-200);
      bound ||= Number(/MUNDO_APY_PORT (\d+)/.exec(out)?.[1] ?? 0);
    });
    // Poll: the wrapper prints the bound port, then APy is ready once /listPairs answers.
    const deadline = Date.now() + (this.options.readyTimeoutMs ?? 20_000);
    for (;;) {
      if (why !== null || Date.now() > deadline || this.stopping) {
        killGroup(pid, "SIGKILL");
        const reason = why ?? (this.stopping ? "start abandoned by stop()" : "did not become ready in time");
        throw new Error(`APy (${this.binary}) ${reason}\n${stderr.trim()}`);
      }
      if (bound) {
        this.port = bound;
        if (await this.answers()) break;
      }
      await sleep(50);
    }
    if (this.stopping) return void killGroup(pid, "SIGKILL");
    this.child = child;
    this.log.info(`APy ready at ${this.url} (pid ${pid})`);
    void exited.then((why) => this.onChildExit(child, why));
  }

  private async answers(): Promise<boolean> {
    try {
      const res = await fetch(`${this.url}/listPairs`, { signal: AbortSignal.timeout(1000) });
      await res.body?.cancel();
      return res.ok;
    } catch {
      return false;
    }
  }

  private onChildExit(child: ChildProcess, why: string): void {
    if (this.stopping || child !== this.child) return;
    killGroup(child.pid, "SIGKILL"); // pipelines it left behind
    if (child.pid) this.spawned.delete(child.pid);
    this.child = null;
    this.log.warn(`APy (pid ${child.pid}) ${why}; restarting`);
    this.scheduleRestart();
  }

  // Backoff 250 ms, 500 ms, 1 s … 8 s; at most maxRestarts within the window, then it stays down.
  private scheduleRestart(): void {
    const now = Date.now();
    const windowMs = this.options.restartWindowMs ?? 60_000;
    this.restarts = this.restarts.filter((t) => now - t < windowMs);
    if (this.restarts.length >= (this.options.maxRestarts ?? 5)) {
      this.log.error(`APy died ${this.restarts.length} times within ${windowMs} ms; not restarting`);
      return;
    }
    this.restarts.push(now);
    const delay = Math.min(250 * 2 ** (this.restarts.length - 1), 8000);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.launch(this.port).catch((err: unknown) => {
        if (this.stopping) return;
        this.log.warn(`APy restart failed: ${(err as Error).message}`);
        this.scheduleRestart();
      });
    }, delay);
  }

  stop(): Promise<void> {
    this.stopping ??= this.shutdown();
    return this.stopping;
  }

  private async shutdown(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      const gone = new Promise((resolve) => child.once("exit", resolve));
      killGroup(child.pid, "SIGTERM");
      await Promise.race([gone, sleep(3000)]);
    }
    for (const pgid of this.spawned) killGroup(pgid, "SIGKILL");
    // Wait until the kernel has really removed every member (bounded), so callers can rely on it.
    for (let i = 0; i < 50; i++) {
      const left = await Promise.all([...this.spawned].map(groupMembers));
      if (left.every((members) => members.length === 0)) break;
      await sleep(50);
    }
    process.off("exit", this.onParentExit);
    this.child = null;
  }
}
