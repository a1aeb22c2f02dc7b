import childProcess from "node:child_process";
import dns from "node:dns";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { loadCorpus } from "./corpus/score-lib.js";
import { lint } from "./helpers.js";

const repositoryRoot = fileURLToPath(new URL("..", import.meta.url));

describe("no network, no code from the linted repository", () => {
  it("lints the whole corpus without opening a connection, resolving a name or starting a process", () => {
    const calls: string[] = [];
    const trap = (name: string) => () => {
      calls.push(name);
      throw new Error(`${name} called while linting`);
    };
    const patched: [object, string, unknown][] = [
      [globalThis, "fetch", globalThis.fetch],
      [http, "request", http.request], [http, "get", http.get],
      [https, "request", https.request], [https, "get", https.get],
      [net, "connect", net.connect], [net, "createConnection", net.createConnection],
      [dns, "lookup", dns.lookup], [dns, "resolve", dns.resolve],
      [childProcess, "spawn", childProcess.spawn], [childProcess, "exec", childProcess.exec],
      [childProcess, "execFile", childProcess.execFile], [childProcess, "fork", childProcess.fork],
      [childProcess, "spawnSync", childProcess.spawnSync], [childProcess, "execSync", childProcess.execSync],
    ];
    for (const [target, name] of patched) (target as Record<string, unknown>)[name] = trap(name);
    try {
      const corpus = loadCorpus(fileURLToPath(new URL("corpus", import.meta.url)));
      for (const testCase of corpus) lint(testCase.text, `template.${testCase.format}`, { strict: true });
      expect(corpus.length).toBeGreaterThan(200);
    } finally {
      for (const [target, name, original] of patched) (target as Record<string, unknown>)[name] = original;
    }
    expect(calls).toEqual([]);
  });

  const workspace = mkdtempSync(path.join(tmpdir(), "csp-comms-mjmlconfig-"));
  afterAll(() => {
    rmSync(workspace, { recursive: true, force: true });
  });

  it("does not run the component packages a repository's .mjmlconfig lists when valid-mjml loads MJML", () => {
    const marker = path.join(workspace, "component-ran.txt");
    writeFileSync(path.join(workspace, ".mjmlconfig"), JSON.stringify({ packages: ["./component.cjs"] }));
    writeFileSync(path.join(workspace, "component.cjs"), `require("node:fs").writeFileSync(${JSON.stringify(marker)}, "ran");\nmodule.exports = {};\n`);
    writeFileSync(path.join(workspace, "invoice.mjml"), "<mjml><mj-body><mj-section foo=\"1\"></mj-section></mj-body></mjml>\n");
    writeFileSync(
      path.join(workspace, "eslint.config.js"),
      `import cspComms from ${JSON.stringify(pathToFileURL(path.join(repositoryRoot, "dist/src/index.js")).href)};\nexport default [...cspComms.configs.recommended];\n`,
    );
    const node = (args: string[]) => childProcess.spawnSync(process.execPath, args, { cwd: workspace, encoding: "utf8" });

    // The trap is real: loading mjml-core the ordinary way runs the listed component.
    const mjmlCore = path.join(repositoryRoot, "node_modules", "mjml-core");
    expect(node(["-e", `require(${JSON.stringify(mjmlCore)})`]).status).toBe(0);
    expect(existsSync(marker)).toBe(true);
    rmSync(marker);

    const eslintBin = path.join(repositoryRoot, "node_modules", "eslint", "bin", "eslint.js");
    const result = node([eslintBin, "--format", "json", "invoice.mjml"]);
    const messages = (JSON.parse(result.stdout) as { messages: { ruleId: string; message: string }[] }[])[0]!.messages;
    expect(messages.map((message) => message.message)).toContain("Attribute foo is illegal (MJML validator).");
    expect(existsSync(marker)).toBe(false);
  });
});
