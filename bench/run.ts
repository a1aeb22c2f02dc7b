/**
 * Performance benchmark of eslint-plugin-csp-comms. Run with `npm run bench` (full, ~5–8 min on
 * 2 cores) or `npm run bench:quick` (~1–1.5 min). Everything is measured in this one process with
 * tinybench (warm-up on); ratios are taken against baselines measured in the same run, so the
 * numbers compare across machines even though the absolute times do not. Nothing here asserts:
 * the run prints tables, writes `bench/results/latest.json`, and exits 0 unless it crashed.
 * See bench/README.md for what each number means.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { Worker } from "node:worker_threads";
import markdown from "@eslint/markdown";
import { ESLint, Linter } from "eslint";
import { Bench, type HookMode } from "tinybench";
import plugin from "../src/index.js";
import { forgetPreparedTexts } from "../src/detect/normalize.js";
import { getMessage } from "../src/communication/index.js";
import { prepareBlocks } from "../src/detect/text-units.js";
import { forgetParsedPieces } from "../src/languages/markdown/chunks.js";

/** What the plugin keeps between lints of the same text: forgotten so each measured lint is a first one. */
function forgetCaches(): void {
  forgetParsedPieces();
  forgetPreparedTexts();
}
import {
  adversarialInputs,
  byteLength,
  generateSet,
  generateTemplateInfo,
  nestedList,
  type Format,
  type TemplateInfo,
} from "./generate.js";

// ---------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------

const args = process.argv.slice(2);
const QUICK = args.includes("--quick");
const ONLY = args.find((arg) => arg.startsWith("--only="))?.slice("--only=".length).split(",");
type Section = "overhead" | "peer" | "editor" | "scaling" | "adversarial";
const enabled = (section: Section) => !ONLY || ONLY.includes(section) || (section === "overhead" && ONLY.includes("peer")) || (section === "peer" && ONLY.includes("overhead"));

const SEED = 20_240_611;
const FORMATS: readonly Format[] = ["mjml", "md"];
const KB = 1024;

/** Measurement budgets. `iterations` and `time` are both minimums in tinybench's sequential mode. */
const PLAN = QUICK
  ? {
      set: { count: 40, time: 400, iterations: 3, warmupIterations: 1, rounds: 3 },
      editor: { sizes: [5 * KB, 50 * KB, 500 * KB], iterations: [40, 20, 3], time: 300 },
      scaling: { maxBytes: 256 * KB, iterations: (bytes: number) => (bytes <= 64 * KB ? 9 : 5), time: 100 },
      fileCounts: [100, 300, 1_000],
      adversarial: { bytes: 1024 * KB, iterations: 1, warmupIterations: 1, warmupBytes: 64 * KB, parseOnly: false },
      depths: [100, 200, 400],
      depthIterations: 1,
    }
  : {
      set: { count: 40, time: 1_500, iterations: 5, warmupIterations: 3, rounds: 3 },
      editor: { sizes: [5 * KB, 50 * KB, 500 * KB], iterations: [300, 100, 20], time: 2_000 },
      scaling: { maxBytes: 1024 * KB, iterations: (bytes: number) => (bytes <= 64 * KB ? 21 : bytes <= 256 * KB ? 9 : 5), time: 300 },
      fileCounts: [100, 1_000, 10_000],
      adversarial: { bytes: 1024 * KB, iterations: 3, warmupIterations: 1, warmupBytes: 0, parseOnly: true },
      depths: [100, 200, 400],
      depthIterations: 5,
    };

const TARGETS = { overheadRatio: 1.5, peerRatio: 2, editorP95At50KbMs: 20, adversarialMs: 1_000 };
/** "No input over 1 s per MB": an input is slow when its time scaled to 1 MB is over 1 s. */
const slowPerMb = (milliseconds: number, bytes: number) => milliseconds / (bytes / (1024 * 1024)) > TARGETS.adversarialMs;

// ---------------------------------------------------------------------------------------------
// Configs
// ---------------------------------------------------------------------------------------------

const SETTINGS: Linter.Config = {
  settings: { "csp-comms": { partner: { name: "Northwind Cloud", domains: ["northwind-cloud.example", "contoso-it.example", "fabrikam.example", "tailspin.example"] } } },
};
/** The plugin's recommended config: all recommended rules for both formats. */
const RECOMMENDED: Linter.Config[] = [...plugin.configs.recommended, SETTINGS];
/** The same languages with no rule enabled: the cost of ESLint + the plugin's parser alone. */
const BARE: Linter.Config[] = [...plugin.configs.recommended.map((config) => ({ ...config, rules: {} })), SETTINGS];
/** Recommended minus valid-mjml, to show what the MJML validator costs on its own. */
const GUIDELINE_ONLY: Linter.Config[] = [
  ...plugin.configs.recommended.map((config) => ({
    ...config,
    rules: Object.fromEntries(Object.entries(config.rules ?? {}).filter(([rule]) => rule !== "csp-comms/valid-mjml")),
  })),
  SETTINGS,
];
/**
 * One rule that does nothing (it listens for the root and returns): what ESLint's own traversal
 * costs the moment any rule is on, visiting every node of the tree and matching selectors. No
 * plugin's rules can cost less, so this shows how much of the overhead is ESLint's and how much ours.
 */
/**
 * Floors under the guideline rules, each one rule that listens for the root: it does nothing
 * (`no-op`), builds the message model every guideline rule reads (`message-model`), or also
 * normalizes its text as every detector needs it (`normalized-text`). What the detectors add is
 * the step from the last floor to the guideline rules.
 */
