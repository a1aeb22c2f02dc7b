import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkIncludePath } from "../rules/valid-mjml.js";

const root = mkdtempSync(path.join(tmpdir(), "csp-comms-include-"));
const project = path.join(root, "project");
const outside = path.join(root, "outside");
mkdirSync(path.join(project, "templates", "partials"), { recursive: true });
mkdirSync(outside);
writeFileSync(path.join(project, "templates", "partials", "footer.mjml"), "<mj-section></mj-section>");
writeFileSync(path.join(outside, "secret.mjml"), "<mj-section></mj-section>");
symlinkSync(path.join(outside, "secret.mjml"), path.join(project, "templates", "partials", "linked.mjml"));
symlinkSync(outside, path.join(project, "templates", "escape"));
const template = path.join(project, "templates", "invoice.mjml");

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe("mj-include paths", () => {
  it.each([
    ["./partials/footer.mjml", "ok"],
    ["partials/footer", "ok"],
    ["./partials/missing.mjml", "includeMissing"],
    ["../../outside/secret.mjml", "includeOutsideProject"],
    ["/etc/passwd", "includeOutsideProject"],
    ["./partials/linked.mjml", "includeOutsideProject"],
    ["./escape/secret.mjml", "includeOutsideProject"],
  ])("%s is %s", (includePath, verdict) => {
    expect(checkIncludePath(includePath, template, project)).toBe(verdict);
  });
});
