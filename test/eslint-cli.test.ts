import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const examples = fileURLToPath(new URL("../examples/", import.meta.url));
const eslintPackage = createRequire(import.meta.url).resolve("eslint/package.json");
const eslintBin = path.join(path.dirname(eslintPackage), "bin", "eslint.js");
const eslint = (...args: string[]) => spawnSync(process.execPath, [eslintBin, ...args], { cwd: examples, encoding: "utf8" });

/** What examples/EXPECTED.md says breaks the guideline: file, rule, line, column. */
const expected = [
  ["billing/factuur-beschikbaar.nl.md", "csp-comms/no-microsoft-authorship", 34, 1],
  ["billing/licence-change-confirmation.en.mjml", "csp-comms/no-microsoft-sender", 2, 8],
  ["billing/renouvellement-abonnement.fr.mjml", "csp-comms/no-microsoft-authorship", 38, 11],
  ["billing/sepa-lastschrift-ankuendigung.de.md", "csp-comms/no-microsoft-billing-contact", 24, 1],
];

describe("the eslint CLI on examples/", () => {
  it("exits 1 and reports exactly the four expected findings in JSON", () => {
    const result = eslint("--format", "json", "templates");
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number }[] }[];
    const findings = report.flatMap((file) => file.messages.map((message) => [file.filePath.slice(examples.length + "templates/".length), message.ruleId, message.line, message.column]));
    expect(findings).toEqual(expected);
    expect(report).toHaveLength(12);
  });

  it("writes SARIF with rule ids, help URLs to the rule docs and the same locations", () => {
    const result = eslint("--format", "@microsoft/eslint-formatter-sarif", "templates");
    expect(result.status).toBe(1);
    const sarif = JSON.parse(result.stdout) as {
      runs: {
        tool: { driver: { rules: { id: string; helpUri: string }[] } };
        results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[] }[];
      }[];
    };
    const [run] = sarif.runs;
    for (const rule of run!.tool.driver.rules) expect(rule.helpUri).toMatch(new RegExp(`/docs/rules/${rule.id.replace("csp-comms/", "")}\\.md$`, "u"));
    const locations = run!.results.map((found) => {
      const { artifactLocation, region } = found.locations[0]!.physicalLocation;
      return [artifactLocation.uri.replace(/^.*\/templates\//u, ""), found.ruleId, region.startLine, region.startColumn];
    });
    expect(locations.sort()).toEqual([...expected].sort());
  });

  const findingsOf = (stdout: string) =>
    (JSON.parse(stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number }[] }[])
      .flatMap((file) => file.messages.map((message) => `${path.basename(file.filePath)} ${message.ruleId} ${message.line}:${message.column}`))
      .sort();

  it("finds the same with --concurrency 2 as on one thread", () => {
    const single = eslint("--format", "json", "templates");
    const parallel = eslint("--format", "json", "--concurrency", "2", "templates");
    expect(parallel.status).toBe(1);
    expect(findingsOf(parallel.stdout)).toEqual(findingsOf(single.stdout));
  });

  it("gives the same findings from --cache on a second run, and re-lints a template that changed", () => {
    const workspace = mkdtempSync(path.join(tmpdir(), "csp-comms-cache-"));
    try {
      cpSync(examples, workspace, { recursive: true });
      const cacheRun = () => spawnSync(process.execPath, [eslintBin, "--format", "json", "--cache", "--cache-location", path.join(workspace, ".eslintcache"), "templates"], { cwd: workspace, encoding: "utf8" });
      // The copy's config imports the plugin by name; point it at this repository's build instead.
      const configPath = path.join(workspace, "eslint.config.js");
      writeFileSync(configPath, readFileSync(configPath, "utf8").replace('"eslint-plugin-csp-comms"', JSON.stringify(pathToFileURL(path.join(examples, "..", "dist", "src", "index.js")).href)));
      const first = findingsOf(cacheRun().stdout);
      expect(first).toHaveLength(4);
      expect(findingsOf(cacheRun().stdout)).toEqual(first);
      const changed = path.join(workspace, "templates", "billing", "factuur-beschikbaar.nl.md");
      writeFileSync(changed, readFileSync(changed, "utf8").replace("Het Microsoft-team", "Het Northwind-team"));
      expect(findingsOf(cacheRun().stdout)).toEqual(first.filter((finding) => !finding.startsWith("factuur-beschikbaar.nl.md")));
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });

  it("fails on warnings with --max-warnings 0 when the rules warn", () => {
    const result = eslint("--rule", '{"csp-comms/no-microsoft-sender": "warn"}', "--max-warnings", "0", "templates/billing/licence-change-confirmation.en.mjml");
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("1 warning");
    expect(result.stdout + result.stderr).toContain("ESLint found too many warnings (maximum: 0)");
  });

  it("exits 2 on a configuration error", () => {
    const result = eslint("--rule", '{"csp-comms/no-such-rule": "error"}', "templates");
    expect(result.status).toBe(2);
  });
});