const floorRule = (work: (root: unknown, text: string) => unknown) => ({
  meta: { type: "problem", schema: [], languages: ["csp-comms/mjml", "csp-comms/markdown"] },
  create: (context: { sourceCode: { text: string } }) => ({ "root, Document"(root: unknown) { work(root, context.sourceCode.text); } }),
});
const FLOOR_PLUGIN = {
  rules: {
    "no-op": floorRule(() => undefined),
    "message-model": floorRule((root, text) => getMessage(root, text)),
    "normalized-text": floorRule((root, text) => prepareBlocks(getMessage(root, text).body)),
  },
} as unknown as NonNullable<Linter.Config["plugins"]>[string];
const oneFloorRule = (name: "no-op" | "message-model" | "normalized-text"): Linter.Config[] => [
  ...plugin.configs.recommended.map((config) => ({ ...config, plugins: { ...config.plugins, bench: FLOOR_PLUGIN }, rules: { [`bench/${name}`]: "error" as const } })),
  SETTINGS,
];
const ONE_NO_OP_RULE = oneFloorRule("no-op");
/** @eslint/markdown's recommended rules on its GFM language with YAML front matter. */
const PEER: Linter.Config[] = markdown.configs.recommended.map((config) => ({
  ...config,
  language: "markdown/gfm",
  languageOptions: { frontmatter: "yaml" },
}));
const PEER_BARE: Linter.Config[] = PEER.map((config) => ({ ...config, rules: {} }));

const linter = new Linter({ configType: "flat" });

// ---------------------------------------------------------------------------------------------
// Measurement helpers
// ---------------------------------------------------------------------------------------------

interface Stats {
  /** Median, mean, 95th percentile, min and max latency of one task call, in ms. */
  p50: number;
  mean: number;
  p95: number;
  min: number;
  max: number;
  samples: number;
}

interface MeasureOptions {
  time: number;
  iterations: number;
  warmupIterations: number;
  warmupTime?: number;
  /**
   * Rounds of the whole task list (A B C, A B C, …), each a fresh tinybench run; the samples of all
   * rounds are pooled. Interleaving keeps a slow patch of the machine from landing on one task only.
   */
  rounds?: number;
  /** Whether the tasks return promises; declared, so tinybench does not spend a call finding out. */
  async?: boolean;
  /** Called before each task's warm-up phase and before its timed phase (tinybench's `beforeAll`). */
  beforePhase?: (mode: HookMode) => void;
}

/** Linear-interpolated quantile of sorted samples. */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = (sorted.length - 1) * q;
  const low = Math.floor(index);
  const high = Math.ceil(index);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (index - low);
}

/** Runs the tasks one after another with tinybench (warm-up before the first round) and returns their latency stats. */
async function measure(tasks: Record<string, () => unknown>, options: MeasureOptions): Promise<Record<string, Stats>> {
  const pooled = new Map<string, number[]>(Object.keys(tasks).map((name) => [name, []]));
  const rounds = options.rounds ?? 1;
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({
      time: options.time,
      iterations: options.iterations,
      warmup: round === 0 && options.warmupIterations > 0,
      warmupIterations: options.warmupIterations,
      warmupTime: options.warmupTime ?? 0,
      retainSamples: true,
      throws: true,
    });
    for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn, { async: options.async ?? false, beforeAll: (mode) => options.beforePhase?.(mode ?? "run") });
    await bench.run();
    for (const task of bench.tasks) {
      const result = task.result;
      if (result.state !== "completed") throw new Error(`benchmark task ${task.name} ended ${result.state}`);
      pooled.get(task.name)!.push(...(result.latency.samples ?? []));
    }
  }
  const out: Record<string, Stats> = {};
  for (const [name, samples] of pooled) {
    const sorted = samples.sort((a, b) => a - b);
    out[name] = {
      p50: quantile(sorted, 0.5),
      mean: sorted.reduce((total, sample) => total + sample, 0) / sorted.length,
      p95: quantile(sorted, 0.95),
      min: sorted[0] ?? Number.NaN,
      max: sorted.at(-1) ?? Number.NaN,
      samples: sorted.length,
    };
  }
  return out;
}

/** Forces a full GC where possible (`--expose-gc` is switched on at run time), before memory readings. */
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as (() => void) | undefined;

interface PeakRss {
  /** RSS just before the measured work (after a GC), and the highest RSS seen during it, in bytes. */
  before: number;
  peak: number;
}

/**
 * Runs `work` while a worker thread samples the process's RSS every 2 ms, so the peak is seen even
 * while the main thread is busy in one long synchronous lint (a timer there would never fire).
 */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ value: T; rss: PeakRss }> {
  collectGarbage?.();
  const shared = new BigInt64Array(new SharedArrayBuffer(8));
  const before = process.memoryUsage.rss();
  Atomics.store(shared, 0, BigInt(before));
  const worker = new Worker(
    `const { parentPort, workerData } = require("node:worker_threads");
     const peak = new BigInt64Array(workerData);
     const sample = () => {
       const rss = BigInt(process.memoryUsage.rss());
       if (rss > Atomics.load(peak, 0)) Atomics.store(peak, 0, rss);
     };
     setInterval(sample, 2);
     parentPort.postMessage("ready");`,
    { eval: true, workerData: shared.buffer },
  );
  await new Promise((resolve) => worker.once("message", resolve));
  try {
    const value = await work();
    const peak = Math.max(Number(Atomics.load(shared, 0)), process.memoryUsage.rss());
    return { value, rss: { before, peak } };
  } finally {
    await worker.terminate();
  }
}

/**
 * Every measurement but editor latency is of a first lint, as in a CI run: the plugin keeps parsed
 * Markdown paragraphs and prepared block texts for the editor, so they are forgotten before each file.
 */
