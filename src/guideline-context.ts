import { getMessage, type Message } from "./communication/index.js";
import { analyze, topicLabel, type Analysis } from "./detect/index.js";
import { readSettings, type CspCommsSettings } from "./settings.js";
import type { TemplateRuleContext } from "./rule-support.js";

export interface GuidelineContext {
  readonly message: Message;
  readonly analysis: Analysis;
  readonly settings: CspCommsSettings;
  /** Message data every guideline rule includes: which topic it saw and why. */
  readonly topicData: { topic: string; evidence: string };
}

/** What the guideline rules read: the message and its analysis, built once per file. */
export function guidelineContext(context: TemplateRuleContext): GuidelineContext {
  const settings = readSettings(context.settings);
  const message = getMessage(context.sourceCode.ast, context.sourceCode.text);
  const analysis = analyze(message, settings);
  return { message, analysis, settings, topicData: { topic: topicLabel(analysis.topic.topic), evidence: analysis.topic.evidence } };
}
