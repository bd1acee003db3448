import { spawn } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { connect, createServer } from "node:net";
import { networkInterfaces } from "node:os";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";
import { isLanguageError } from "../../src/language/language-error.js";
import { apertiumToBcp47, resolvePair } from "../../src/language/translation/engines/apertium-codes.js";
import { ApertiumEngine } from "../../src/language/translation/engines/apertium-engine.js";
import { type ApyHandle, startApy } from "../../src/language/translation/engines/apy-supervisor.js";
import { translationEngineContract } from "../support/translation-engine-contract.js";

// A real APy (Debian's apertium-apy and pairs), started once for the whole file.
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
let started: Promise<ApyHandle> | null = null;
const apy = () => {
  started ??= startApy();
  return started;
};
afterAll(async () => (await started)?.stop());

const closedPort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const canConnect = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
    socket.once("timeout", () => done(false));
  });

// Live (non-zombie) members of a process group, from /proc.
async function groupMembers(pgid: number): Promise<number[]> {
  const members: number[] = [];
  for (const entry of (await readdir("/proc")).filter((e) => /^\d+$/.test(e))) {
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (fields[0] !== "Z" && Number(fields[2]) === pgid) members.push(Number(entry));
  }
  return members;
}

async function eventually<T>(fn: () => Promise<T>, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

translationEngineContract("apertium", async () => {
  const { url } = await apy();
  const port = await closedPort();
  return {
    engine: new ApertiumEngine({ url }),
    known: {
      from: "en",
      to: "es",
      texts: ["Hello, my friend.", "The house is very big."],
      expect: (out, i) => (i === 0 ? /hola/i.test(out) && /amigo/i.test(out) : /casa/i.test(out) && /muy grande/i.test(out)),
    },
    unsupported: { from: "en", to: "ja" },
    unreachable: () => new ApertiumEngine({ url: `http://127.0.0.1:${port}` }),
  };
});

describe("Apertium codes", () => {
  it("maps ISO 639-3 codes and variants to BCP 47, dropping variants it cannot express", () => {
    const cases: Array<[string, string | null]> = [
      ["eng", "en"], ["spa", "es"], ["fra", "fr"], ["por", "pt"], ["ron", "ro"], ["glg", "gl"], ["eus", "eu"],
      ["epo", "eo"], ["nob", "nb"], ["ast", "ast"], ["eng_US", "en-US"], ["por_BR", "pt-BR"],
      ["cat_valencia", "ca-valencia"], ["oci_aran", "oc-aranes"], ["cat_iec2017", null], ["cat_valencia_uni", null],
    ];
    for (const [code, tag] of cases) expect(apertiumToBcp47(code), code).toBe(tag);
  });

  it("prefers the exact tag, then the plain language, then a sibling variant", () => {
    const pair = (source: string, target: string) => ({ source, target, from: apertiumToBcp47(source) ?? "", to: apertiumToBcp47(target) ?? "" });
    const listed = [pair("spa", "eng"), pair("spa", "eng_US"), pair("spa", "por_BR"), pair("eng", "spa")];
    expect(resolvePair(listed, "es", "en")?.target).toBe("eng");
    expect(resolvePair(listed, "es", "en-US")?.target).toBe("eng_US");
    expect(resolvePair(listed, "es", "en-GB")?.target).toBe("eng");
    expect(resolvePair(listed, "es", "pt")?.target).toBe("por_BR");
    expect(resolvePair(listed, "EN-gb", "es-419")?.source).toBe("eng");
    expect(resolvePair(listed, "en", "ja")).toBeUndefined();
  });
});

describe("ApertiumEngine on Debian's pairs", () => {
  const engine = async () => new ApertiumEngine({ url: (await apy()).url });

  it("maps /listPairs to BCP 47, variants included", async () => {
    const pairs = await (await engine()).pairs();
    for (const [from, to] of [["en", "es"], ["es", "en"], ["fr", "es"], ["es", "pt"], ["es", "pt-BR"], ["ro", "es"], ["en", "ca"]]) {
      expect(pairs, `${from}→${to}`).toContainEqual({ from, to });
    }
    const tag = /^[a-z]{2,3}(-[A-Z]{2}|-[a-z\d]{5,8})?$/;
    expect(pairs.filter((p) => !tag.test(p.from) || !tag.test(p.to))).toEqual([]);
  });

  it("translates fr→es, es→pt, es→en and a regional target directly", async () => {
    const e = await engine();
    const t = async (from: string, to: string, text: string) => (await e.translate({ texts: [text], from, to, format: "text" }))[0];
    expect(await t("fr", "es", "Le chien est noir.")).toMatch(/perro es negro/i);
    expect(await t("es", "pt", "La casa es muy grande.")).toMatch(/casa é muito grande/i);
    expect(await t("es", "en", "El perro es negro.")).toMatch(/dog is black/i);
    expect(await t("en-GB", "es-MX", "Good morning")).toMatch(/buenos días/i);
    expect(await t("es", "pt-BR", "Hola")).toMatch(/olá/i);
  });

  it("sends 50 texts in one request and returns 50 outputs aligned with their inputs", async () => {
    const e = await engine();
    const nouns: Array<[string, RegExp]> = [
      ["house", /casa/], ["dog", /perro/], ["book", /libro/], ["cat", /gato/], ["city", /ciudad/],
      ["table", /mesa/], ["window", /ventana/], ["tree", /árbol/], ["river", /río/], ["garden", /jardín/],
    ];
    const texts = Array.from({ length: 50 }, (_, i) => `I see the ${nouns[i % 10]?.[0]} number ${i + 100}`);
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    const out = await e.translate({ texts, from: "en", to: "es", format: "text" });
    const calls = fetchSpy.mock.calls.filter(([u]) => String(u).endsWith("/translate")).length;
    fetchSpy.mockRestore();
    expect(calls).toBe(1);
    expect(out).toHaveLength(50);
    out.forEach((text, i) => {
      expect(text, `output ${i}`).toMatch(new RegExp(`\\b${i + 100}\\b`));
      expect(text, `output ${i}`).toMatch(nouns[i % 10]?.[1] as RegExp);
      expect(text.match(/\b\d{3}\b/g), `output ${i}`).toHaveLength(1);
    });
  });

  it("keeps whitespace, empty texts and marker-like text aligned, in text and html", async () => {
    const e = await engine();
    const texts = ["  The dog\n", "", 'The <hr data-mundo-sep="1"> cat', "The house", "5 < 6 & 7 > 2"];
    expect(await e.translate({ texts, from: "en", to: "es", format: "text" })).toEqual([
      "  El perro\n",
      "",
      expect.stringMatching(/^El <hr \w+-mundo-sep="1"> gato$/), // plain text here: "data" may be translated
      "La casa",
      "5 < 6 & 7 > 2",
    ]);
    const html = await e.translate({
      texts: ["<p>The caf&eacute; is <b>open</b></p>", '<ul><li>The red car</li></ul><hr data-mundo-sep="1">'],
      from: "en",
      to: "es",
      format: "html",
    });
    expect(html[0]).toMatch(/^<p>La cafetería es <b>\w+<\/b><\/p>$/);
    expect(html[1]).toMatch(/^<ul><li>El coche rojo<\/li><\/ul><hr data-mundo-sep="1">$/);
  });

  it("keeps placeholder tokens intact in text mode, also from Spanish (where 'id' is a word)", async () => {
    const e = await engine();
    const pairs: Array<[string, string]> = [["es", "pt"], ["es", "en"], ["es", "it"], ["en", "es"]];
    for (const [from, to] of pairs) {
      const [out] = await e.translate({ texts: ['Su pedido <x id="0"/> sale el <x id="1"/>.'], from, to, format: "text" });
      expect(out, `${from}→${to}`).toMatch(/<x id="0"\/>.*<x id="1"\/>/);
    }
  });

  it("treats a blank line in text as a sentence break, as Apertium's txt mode does", async () => {
    const e = await engine();
    const [out] = await e.translate({ texts: ["I see the big black\n\ndog runs fast"], from: "en", to: "es", format: "text" });
    expect(out).toMatch(/^Veo el negro grande\n\n\S/); // without the break the adjectives would move to "perro"
  });

  it("translates a text longer than APy accepts in one request completely", async () => {
    const e = await engine();
    const text = Array.from({ length: 1500 }, (_, i) => `The order ${i} is ready.`).join(" "); // ~35 kB
    const [out] = await e.translate({ texts: [text], from: "en", to: "es", format: "text" });
    expect(out?.match(/\b\d+\b/g)?.map(Number)).toEqual(Array.from({ length: 1500 }, (_, i) => i));
  });
});

describe("APy supervisor", () => {
  it("binds APy to 127.0.0.1 only", async () => {
    const { url } = await apy();
    const port = Number(new URL(url).port);
    const hex = port.toString(16).toUpperCase().padStart(4, "0");
    const listening = async (file: string) =>
      (await readFile(file, "utf8"))
        .split("\n")
        .slice(1)
        .map((line) => line.trim().split(/\s+/))
        .filter((f) => f[1]?.endsWith(`:${hex}`) && f[3] === "0A") // 0A = LISTEN
        .map((f) => f[1]?.split(":")[0]);
    expect(await listening("/proc/net/tcp")).toEqual(["0100007F"]); // 127.0.0.1, little-endian
    expect(await listening("/proc/net/tcp6").catch(() => [])).toEqual([]);
    expect(await canConnect("127.0.0.1", port)).toBe(true);
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && !a.internal && a.family === "IPv4");
    for (const address of others) expect(await canConnect(address?.address ?? "", port), address?.address).toBe(false);
  });

  it("names a missing binary", async () => {
    await expect(startApy({ binary: "/nonexistent/apertium-apy" })).rejects.toThrow("/nonexistent/apertium-apy");
  });

  it("restarts APy after it is killed with SIGKILL", async () => {
    const handle = await apy();
    const e = new ApertiumEngine({ url: handle.url });
    const before = handle.pid;
    process.kill(before, "SIGKILL");
    const t0 = Date.now();
    const [out] = await eventually(() => e.translate({ texts: ["The dog"], from: "en", to: "es", format: "text" }), 10_000);
    expect(out).toBe("El perro");
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(handle.pid).not.toBe(before);
    expect(await groupMembers(before)).toEqual([]); // the old pipelines went with it
  });

  it("stop() leaves no process behind and the port closed", async () => {
    const handle = await apy();
    const e = new ApertiumEngine({ url: handle.url });
    await e.translate({ texts: ["Hello"], from: "en", to: "es", format: "text" }); // spins up pipelines
    const pgid = handle.pid;
    const members = await groupMembers(pgid);
    expect(members.length).toBeGreaterThan(1); // APy + lt-proc, apertium-transfer …
    await handle.stop();
    expect(await groupMembers(pgid)).toEqual([]);
    expect(await canConnect("127.0.0.1", Number(new URL(handle.url).port))).toBe(false);
    const err = await new ApertiumEngine({ url: handle.url }).pairs().catch((x: unknown) => x);
    expect(isLanguageError(err, "UNAVAILABLE")).toBe(true);
    const viaCache = await e.translate({ texts: ["Hello"], from: "en", to: "es", format: "text" }).catch((x: unknown) => x);
    expect(isLanguageError(viaCache, "UNAVAILABLE")).toBe(true); // pairs cached, the request itself fails
  });

  // The parent going away without stop(): a normal exit runs the exit hook; SIGKILL relies on PDEATHSIG.
  for (const how of ["exit", "SIGKILL"] as const) {
    it(`takes APy down when the parent process ends (${how})`, async () => {
      const code = `import { startApy } from "./src/language/translation/engines/apy-supervisor.ts";
        const a = await startApy(); console.log("APY", a.pid); ${how === "exit" ? "process.exit(0);" : "setInterval(() => {}, 1000);"}`;
      const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
      const pid = await new Promise<number>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (chunk: Buffer) => {
          out += chunk.toString();
          const m = /APY (\d+)/.exec(out);
          if (m) resolve(Number(m[1]));
        });
        child.once("exit", () => reject(new Error(`parent exited before APy started: ${out}`)));
      });
      if (how === "SIGKILL") child.kill("SIGKILL");
      await eventually(async () => expect(await groupMembers(pid)).toEqual([]), 5000);
    });
  }
});