const lintAll = (files: readonly { text: string; filename: string }[], config: Linter.Config[]) => () => {
  for (const file of files) {
    forgetCaches();
    linter.verify(file.text, config, { filename: file.filename });
  }
};

interface LintCheck {
  findings: number;
  flagged: number;
  fatal: number;
  firstFatal?: string;
}

/** One untimed pass: counts findings and parse errors, so a run that only measured a parse failure shows. */
function check(files: readonly { text: string; filename: string }[], config: Linter.Config[]): LintCheck {
  const result: LintCheck = { findings: 0, flagged: 0, fatal: 0 };
  for (const file of files) {
    const messages = linter.verify(file.text, config, { filename: file.filename });
    const fatal = messages.find((message) => message.fatal);
    if (fatal) {
      result.fatal++;
      result.firstFatal ??= `${file.filename}: ${fatal.message}`;
    }
    const findings = messages.filter((message) => !message.fatal).length;
    result.findings += findings;
    if (findings > 0) result.flagged++;
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Output helpers
// ---------------------------------------------------------------------------------------------

const ms = (value: number): string => {
  if (!Number.isFinite(value)) return "–";
  if (value < 1) return value.toFixed(3);
  if (value < 10) return value.toFixed(2);
  if (value < 100) return value.toFixed(1);
  return value.toFixed(0);
};
const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : "–");
const size = (bytes: number): string => (bytes >= 1024 * KB ? `${(bytes / (1024 * KB)).toFixed(bytes % (1024 * KB) === 0 ? 0 : 2)} MB` : bytes >= KB ? `${(bytes / KB).toFixed(bytes < 10 * KB && bytes % KB !== 0 ? 1 : 0)} KB` : `${bytes} B`);
const mb = (bytes: number) => `${(bytes / (1024 * KB)).toFixed(0)} MB`;
const throughput = (bytes: number, millis: number) => `${(bytes / (1024 * KB) / (millis / 1000)).toFixed(2)} MB/s`;

function printTable(title: string, header: string[], rows: (string | number)[][], note?: string): void {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => Array.from(row[column] ?? "").length)));
  const line = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ");
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const row of cells.slice(1)) console.log(line(row));
  if (note) console.log(note);
}

const progress = (text: string) => process.stderr.write(`… ${text}\n`);
const within = (value: number, limit: number) => (value <= limit ? "within" : "OVER");

// ---------------------------------------------------------------------------------------------
// Sections
// ---------------------------------------------------------------------------------------------

const named = (files: TemplateInfo[], format: Format) => files.map((file, index) => ({ ...file, filename: `template-${index}.${format}` }));

interface SetResult {
  format: Format;
  files: number;
  bytes: number;
  violationsInserted: number;
  check: LintCheck;
  tasks: Record<string, Stats>;
}

async function measureSets(): Promise<Record<Format, SetResult>> {
  const out = {} as Record<Format, SetResult>;
  for (const format of FORMATS) {
    const files = named(generateSet(format, PLAN.set.count, 2 * KB, 20 * KB, SEED + (format === "md" ? 1 : 0)), format);
    const bytes = files.reduce((total, file) => total + file.bytes, 0);
    progress(`overhead${format === "md" ? " + peer" : ""}: ${files.length} ${format} files, ${size(bytes)}`);
    const tasks: Record<string, () => unknown> = {
      recommended: lintAll(files, RECOMMENDED),
      bare: lintAll(files, BARE),
      "no-op": lintAll(files, ONE_NO_OP_RULE),
    };
    tasks["message-model"] = lintAll(files, oneFloorRule("message-model"));
    tasks["normalized-text"] = lintAll(files, oneFloorRule("normalized-text"));
    if (format === "mjml") tasks["guideline-only"] = lintAll(files, GUIDELINE_ONLY);
    if (format === "md" && enabled("peer")) {
      tasks["peer-recommended"] = lintAll(files, PEER);
      tasks["peer-bare"] = lintAll(files, PEER_BARE);
    }
    out[format] = {
      format,
      files: files.length,
      bytes,
      violationsInserted: files.filter((file) => file.violation).length,
      check: check(files, RECOMMENDED),
      tasks: await measure(tasks, PLAN.set),
    };
  }
  return out;
}

