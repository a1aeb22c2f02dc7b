import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { keywordBaseline, loadCodeCorpus, loadCorpus, predict, predictCode, score, signalAgrees } from "./corpus/score-lib.js";

const corpus = loadCorpus(fileURLToPath(new URL("corpus", import.meta.url)));
const results = corpus.map((testCase) => ({ testCase, prediction: predict(testCase) }));

describe("labelled corpus", () => {
  it("is the size and mix the project promises", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(240);
    const perLocale = (locale: string) => corpus.filter((testCase) => testCase.locale === locale).length;
    for (const locale of ["en", "nl"]) expect(perLocale(locale)).toBeGreaterThanOrEqual(40);
    for (const locale of ["de", "fr", "es", "ja"]) expect(perLocale(locale)).toBeGreaterThanOrEqual(30);
    const violations = corpus.filter((testCase) => testCase.violation).length;
    expect(Math.abs(violations - corpus.length / 2)).toBeLessThanOrEqual(corpus.length * 0.05);
    expect(corpus.filter((testCase) => testCase.hard).length / corpus.length).toBeGreaterThanOrEqual(0.45);
  });

  it("every template parses", () => {
    expect(results.filter((result) => result.prediction.fatal).map((result) => `${result.testCase.file}: ${result.prediction.fatal}`)).toEqual([]);
  });

  it("meets the detection targets overall and per locale, far above the keyword baseline", () => {
    const overall = score(results.map((result) => ({ expected: result.testCase.violation, predicted: result.prediction.violation })));
    expect(overall.precision).toBeGreaterThanOrEqual(0.98);
    expect(overall.recall).toBeGreaterThanOrEqual(0.95);
    for (const locale of new Set(corpus.map((testCase) => testCase.locale))) {
      const local = score(results.filter((result) => result.testCase.locale === locale).map((result) => ({ expected: result.testCase.violation, predicted: result.prediction.violation })));
      expect({ locale, precision: local.precision >= 0.93, recall: local.recall >= 0.93 }).toEqual({ locale, precision: true, recall: true });
    }
    const baseline = score(corpus.map((testCase) => ({ expected: testCase.violation, predicted: keywordBaseline(testCase) })));
    expect(overall.f1 - baseline.f1).toBeGreaterThanOrEqual(0.2);
  });

  it("flags caught violations for a labelled reason", () => {
    const caught = results.filter((result) => result.testCase.violation && result.prediction.violation);
    const agreeing = caught.filter((result) => signalAgrees(result.testCase, result.prediction));
    expect(agreeing.length / caught.length).toBeGreaterThanOrEqual(0.95);
  });
});

describe("labelled code corpus (mail built in TypeScript and JavaScript)", () => {
  const code = loadCodeCorpus(fileURLToPath(new URL("corpus-code", import.meta.url)));
  const predictions = code.map((testCase) => ({ testCase, prediction: predictCode(testCase) }));

  it("has at least 30 files, half of them clean, and all parse", () => {
    expect(code.length).toBeGreaterThanOrEqual(30);
    expect(Math.abs(code.filter((testCase) => testCase.violation).length - code.length / 2)).toBeLessThanOrEqual(1);
    expect(predictions.filter((result) => result.prediction.fatal).map((result) => result.testCase.file)).toEqual([]);
  });

  it("meets the same detection targets as the templates", () => {
    const result = score(predictions.map(({ testCase, prediction }) => ({ expected: testCase.violation, predicted: prediction.violation })));
    expect(result.precision).toBeGreaterThanOrEqual(0.98);
    expect(result.recall).toBeGreaterThanOrEqual(0.95);
  });
});
