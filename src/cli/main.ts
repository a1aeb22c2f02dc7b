#!/usr/bin/env node
/**
 * `csp-comms lint [files]` lints templates with the recommended config and partner settings given
 * as flags, without needing an eslint.config.js: what a pre-commit hook or a CI step runs.
 * `csp-comms init` writes an eslint.config.js for a repository that wants the editor integration.
 */
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ESLint } from "eslint";
import plugin from "../index.js";
import { readSettings, SettingsError } from "../settings.js";

const USAGE = `Usage:
  csp-comms lint [options] [files or directories...]   lint .mjml and .md templates (default: .)
  csp-comms init [options] [--force]                   write eslint.config.js for this repository

Options:
  --partner-name <name>       your brand, e.g. "Contoso Cloud"
  --partner-domain <domain>   a domain you send from (repeat for several)
  --partner-sender <sender>   e.g. "Contoso Billing <billing@contoso.com>", offered in suggestions
  --strict                    also require a partner sender (lint only)
  --format <name>             ESLint formatter: stylish (default), json, … (lint only)
  --max-warnings <n>          fail when there are more warnings (lint only)
  --force                     overwrite an existing eslint.config.js (init only)
  -h, --help                  show this help

Exit codes: 0 no errors, 1 a template breaks a rule or does not parse, 2 bad usage or configuration.`;

interface Options {
  "partner-name"?: string;
  "partner-domain"?: string[];
  "partner-sender"?: string;
  strict?: boolean;
  format?: string;
  "max-warnings"?: string;
  force?: boolean;
  help?: boolean;
}

function settingsFrom(options: Options): Record<string, unknown> {
  const partner: Record<string, unknown> = { domains: options["partner-domain"] ?? [] };
  if (options["partner-name"] !== undefined) partner["name"] = options["partner-name"];
  if (options["partner-sender"] !== undefined) partner["sender"] = options["partner-sender"];
  const settings = { "csp-comms": { partner } };
  readSettings(settings); // a wrong flag is reported now, as a usage error
  return settings;
}

async function lint(options: Options, targets: string[]): Promise<number> {
  const settings = settingsFrom(options);
  const configs = plugin.configs[options.strict ? "strict" : "recommended"];
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: [...configs, { settings }],
    errorOnUnmatchedPattern: false,
  });
  const patterns = targets.length > 0 ? targets.map((target) => (existsSync(target) && !target.match(/\.(?:mjml|md)$/u) ? path.join(target, "**/*.{mjml,md}") : target)) : ["**/*.{mjml,md}"];
  const results = await eslint.lintFiles(patterns);
  const formatter = await eslint.loadFormatter(options.format ?? "stylish");
  const output = await formatter.format(results);
  if (output) process.stdout.write(output.endsWith("\n") ? output : `${output}\n`);
  const errors = results.reduce((total, result) => total + result.errorCount, 0);
  const warnings = results.reduce((total, result) => total + result.warningCount, 0);
  const maxWarnings = options["max-warnings"] === undefined ? -1 : Number(options["max-warnings"]);
  return errors > 0 || (maxWarnings >= 0 && warnings > maxWarnings) ? 1 : 0;
}

function init(options: Options): number {
  const target = path.resolve("eslint.config.js");
  if (existsSync(target) && !options.force) {
    process.stderr.write(`${target} already exists; run with --force to overwrite it.\n`);
    return 2;
  }
  const settings = settingsFrom(options);
  writeFileSync(
    target,
    `// Lints email templates (*.mjml, *.md) against the CSP guideline "the partner owns the billing relationship".
import cspComms from "eslint-plugin-csp-comms";

export default [
  ...cspComms.configs.recommended,
  {
    settings: ${JSON.stringify(settings, null, 2).replaceAll("\n", "\n    ")},
  },
];
`,
  );
  process.stdout.write(`Wrote ${target}. Install the plugin with: npm install --save-dev eslint eslint-plugin-csp-comms\n`);
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  let parsed: { values: Options; positionals: string[] };
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        "partner-name": { type: "string" },
        "partner-domain": { type: "string", multiple: true },
        "partner-sender": { type: "string" },
        strict: { type: "boolean" },
        format: { type: "string" },
        "max-warnings": { type: "string" },
        force: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
    parsed = { values, positionals };
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const [command, ...targets] = parsed.positionals;
  if (parsed.values.help || command === undefined) {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined && !parsed.values.help ? 2 : 0;
  }
  try {
    if (command === "lint") return await lint(parsed.values, targets);
    if (command === "init") return init(parsed.values);
  } catch (error) {
    if (error instanceof SettingsError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  process.stderr.write(`Unknown command "${command}".\n\n${USAGE}\n`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