function reportOverhead(sets: Record<Format, SetResult>) {
  const rows: (string | number)[][] = [];
  const summary: Record<string, unknown> = {};
  for (const format of FORMATS) {
    const set = sets[format];
    const full = set.tasks["recommended"]!;
    const bare = set.tasks["bare"]!;
    const overhead = full.p50 / bare.p50;
    summary[format] = { files: set.files, bytes: set.bytes, violationsInserted: set.violationsInserted, check: set.check, recommended: full, bare, ratio: overhead, ...(set.tasks["guideline-only"] ? { guidelineOnly: set.tasks["guideline-only"], guidelineOnlyRatio: set.tasks["guideline-only"].p50 / bare.p50 } : {}) };
    rows.push([`${format}: bare parse (no rules)`, set.files, size(set.bytes), ms(bare.p50), ms(bare.p50 / set.files), throughput(set.bytes, bare.p50), "1.00×", "", `${set.check.fatal} parse errors`]);
    const noOp = set.tasks["no-op"]!;
    summary[format] = { ...(summary[format] as object), oneNoOpRule: noOp, oneNoOpRuleRatio: noOp.p50 / bare.p50 };
    rows.push([`${format}: one no-op rule (ESLint's traversal)`, set.files, size(set.bytes), ms(noOp.p50), ms(noOp.p50 / set.files), throughput(set.bytes, noOp.p50), ratio(noOp.p50 / bare.p50), "", ""]);
    for (const [task, label] of [["message-model", "message model only"], ["normalized-text", "message model + normalized text"]] as const) {
      const floor = set.tasks[task]!;
      summary[format] = { ...(summary[format] as object), [task]: floor, [`${task}-ratio`]: floor.p50 / bare.p50 };
      rows.push([`${format}: ${label}`, set.files, size(set.bytes), ms(floor.p50), ms(floor.p50 / set.files), throughput(set.bytes, floor.p50), ratio(floor.p50 / bare.p50), "", ""]);
    }
    if (set.tasks["guideline-only"]) {
      const guideline = set.tasks["guideline-only"];
      rows.push([`${format}: guideline rules (no valid-mjml)`, set.files, size(set.bytes), ms(guideline.p50), ms(guideline.p50 / set.files), throughput(set.bytes, guideline.p50), ratio(guideline.p50 / bare.p50), "", ""]);
    }
    rows.push([`${format}: recommended`, set.files, size(set.bytes), ms(full.p50), ms(full.p50 / set.files), throughput(set.bytes, full.p50), ratio(overhead), `≤ ${TARGETS.overheadRatio} ${within(overhead, TARGETS.overheadRatio)}`, `${set.check.flagged} flagged / ${set.violationsInserted} seeded`]);
  }
  printTable(
    "(a) Overhead: Linter#verify, recommended rules vs the bare parse of the same files",
    ["config", "files", "bytes", "p50 ms/set", "ms/file", "throughput", "vs bare", "target", "check"],
    rows,
    "    'vs bare' = median time of the whole set with the config / median with the same language and no rules.\n" +
      "    'one no-op rule' = ESLint visiting every node once any rule is on: the floor under any rules on this tree.\n" +
      "    'message model only' / '+ normalized text' = one rule doing only what every guideline rule needs before any detector runs.",
  );
  return summary;
}

function reportPeer(set: SetResult) {
  const ours = set.tasks["recommended"]!;
  const oursBare = set.tasks["bare"]!;
  const peer = set.tasks["peer-recommended"]!;
  const peerBare = set.tasks["peer-bare"]!;
  const peerRatio = ours.p50 / peer.p50;
  printTable(
    `(b) Peer: the same ${set.files} Markdown files (${size(set.bytes)}), csp-comms vs @eslint/markdown`,
    ["config", "p50 ms/set", "ms/file", "throughput", "vs @eslint/markdown", "target"],
    [
      ["@eslint/markdown gfm, no rules", ms(peerBare.p50), ms(peerBare.p50 / set.files), throughput(set.bytes, peerBare.p50), ratio(peerBare.p50 / peer.p50), ""],
      ["@eslint/markdown gfm + recommended", ms(peer.p50), ms(peer.p50 / set.files), throughput(set.bytes, peer.p50), "1.00×", ""],
      ["csp-comms/markdown, no rules", ms(oursBare.p50), ms(oursBare.p50 / set.files), throughput(set.bytes, oursBare.p50), ratio(oursBare.p50 / peer.p50), ""],
      ["csp-comms/markdown + recommended", ms(ours.p50), ms(ours.p50 / set.files), throughput(set.bytes, ours.p50), ratio(peerRatio), `≤ ${TARGETS.peerRatio} ${within(peerRatio, TARGETS.peerRatio)}`],
    ],
    `    parse-only ratio (csp-comms/markdown vs markdown/gfm, both without rules): ${ratio(oursBare.p50 / peerBare.p50)}`,
  );
  return { files: set.files, bytes: set.bytes, ours, oursBare, peer, peerBare, ratio: peerRatio, parseRatio: oursBare.p50 / peerBare.p50 };
}

/**
 * The seed of the size series in (c) and (d): one English invoice with a seeded violation, so only
 * the size changes along a series (the same seed grows the same template). Locale matters: Japanese
 * text costs less per byte (three bytes a character), which would otherwise show up as a bend in
 * the scaling curve wherever the generator happened to pick it.
 */
function seriesSeed(format: Format): number {
  for (let seed = SEED; ; seed++) {
    const info = generateTemplateInfo(format, 2 * KB, seed);
    if (info.locale === "en" && info.topic === "invoice" && info.violation) return seed;
  }
}

async function editorLatency() {
  const cwd = mkdtempSync(path.join(os.tmpdir(), "csp-comms-bench-"));
  const results: { format: Format; target: number; bytes: number; stats: Stats; findings: number; fatal: number }[] = [];
  try {
    const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: RECOMMENDED });
    for (const format of FORMATS) {
      for (const [index, target] of PLAN.editor.sizes.entries()) {
        const template = generateTemplateInfo(format, target, seriesSeed(format));
        const filePath = path.join(cwd, `template.${format}`);
        progress(`editor latency: ${format} ${size(template.bytes)}`);
        // Starts from nothing kept: the first lint parses everything, as opening a file would.
        forgetCaches();
        const [first] = await eslint.lintText(template.text, { filePath });
        const messages = first?.messages ?? [];
        const iterations = PLAN.editor.iterations[index]!;
        // Each sample lints the text one keystroke further on: a sentence typed into a paragraph in
        // the middle, as the language server sends it, so nothing can be reused from an identical text.
        const typed = typingAt(format, template.text);
        let keystroke = 0;
        const stats = await measure(
          { lintText: () => eslint.lintText(typed(keystroke++), { filePath }) },
          { time: PLAN.editor.time, iterations, warmupIterations: Math.min(5, Math.ceil(iterations / 5)), async: true },
        );
        results.push({ format, target, bytes: template.bytes, stats: stats["lintText"]!, findings: messages.filter((m) => !m.fatal).length, fatal: messages.filter((m) => m.fatal).length });
      }
    }
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
  printTable(
    "(c) Editor latency: warm ESLint#lintText of one template, one keystroke more each sample (recommended config)",
    ["template", "bytes", "samples", "p50 ms", "p95 ms", "max ms", "target"],
    results.map((result) => [
      `${result.format} ~${size(result.target)}${result.fatal ? " (PARSE ERROR)" : ""}`,
      size(result.bytes),
      result.stats.samples,
      ms(result.stats.p50),
      ms(result.stats.p95),
      ms(result.stats.max),
      result.target === 50 * KB ? `p95 < ${TARGETS.editorP95At50KbMs} ${result.stats.p95 < TARGETS.editorP95At50KbMs ? "within" : "OVER"}` : "",
    ]),
  );
  return results;
}

