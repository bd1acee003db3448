import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { type AddressInfo, createServer, connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface CapturedMail {
  raw: Buffer;
  parsed: ParsedMail;
  envelopeTo: string[];
}

/** A real SMTP server on 127.0.0.1 that keeps what it receives; `refuse` makes it answer 550 to RCPT TO. */
export async function startCaptureSmtp() {
  const received: CapturedMail[] = [];
  const state = { refuse: false };
  const server = new SMTPServer({
    disabledCommands: ["AUTH", "STARTTLS"],
    authOptional: true,
    logger: false,
    onRcptTo(address, _session, cb) {
      if (state.refuse) return cb(Object.assign(new Error(`5.7.1 <${address.address}>: mailbox unavailable`), { responseCode: 550 }));
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then((parsed) => {
          received.push({ raw, parsed, envelopeTo: session.envelope.rcptTo.map((r) => r.address) });
          cb();
        }, cb);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

const canConnect = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("data", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });

/**
 * A throwaway Dovecot IMAP server (Debian dovecot-imapd) on 127.0.0.1: any user, password "secret",
 * Maildir in a temporary directory. As root, Dovecot insists on running its processes as its own users.
 */
export async function startDovecot(binary = "/usr/sbin/dovecot") {
  const dir = mkdtempSync(join(tmpdir(), "mundo-dovecot-"));
  for (const d of ["run", "state", "mail"]) mkdirSync(join(dir, d));
  const root = process.getuid?.() === 0;
  const id = (flag: string, user?: string) => execFileSync("id", [flag, ...(user ? [user] : [])], { encoding: "utf8" }).trim();
  const owner = root ? { uid: Number(id("-u", "dovecot")), gid: Number(id("-g", "dovecot")) } : { uid: Number(id("-u")), gid: Number(id("-g")) };
  if (root) {
    chownSync(dir, owner.uid, owner.gid);
    chownSync(join(dir, "mail"), owner.uid, owner.gid);
  }
  const port = await freePort();
  writeFileSync(
    join(dir, "dovecot.conf"),
    `base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain
mail_location = maildir:${dir}/mail/%u
first_valid_uid = 1
default_login_user = ${root ? "dovenull" : id("-un")}
default_internal_user = ${root ? "dovecot" : id("-un")}
default_internal_group = ${root ? "dovecot" : id("-gn")}
passdb {
  driver = static
  args = password=secret
}
userdb {
  driver = static
  args = uid=${owner.uid} gid=${owner.gid} home=${dir}/mail/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
`,
  );
  const child: ChildProcess = spawn(binary, ["-F", "-c", join(dir, "dovecot.conf")], { stdio: "ignore" });
  const until = Date.now() + 15_000;
  while (!(await canConnect(port))) {
    if (child.exitCode !== null || Date.now() > until) throw new Error(`dovecot did not start (see ${dir}/dovecot.log)`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
