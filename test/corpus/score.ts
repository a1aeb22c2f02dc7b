/**
 * `npm run score [-- --dir test/heldout] [-- --verbose]`: precision, recall and F1 of the guideline
 * rules on the labelled corpus, overall and by locale, format and hardness, next to a keyword baseline.
 */
import path from "node:path";
import { existsSync } from "node:fs";
import { keywordBaseline, loadCodeCorpus, loadCorpus, predict, predictCode, score, signalAgrees, type CorpusCase, type Prediction } from "./score-lib.js";

const args = process.argv.slice(2);
const dirIndex = args.indexOf("--dir");
const root = path.resolve(dirIndex === -1 ? "test/corpus" : args[dirIndex + 1]!);
const verbose = args.includes("--verbose");

const codeRoot = path.resolve("test/corpus-code");
const cases = [...loadCorpus(root), ...(dirIndex === -1 && existsSync(codeRoot) ? loadCodeCorpus(codeRoot) : [])];
const results = cases.map((testCase) => ({
  testCase,
  prediction: testCase.format === "code" ? predictCode(testCase) : predict(testCase),
  baseline: keywordBaseline(testCase),
}));

const format = (value: number) => value.toFixed(3);
const groups: [string, (testCase: CorpusCase) => boolean][] = [
  ["overall", () => true],
  ...[...new Set(cases.map((testCase) => testCase.locale))].map((locale): [string, (testCase: CorpusCase) => boolean] => [`locale ${locale}`, (testCase) => testCase.locale === locale]),
  ["format mjml", (testCase) => testCase.format === "mjml"],
  ["format md", (testCase) => testCase.format === "md"],
  ["code", (testCase) => testCase.format === "code"],
  ["hard", (testCase) => testCase.hard],
  ["plain", (testCase) => !testCase.hard],
];

const codeCount = cases.filter((testCase) => testCase.format === "code").length;
console.log(`corpus: ${path.relative(process.cwd(), root)} (${cases.length - codeCount} templates)${codeCount > 0 ? ` + test/corpus-code (${codeCount} code files)` : ""}`);
console.log(`${"group".padEnd(14)} ${"n".padStart(4)}  ${"precision".padStart(9)} ${"recall".padStart(7)} ${"F1".padStart(6)}   | keyword baseline: ${"precision".padStart(9)} ${"recall".padStart(7)} ${"F1".padStart(6)}`);
for (const [name, member] of groups) {
  const selected = results.filter((result) => member(result.testCase));
  const plugin = score(selected.map((result) => ({ expected: result.testCase.violation, predicted: result.prediction.violation })));
  const baseline = score(selected.map((result) => ({ expected: result.testCase.violation, predicted: result.baseline })));
  console.log(
    `${name.padEnd(14)} ${String(plugin.n).padStart(4)}  ${format(plugin.precision).padStart(9)} ${format(plugin.recall).padStart(7)} ${format(plugin.f1).padStart(6)}   |                   ${format(baseline.precision).padStart(9)} ${format(baseline.recall).padStart(7)} ${format(baseline.f1).padStart(6)}`,
  );
}
const caught = results.filter((result) => result.testCase.violation && result.prediction.violation);
const agreeing = caught.filter((result) => signalAgrees(result.testCase, result.prediction));
console.log(`signal agreement: ${agreeing.length}/${caught.length} caught violations were flagged by the rule of a labelled signal`);
const fatal = results.filter((result) => result.prediction.fatal);
for (const result of fatal) console.log(`PARSE ERROR ${result.testCase.file}: ${result.prediction.fatal}`);
const wrong = results.filter((result) => result.testCase.violation !== result.prediction.violation);
console.log(`${wrong.length} misclassified`);
if (verbose) {
  for (const { testCase, prediction } of caught.filter((result) => !signalAgrees(result.testCase, result.prediction))) {
    console.log(`SIGNAL ${path.relative(process.cwd(), testCase.file)} ${describe(testCase, prediction)}`);
  }
  for (const { testCase, prediction } of wrong) {
    console.log(`${testCase.violation ? "MISSED" : "FALSE "} ${path.relative(process.cwd(), testCase.file)} ${describe(testCase, prediction)}`);
  }
}

function describe(testCase: CorpusCase, prediction: Prediction): string {
  const why = /why=([^>]*)-->/u.exec(testCase.text)?.[1]?.trim() ?? "";
  return `[expected ${testCase.signals.join(",") || "none"}; got ${prediction.rules.join(",") || "none"}] ${why}`;
}