const TYPED_SENTENCE = " Thank you for your order, we will confirm it by email.";

/**
 * The template with the first `keystroke` characters (cycling) of a sentence typed at the end of
 * a paragraph near the middle: a Markdown prose line, or the text of an MJML `mj-text`.
 */
function typingAt(format: Format, text: string): (keystroke: number) => string {
  const middle = Math.floor(text.length / 2);
  const at = format === "md" ? text.indexOf("\n", text.slice(middle).search(/\n[A-Za-z][^\n]*[a-z.]\n/u) + middle + 1) : text.indexOf("</mj-text>", middle);
  if (at <= 0) throw new Error(`no paragraph to type into in the ${format} template`);
  return (keystroke) => text.slice(0, at) + TYPED_SENTENCE.slice(0, 1 + (keystroke % (TYPED_SENTENCE.length - 1))) + text.slice(at);
}

/**
 * Many files, as CI lints a repository: N generated templates (half MJML, half Markdown, 1–8 KB)
 * written to a temporary directory and linted with `ESLint#lintFiles`, on one thread and with
 * `concurrency: "auto"`. Worker threads load the config from a file, so this uses the built
 * plugin in `dist/` (`npm run bench` builds it first).
 */
async function fileCountScaling() {
  const distEntry = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "dist/src/index.js");
  if (!existsSync(distEntry)) throw new Error("dist/ is missing: run `npm run build` before the benchmark (npm run bench does)");
  const counts = PLAN.fileCounts;
  const largest = counts.at(-1)!;
  const cwd = mkdtempSync(path.join(os.tmpdir(), "csp-comms-files-"));
  const rows: (string | number)[][] = [];
  const out: Record<string, unknown>[] = [];
  try {
    const configFile = path.join(cwd, "eslint.config.mjs");
    writeFileSync(
      configFile,
      `import plugin from ${JSON.stringify(pathToFileURL(distEntry).href)};\nexport default [...plugin.configs.recommended, ${JSON.stringify(SETTINGS)}];\n`,
    );
    progress(`file count: writing ${largest} templates`);
    const templates = [...generateSet("mjml", largest / 2, 1 * KB, 8 * KB, SEED + 7), ...generateSet("md", largest / 2, 1 * KB, 8 * KB, SEED + 8)];
    const byCount = new Map<number, { directory: string; bytes: number }>();
    for (const count of counts) {
      const directory = path.join(cwd, `n${count}`);
      mkdirSync(directory);
      // The same mix of sizes at every count: every (largest/count)-th template of each format
      // (the generated sizes grow with the index).
      const half = largest / 2;
      const picked = Array.from({ length: count / 2 }, (_, k) => Math.floor((k * largest) / count));
      const chosen = [...picked.map((index) => templates[index]!), ...picked.map((index) => templates[half + index]!)];
      let bytes = 0;
      for (const [index, template] of chosen.entries()) {
        writeFileSync(path.join(directory, `t${index}.${template.format}`), template.text);
        bytes += template.bytes;
      }
      byCount.set(count, { directory, bytes });
    }
    const points: Record<string, { count: number; ms: number }[]> = { off: [], auto: [] };
    for (const concurrency of ["off", "auto"] as const) {
      for (const count of counts) {
        const { directory, bytes } = byCount.get(count)!;
        progress(`file count: ${count} files, concurrency ${concurrency}`);
        const eslint = new ESLint({ cwd, overrideConfigFile: configFile, concurrency });
        const lint = async () => {
          const results = await eslint.lintFiles([directory]);
          if (results.length !== count) throw new Error(`linted ${results.length} files, expected ${count}`);
          return results;
        };
        const run = () => measure({ lint }, { time: 0, iterations: count >= 5_000 ? 1 : 3, warmupIterations: count >= 5_000 ? 0 : 1, async: true });
        const isLargest = count === largest;
        const { value: stats, rss } = isLargest ? await withPeakRss(run) : { value: await run(), rss: undefined };
        const time = stats["lint"]!.p50;
        points[concurrency]!.push({ count, ms: time });
        const previous = points[concurrency]!.at(-2);
        rows.push([
          `${count} files`,
          concurrency,
          size(bytes),
          ms(time),
          ms(time / count),
          previous ? `${ratio(time / previous.ms)} / ${ratio(count / previous.count)}` : "",
          rss ? `${mb(rss.peak)} (+${mb(rss.peak - rss.before)})` : "",
        ]);
        out.push({ count, concurrency, bytes, ...stats["lint"], ...(rss ? { peakRssBytes: rss.peak, rssBeforeBytes: rss.before } : {}) });
      }
    }
    const slopes = Object.fromEntries(Object.entries(points).map(([mode, series]) => [mode, logLogSlope(series.map((point) => ({ x: point.count, y: point.ms })))]));
    printTable(
      `    file count: ESLint#lintFiles on N templates (1–8 KB, half MJML, half Markdown), median of ${counts.length > 2 ? "1–3" : "3"} runs`,
      ["files", "concurrency", "bytes", "ms", "ms/file", "time× / files× vs previous", "peak RSS (largest)"],
      rows,
      `    slope log t / log n: ${Object.entries(slopes).map(([mode, slope]) => `${mode} ${slope.toFixed(2)}`).join(", ")} (1 is linear). "auto" runs one worker per core; on 2 cores its gain is small.`,
    );
    return { points: out, slopes };
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

/** Least-squares slope of log(y) against log(x). */
function logLogSlope(points: { x: number; y: number }[]): number {
  const xs = points.map((point) => Math.log(point.x));
  const ys = points.map((point) => Math.log(point.y));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return num / den;
}

/** A task that lints one file and keeps the messages of its last run (no extra untimed pass needed). */
function lintOne(file: { text: string; filename: string }, config: Linter.Config[]) {
  const state = { messages: [] as Linter.LintMessage[] };
  const run = () => {
    forgetCaches();
    state.messages = linter.verify(file.text, config, { filename: file.filename });
  };
  return { state, run };
}

const fatalOf = (messages: readonly Linter.LintMessage[]) => messages.find((message) => message.fatal)?.message;

async function scaling() {
  const sizes: number[] = [];
  for (let bytes = KB; bytes <= PLAN.scaling.maxBytes; bytes *= 2) sizes.push(bytes);
  const out: Record<string, unknown> = {};
  const rows: (string | number)[][] = [];
  const fits: (string | number)[][] = [];
  for (const format of FORMATS) {
    const points: { target: number; bytes: number; stats: Stats; fatal: string | undefined }[] = [];
    let rss: PeakRss = { before: 0, peak: 0 };
    for (const target of sizes) {
      const template = generateTemplateInfo(format, target, seriesSeed(format));
      const task = lintOne({ text: template.text, filename: `scaling.${format}` }, RECOMMENDED);
      progress(`scaling: ${format} ${size(template.bytes)}`);
      const run = () => measure({ lint: task.run }, { time: PLAN.scaling.time, iterations: PLAN.scaling.iterations(target), warmupIterations: 1 });
      let stats: Record<string, Stats>;
      if (target === sizes.at(-1)) ({ value: stats, rss } = await withPeakRss(run));
      else stats = await run();
      points.push({ target, bytes: template.bytes, stats: stats["lint"]!, fatal: fatalOf(task.state.messages) });
    }
    const slope = logLogSlope(points.map((point) => ({ x: point.bytes, y: point.stats.p50 })));
    const tail = points.filter((point) => point.target >= 16 * KB);
    const tailSlope = tail.length >= 2 ? logLogSlope(tail.map((point) => ({ x: point.bytes, y: point.stats.p50 }))) : Number.NaN;
    // Time ratio per doubling of bytes, (t2/t1)^(1/log2(b2/b1)): the generated sizes are not exact
    // powers of two. Steps whose byte ratio is under 1.5 (the smallest templates) are too noisy for it.
    let worst = { ratio: 0, from: 0, to: 0 };
    for (let i = 1; i < points.length; i++) {
      const byteRatio = points[i]!.bytes / points[i - 1]!.bytes;
      if (byteRatio < 1.5) continue;
      const doubling = (points[i]!.stats.p50 / points[i - 1]!.stats.p50) ** (1 / Math.log2(byteRatio));
      if (doubling > worst.ratio) worst = { ratio: doubling, from: points[i - 1]!.target, to: points[i]!.target };
    }
    for (const [i, point] of points.entries()) {
      const previous = points[i - 1];
      rows.push([
        `${format} ${size(point.target)}${point.fatal ? " (PARSE ERROR)" : ""}`,
        size(point.bytes),
        point.stats.samples,
        ms(point.stats.p50),
        previous ? `${ratio(point.stats.p50 / previous.stats.p50)} / ${ratio(point.bytes / previous.bytes)}` : "",
        throughput(point.bytes, point.stats.p50),
      ]);
    }
    fits.push([format, slope.toFixed(2), Number.isFinite(tailSlope) ? tailSlope.toFixed(2) : "–", `${ratio(worst.ratio)} (${size(worst.from)}→${size(worst.to)})`, `${mb(rss.peak)} (+${mb(rss.peak - rss.before)})`, size(sizes.at(-1)!)]);
    out[format] = { points: points.map((point) => ({ targetBytes: point.target, bytes: point.bytes, ...point.stats, fatal: point.fatal })), slope, slopeFrom16Kb: tailSlope, worstDoubling: worst, peakRssBytes: rss.peak, rssBeforeLargestBytes: rss.before };
  }
  printTable(
    "(d) Scaling: Linter#verify (recommended) on one template of each size, median of several runs",
    ["template", "bytes", "runs", "p50 ms", "time× / bytes× vs previous", "throughput"],
    rows,
  );
  printTable(
    "    fit",
    ["format", "slope log t/log n", "slope ≥ 16 KB", "largest time× per doubling", "peak RSS (largest run)", "largest"],
    fits,
    "    slope ≈ 1 is linear, ≈ 2 quadratic. 'time× per doubling' = (time ratio)^(1/log2(bytes ratio)) between neighbouring sizes\n    (≈ 2 is linear; one noisy point moves it, the slope is the steadier number). Peak RSS is sampled from a worker thread during the runs\n    of the largest size; (+N) is the rise over the RSS just before them, after a GC.",
  );
  return out;
}

async function adversarial() {
  const inputs = adversarialInputs(PLAN.adversarial.bytes);
  // --quick warms up on a 64 KB (and 1,000-tag) version of the same input, to spare a 1 MB run.
  const warmInputs = PLAN.adversarial.warmupBytes > 0 ? adversarialInputs(PLAN.adversarial.warmupBytes, { tags: 1_000 }) : inputs;
  const rows: (string | number)[][] = [];
  const out: Record<string, unknown>[] = [];
  for (const [index, input] of inputs.entries()) {
    const full = { text: input.text, filename: `adversarial.${input.format}` };
    const warm = { text: warmInputs[index]!.text, filename: full.filename };
    const file = { ...full };
    const bytes = byteLength(input.text);
    progress(`adversarial: ${input.format} ${input.name}`);
    const task = lintOne(file, RECOMMENDED);
    const tasks: Record<string, () => unknown> = { recommended: task.run };
    if (PLAN.adversarial.parseOnly) tasks["bare"] = lintOne(file, BARE).run;
    if (PLAN.adversarial.parseOnly && input.format === "md" && !input.skipPeer) tasks["peer"] = lintOne(file, PEER).run;
    const { value: stats, rss } = await withPeakRss(() =>
      measure(tasks, {
        time: 0,
        iterations: PLAN.adversarial.iterations,
        warmupIterations: PLAN.adversarial.warmupIterations,
        beforePhase: (mode) => {
          file.text = mode === "warmup" ? warm.text : full.text;
        },
      }),
    );
    const time = stats["recommended"]!.p50;
    const fatal = fatalOf(task.state.messages);
    const findings = task.state.messages.filter((message) => !message.fatal).length;
    rows.push([
      `${input.format}: ${input.name}`,
      size(bytes),
      ms(time),
      stats["bare"] ? ms(stats["bare"].p50) : "–",
      stats["peer"] ? ms(stats["peer"].p50) : input.skipPeer && PLAN.adversarial.parseOnly ? "not run*" : "–",
      throughput(bytes, time),
      `${mb(rss.peak)} (+${mb(rss.peak - rss.before)})`,
      slowPerMb(time, bytes) ? "> 1 s/MB" : "",
      fatal ? `parse error: ${fatal.slice(0, 60)}` : `${findings} findings`,
    ]);
    out.push({ name: input.name, format: input.format, bytes, recommended: stats["recommended"], bare: stats["bare"], peer: stats["peer"], peakRssBytes: rss.peak, rssBeforeBytes: rss.before, slow: slowPerMb(time, bytes), findings, fatal });
  }
  printTable(
    `(e) Adversarial inputs: Linter#verify, median ms of ${PLAN.adversarial.iterations} run(s) after ${PLAN.adversarial.warmupIterations} warm-up run(s)${PLAN.adversarial.warmupBytes > 0 ? ` on a ${size(PLAN.adversarial.warmupBytes)} version` : ""}`,
    ["input", "bytes", "recommended", "bare parse", "@eslint/markdown", "throughput", "peak RSS", "flag", "outcome"],
    rows,
    [
      PLAN.adversarial.parseOnly ? undefined : "    (--quick: the bare-parse and @eslint/markdown columns are measured in the full run only)",
      ...inputs.filter((input) => input.skipPeer && PLAN.adversarial.parseOnly).map((input) => `    * ${input.name}: ${input.skipPeer}`),
    ].filter(Boolean).join("\n") || undefined,
  );

  // Nested lists: remark's list parsing is superlinear in depth; measured apart from the 1 MB set.
  const depthRows: (string | number)[][] = [];
  const depths: Record<string, unknown>[] = [];
  let previous: Record<string, Stats> | undefined;
  for (const depth of PLAN.depths) {
    const text = `---\nsubject: Invoice\n---\n\n${nestedList(depth)}`;
    const file = { text, filename: "deep-list.md" };
    progress(`adversarial: nested list depth ${depth}`);
    const task = lintOne(file, RECOMMENDED);
    const stats = await measure(
      { recommended: task.run, bare: lintOne(file, BARE).run, peer: lintOne(file, PEER).run },
      { time: 0, iterations: PLAN.depthIterations, warmupIterations: 1 },
    );
    const fatal = fatalOf(task.state.messages);
    const growth = previous ? stats["recommended"]!.p50 / previous["recommended"]!.p50 : Number.NaN;
    depthRows.push([
      `depth ${depth}${fatal ? " (PARSE ERROR)" : ""}`,
      size(byteLength(text)),
      ms(stats["recommended"]!.p50),
      ms(stats["bare"]!.p50),
      ms(stats["peer"]!.p50),
      previous ? `${ratio(growth)} (exponent ${Math.log2(growth).toFixed(1)})` : "",
      slowPerMb(stats["recommended"]!.p50, byteLength(text)) ? "> 1 s/MB" : "",
    ]);
    depths.push({ depth, bytes: byteLength(text), ...stats, growthVsHalfDepth: growth, fatal });
    previous = stats;
  }
  printTable(
    "    nested Markdown lists (one list, each level indented 2 more spaces), median ms",
    ["list", "bytes", "recommended", "bare parse", "@eslint/markdown", "vs half depth", "flag"],
    depthRows,
    "    exponent = log2(time ratio) per doubling of depth; the text itself grows with depth² (indentation).",
  );
  return { inputs: out, nestedLists: depths };
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

const started = performance.now();
const here = path.dirname(fileURLToPath(import.meta.url));
const packageJson = (name: string): { version?: string } => {
  try {
    return JSON.parse(readFileSync(path.join(here, "..", "node_modules", name, "package.json"), "utf8")) as { version?: string };
  } catch {
    return {};
  }
};

console.log(`csp-comms benchmark (${QUICK ? "quick" : "full"}) · node ${process.version} · eslint ${packageJson("eslint").version ?? "?"} · tinybench ${packageJson("tinybench").version ?? "?"} · ${os.cpus()[0]?.model ?? "cpu"} × ${os.availableParallelism()} · ${mb(os.totalmem())}`);

const results: Record<string, unknown> = {
  mode: QUICK ? "quick" : "full",
  date: new Date().toISOString(),
  environment: {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: os.cpus()[0]?.model,
    cores: os.availableParallelism(),
    memoryBytes: os.totalmem(),
    eslint: packageJson("eslint").version,
    eslintMarkdown: packageJson("@eslint/markdown").version,
    tinybench: packageJson("tinybench").version,
    plugin: plugin.meta?.version,
  },
  targets: TARGETS,
  seed: SEED,
};

const summary: (string | number)[][] = [];
const sectionSeconds: Record<string, number> = {};
async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    sectionSeconds[name] = (performance.now() - start) / 1000;
  }
}

