import { Linter } from "eslint";
import plugin from "../src/index.js";

export const linter = new Linter({ configType: "flat" });

/** Lints text as a file of the given name with the plugin's recommended (or strict) config. */
export function lint(text: string, filename: string, options: { settings?: Record<string, unknown>; strict?: boolean; rules?: Linter.RulesRecord } = {}) {
  const configs = (plugin.configs[options.strict ? "strict" : "recommended"]).map((config) => ({
    ...config,
    ...(options.rules ? { rules: options.rules } : {}),
  }));
  return linter.verify(text, [...configs, { settings: options.settings ?? {} }], { filename });
}

/** `[line, column, endLine, endColumn]` of each message, 1-based as ESLint prints them. */
export const positions = (messages: Linter.LintMessage[]) => messages.map((message) => [message.line, message.column, message.endLine, message.endColumn]);
