import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const cli = fileURLToPath(new URL("../dist/src/cli/main.js", import.meta.url));
const directory = mkdtempSync(path.join(tmpdir(), "csp-comms-cli-"));
afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: directory, encoding: "utf8" });

describe("csp-comms command", () => {
  writeFileSync(path.join(directory, "bad.md"), "---\nsubject: Your invoice\n---\nPlease pay Microsoft for this invoice.\n");
  writeFileSync(path.join(directory, "good.md"), "---\nsubject: Your invoice\n---\nPlease pay Contoso for this invoice.\n");

  it("exits 1 with the finding for a template that breaks the guideline, 0 for a clean one", () => {
    const bad = run("lint", "bad.md", "--partner-domain", "contoso.com");
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain("csp-comms/no-microsoft-billing-contact");
    const good = run("lint", "good.md", "--partner-domain", "contoso.com");
    expect([good.status, good.stdout]).toEqual([0, ""]);
  });

  it("prints JSON with --format json", () => {
    const result = run("lint", "bad.md", "--format", "json");
    const report = JSON.parse(result.stdout) as { messages: { ruleId: string; line: number; column: number }[] }[];
    expect(report[0]!.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([["csp-comms/no-microsoft-billing-contact", 4, 1]]);
  });

  it("exits 2 with the setting named for a bad flag or an unknown command", () => {
    const bad = run("lint", "--partner-domain", "not a domain");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('"partner.domains[0]" is "not a domain"');
    expect(run("frobnicate").status).toBe(2);
    expect(run("lint", "--no-such-flag").status).toBe(2);
  });

  it("init writes a config that lints, and refuses to overwrite it without --force", () => {
    const first = run("init", "--partner-domain", "contoso.com", "--partner-name", "Contoso");
    expect(first.status).toBe(0);
    const config = readFileSync(path.join(directory, "eslint.config.js"), "utf8");
    expect(config).toContain("...cspComms.configs.recommended");
    const settings = JSON.parse(/settings: (\{[\s\S]*\}),\n {2}\},\n\];/u.exec(config)![1]!) as unknown;
    expect(settings).toEqual({ "csp-comms": { partner: { domains: ["contoso.com"], name: "Contoso" } } });
    const second = run("init", "--partner-domain", "fabrikam.com");
    expect(second.status).toBe(2);
    expect(readFileSync(path.join(directory, "eslint.config.js"), "utf8")).toBe(config);
    expect(run("init", "--partner-domain", "fabrikam.com", "--force").status).toBe(0);
    expect(readFileSync(path.join(directory, "eslint.config.js"), "utf8")).toContain("fabrikam.com");
  });
});
