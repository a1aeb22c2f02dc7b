import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const repositoryRoot = fileURLToPath(new URL("..", import.meta.url));
const hasPreCommit = spawnSync("pre-commit", ["--version"]).status === 0;
// CI installs the Debian package, so there a missing framework is a failure, not a skip.
const required = process.env["CI"] === "true";

const workspace = mkdtempSync(path.join(tmpdir(), "csp-comms-pre-commit-"));
afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
});

// pre-commit installs the hook's node environment with npm. Cached package data (from `npm ci`)
// is used where it exists, so a dependency release caught mid-publish on the registry cannot
// break the install.
const run = (command: string, args: string[], cwd: string) =>
  spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, npm_config_prefer_offline: "true", PRE_COMMIT_HOME: path.join(workspace, "cache"), GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com" } });

describe.skipIf(!hasPreCommit && !required)("pre-commit hook (the pre-commit framework, installed the documented way)", () => {
  it("refuses a commit of a template that breaks the guideline, printing the finding, and lets a clean one through", () => {
    expect(hasPreCommit, "the pre-commit framework is not installed (apt-get install pre-commit)").toBe(true);
    const revision = execFileSync("git", ["rev-parse", "HEAD"], { cwd: repositoryRoot, encoding: "utf8" }).trim();
    const project = path.join(workspace, "templates-repo");
    execFileSync("git", ["init", "-q", project]);
    writeFileSync(
      path.join(project, ".pre-commit-config.yaml"),
      `repos:\n  - repo: ${repositoryRoot}\n    rev: ${revision}\n    hooks:\n      - id: csp-comms\n        args: [--partner-domain, contoso.com, --partner-name, Contoso]\n`,
    );
    expect(run("pre-commit", ["install"], project).status).toBe(0);

    writeFileSync(path.join(project, "invoice.md"), "---\nfrom: Microsoft Billing <billing@contoso.com>\nsubject: Your invoice for March\n---\nYour invoice is attached.\n");
    run("git", ["add", "invoice.md", ".pre-commit-config.yaml"], project);
    const refused = run("git", ["commit", "-m", "invoice template"], project);
    expect(refused.status, refused.stdout + refused.stderr).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain("csp-comms/no-microsoft-sender");
    expect(refused.stdout + refused.stderr).toContain('The from name "Microsoft Billing" presents Microsoft as the sender');

    writeFileSync(path.join(project, "invoice.md"), "---\nfrom: Contoso Billing <billing@contoso.com>\nsubject: Your invoice for March\n---\nYour invoice is attached.\n");
    run("git", ["add", "invoice.md"], project);
    const accepted = run("git", ["commit", "-m", "invoice template"], project);
    expect(accepted.status, accepted.stdout + accepted.stderr).toBe(0);
  }, 600_000);
});
