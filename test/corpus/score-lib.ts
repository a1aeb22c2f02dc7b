import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Linter } from "eslint";
import tseslint from "typescript-eslint";
import plugin from "../../src/index.js";

export interface CorpusCase {
  file: string;
  locale: string;
  format: "mjml" | "md" | "code";
  violation: boolean;
  signals: string[];
  hard: boolean;
  text: string;
}

const LABEL = /<!--\s*corpus:\s*label=(violation|clean);\s*signals=([\w,-]+);\s*hard=(yes|no);/u;

export function loadCorpus(root: string): CorpusCase[] {
  const cases: CorpusCase[] = [];
  for (const locale of readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
    for (const name of readdirSync(path.join(root, locale)).sort()) {
      if (!name.endsWith(".mjml") && !name.endsWith(".md")) continue;
      const file = path.join(root, locale, name);
      const text = readFileSync(file, "utf8");
      const label = LABEL.exec(text);
      if (!label) throw new Error(`${file}: missing or malformed corpus label line`);
      cases.push({
        file, locale, text,
        format: name.endsWith(".mjml") ? "mjml" : "md",
        violation: label[1] === "violation",
        signals: label[2] === "none" ? [] : label[2]!.split(","),
        hard: label[3] === "yes",
      });
    }
  }
  return cases;
}

const GUIDELINE_RULES = ["no-microsoft-sender", "no-microsoft-authorship", "no-microsoft-billing-contact"];
const linter = new Linter({ configType: "flat" });
const config: Linter.Config[] = [
  ...(plugin.configs["recommended"]).map((entry) => ({
    ...entry,
    rules: Object.fromEntries(GUIDELINE_RULES.map((rule) => [`csp-comms/${rule}`, "error" as const])),
  })),
];

export interface Prediction {
  violation: boolean;
  rules: string[];
  fatal: string | undefined;
}

export function predict(testCase: CorpusCase): Prediction {
  const messages = linter.verify(testCase.text, config, { filename: path.basename(testCase.file) });
  const fatal = messages.find((message) => message.fatal)?.message;
  const rules = [...new Set(messages.filter((message) => message.ruleId).map((message) => message.ruleId!.replace("csp-comms/", "")))];
  return { violation: rules.length > 0, rules, fatal };
}

const BRAND = /micro\s?soft|msft|マイクロソフト|ｍｉｃｒｏｓｏｆｔ/iu;
const BILLING = /invoice|billing|payment|charge|renewal|factuur|facturatie|betaling|rechnung|abrechnung|zahlung|facture|paiement|factura|pago|請求|支払/iu;

/** The naive policy the plugin must beat: the brand and a billing word anywhere in the file. */
export function keywordBaseline(testCase: CorpusCase): boolean {
  return BRAND.test(testCase.text) && BILLING.test(testCase.text);
}

export interface Scores {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function score(pairs: { expected: boolean; predicted: boolean }[]): Scores {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const { expected, predicted } of pairs) {
    if (expected && predicted) tp++;
    else if (!expected && predicted) fp++;
    else if (expected) fn++;
    else tn++;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { n: pairs.length, tp, fp, fn, tn, precision, recall, f1 };
}

const RULE_OF_SIGNAL: Record<string, string> = {
  sender: "no-microsoft-sender",
  authorship: "no-microsoft-authorship",
  "billing-contact": "no-microsoft-billing-contact",
};

/** Whether a caught violation was caught for (one of) the labelled reasons. */
export function signalAgrees(testCase: CorpusCase, prediction: Prediction): boolean {
  return testCase.signals.some((signal) => prediction.rules.includes(RULE_OF_SIGNAL[signal] ?? ""));
}

const CODE_LABEL = /\/\/\s*corpus:\s*label=(violation|clean);\s*signals=([\w,-]+);\s*hard=(yes|no);/u;
const CODE_LANGUAGE = /^(en|nl|de|fr|es|ja)-/u;

/** Mail-sending code: one file a case, the label in a `// corpus:` last line, the locale in the name. */
export function loadCodeCorpus(root: string): CorpusCase[] {
  return readdirSync(root)
    .filter((name) => /\.[cm]?[jt]sx?$/u.test(name))
    .sort()
    .map((name) => {
      const file = path.join(root, name);
      const text = readFileSync(file, "utf8");
      const label = CODE_LABEL.exec(text);
      if (!label) throw new Error(`${file}: missing or malformed corpus label line`);
      return {
        file,
        locale: CODE_LANGUAGE.exec(name)?.[1] ?? "en",
        text,
        format: "code" as const,
        violation: label[1] === "violation",
        signals: label[2] === "none" ? [] : label[2]!.split(","),
        hard: label[3] === "yes",
      };
    });
}

const codeConfig: Linter.Config[] = [
  { files: ["**/*.{js,mjs,cjs}"], languageOptions: { ecmaVersion: 2024, sourceType: "module" } },
  { files: ["**/*.{ts,mts,cts,tsx}"], languageOptions: { parser: tseslint.parser } },
  { files: ["**/*"], plugins: { "csp-comms": plugin }, rules: { "csp-comms/no-microsoft-sender-in-code": "error" } },
];

export function predictCode(testCase: CorpusCase): Prediction {
  const messages = linter.verify(testCase.text, codeConfig, { filename: path.basename(testCase.file) });
  const fatal = messages.find((message) => message.fatal)?.message;
  const found = messages.filter((message) => message.ruleId);
  const rules = [...new Set(found.map((message) => CODE_SIGNAL_RULE[message.messageId ?? ""] ?? ""))];
  return { violation: found.length > 0, rules, fatal };
}

/** The code rule reports all three signals; name each as its template rule for signal agreement. */
const CODE_SIGNAL_RULE: Record<string, string> = {
  sender: "no-microsoft-sender",
  authorship: "no-microsoft-authorship",
  billingContact: "no-microsoft-billing-contact",
};