if (enabled("overhead") || enabled("peer")) {
  const sets = await timed("overhead + peer", measureSets);
  const overhead = reportOverhead(sets) as Record<Format, { ratio: number }>;
  results["overhead"] = overhead;
  for (const format of FORMATS) summary.push([`overhead ${format} (recommended / bare parse)`, ratio(overhead[format].ratio), `≤ ${TARGETS.overheadRatio}`, within(overhead[format].ratio, TARGETS.overheadRatio)]);
  if (enabled("peer")) {
    const peer = reportPeer(sets.md);
    results["peer"] = peer;
    summary.push(["peer md (csp-comms / @eslint/markdown)", ratio(peer.ratio), `≤ ${TARGETS.peerRatio}`, within(peer.ratio, TARGETS.peerRatio)]);
  }
}
if (enabled("editor")) {
  const editor = await timed("editor", editorLatency);
  results["editor"] = editor.map((entry) => ({ format: entry.format, targetBytes: entry.target, bytes: entry.bytes, ...entry.stats, findings: entry.findings, fatal: entry.fatal }));
  for (const entry of editor.filter((e) => e.target === 50 * KB)) {
    summary.push([`editor p95 ${entry.format} ${size(entry.bytes)} (p50)`, `${ms(entry.stats.p95)} ms (${ms(entry.stats.p50)})`, `< ${TARGETS.editorP95At50KbMs} ms`, entry.stats.p95 < TARGETS.editorP95At50KbMs ? "within" : "OVER"]);
  }
}
if (enabled("scaling")) {
  const scale = (await timed("scaling", scaling)) as Record<Format, { slope: number; slopeFrom16Kb: number; worstDoubling: { ratio: number; from: number; to: number }; peakRssBytes: number }>;
  results["scaling"] = scale;
  for (const format of FORMATS) {
    const { slope, slopeFrom16Kb, worstDoubling, peakRssBytes } = scale[format];
    summary.push([`scaling ${format}: slope (≥ 16 KB / all sizes)`, `${slopeFrom16Kb.toFixed(2)} / ${slope.toFixed(2)}`, "≈ 1", ""]);
    summary.push([`scaling ${format}: largest time× per doubling (${size(worstDoubling.from)}→${size(worstDoubling.to)})`, ratio(worstDoubling.ratio), "≈ 2", ""]);
    summary.push([`scaling ${format}: peak RSS at ${size(PLAN.scaling.maxBytes)}`, mb(peakRssBytes), "", ""]);
  }
  const files = await timed("file count", fileCountScaling);
  results["fileCount"] = files;
  for (const [mode, slope] of Object.entries(files.slopes)) summary.push([`scaling file count (concurrency ${mode}): slope`, slope.toFixed(2), "≈ 1", ""]);
}
if (enabled("adversarial")) {
  const adv = await timed("adversarial", adversarial);
  results["adversarial"] = adv;
  const slow = adv.inputs.filter((input) => input.slow);
  summary.push([`adversarial ${size(PLAN.adversarial.bytes)} inputs over 1 s per MB`, `${slow.length} of ${adv.inputs.length}`, "0", slow.length === 0 ? "within" : "OVER"]);
  const deepest = adv.nestedLists.at(-1) as { depth: number; bytes: number; recommended: Stats } | undefined;
  if (deepest) {
    const perMb = deepest.recommended.p50 / (deepest.bytes / (1024 * 1024));
    summary.push([`nested list depth ${deepest.depth} (${size(deepest.bytes)})`, `${ms(deepest.recommended.p50)} ms = ${ms(perMb)} ms/MB`, "< 1000 ms/MB", within(perMb, TARGETS.adversarialMs)]);
  }
}
results["sectionSeconds"] = sectionSeconds;

const elapsed = (performance.now() - started) / 1000;
results["elapsedSeconds"] = elapsed;
results["maxRssBytes"] = process.resourceUsage().maxRSS * 1024;
printTable(
  `Summary (${QUICK ? "quick" : "full"} run, ${elapsed.toFixed(0)} s, process max RSS ${mb(process.resourceUsage().maxRSS * 1024)})`,
  ["measure", "value", "target", "vs target"],
  summary,
  `    Ratios are against baselines measured in this same run; they are reported, not asserted.\n    seconds per section: ${Object.entries(sectionSeconds).map(([name, seconds]) => `${name} ${seconds.toFixed(0)}`).join(", ")}`,
);

const outDir = path.join(here, "results");
mkdirSync(outDir, { recursive: true });
const outFile = path.join(outDir, "latest.json");
writeFileSync(`${outFile}.tmp`, `${JSON.stringify(results, null, 2)}\n`);
renameSync(`${outFile}.tmp`, outFile);
console.log(`\nwrote ${path.relative(process.cwd(), outFile)}`);
