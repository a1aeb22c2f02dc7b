import { realpathSync, existsSync } from "node:fs";
import path from "node:path";
import type { MjmlDocument } from "../src/languages/mjml/ast.js";
import type { ElementNode } from "../src/languages/shared/markup-ast.js";
import { validateMjml } from "../src/languages/mjml/validation.js";
import { reportLocation, type TemplateRuleContext } from "../src/rule-support.js";
import { createRule } from "./create-rule.js";

const ATTRIBUTE_PROBLEM = /^Attributes? ([\w-]+(?:, [\w-]+)*) (?:is|are) illegal$/u;
const ATTRIBUTE_VALUE_PROBLEM = /^Attribute ([\w-]+) has invalid value/u;

export default createRule({
  name: "valid-mjml",
  meta: {
    type: "problem",
    docs: { description: "Report MJML that MJML's own validator rejects, and mj-include paths that are missing or leave the project", recommended: true },
    messages: {
      mjmlError: "{{message}} (MJML validator).",
      includeWithoutPath: "<mj-include> needs a path attribute naming the file to include.",
      includeOutsideProject: "<mj-include> path \"{{path}}\" points outside the project directory; include only files inside the project.",
      includeMissing: "<mj-include> path \"{{path}}\" does not exist; fix the path or add the file.",
    },
    schema: [],
    defaultOptions: [],
    languages: ["csp-comms/mjml"],
  },
  create(context) {
    const ruleContext = context as unknown as TemplateRuleContext;
    return {
      Document(node: unknown) {
        const document = node as MjmlDocument;
        const text = ruleContext.sourceCode.text;
        for (const problem of validateMjml(document, text)) {
          const attributeNames = ATTRIBUTE_PROBLEM.exec(problem.message)?.[1]?.split(", ");
          if (attributeNames) {
            for (const name of attributeNames) {
              const attribute = problem.element.attributes.find((candidate) => candidate.name === name);
              context.report({
                loc: reportLocation(ruleContext, attribute?.nameRange ?? problem.element.nameRange),
                messageId: "mjmlError",
                data: { message: `Attribute ${name} is illegal` },
              });
            }
            continue;
          }
          const valueProblem = ATTRIBUTE_VALUE_PROBLEM.exec(problem.message)?.[1];
          const attribute = valueProblem ? problem.element.attributes.find((candidate) => candidate.name === valueProblem) : undefined;
          context.report({
            loc: reportLocation(ruleContext, attribute?.valueRange ?? problem.element.nameRange),
            messageId: "mjmlError",
            data: { message: problem.message },
          });
        }
      },
      Element(node: unknown) {
        const element = node as ElementNode;
        if (element.name !== "mj-include") return;
        const pathAttribute = element.attributes.find((attribute) => attribute.name === "path");
        const includePath = pathAttribute?.value?.trim();
        if (!pathAttribute || !includePath) {
          context.report({ loc: reportLocation(ruleContext, element.nameRange), messageId: "includeWithoutPath" });
          return;
        }
        const where = reportLocation(ruleContext, pathAttribute.valueRange ?? pathAttribute.nameRange);
        const verdict = checkIncludePath(includePath, context.filename, context.cwd);
        if (verdict !== "ok") context.report({ loc: where, messageId: verdict, data: { path: includePath } });
      },
    };
  },
});

/** Decides from paths alone (and realpath for symlinks); the included file is never read. */
export function checkIncludePath(includePath: string, filename: string, cwd: string): "ok" | "includeOutsideProject" | "includeMissing" {
  const projectRoot = path.resolve(cwd);
  const baseDirectory = path.isAbsolute(filename) ? path.dirname(filename) : path.resolve(cwd, path.dirname(filename));
  const target = path.resolve(baseDirectory, includePath);
  if (!isInside(projectRoot, target)) return "includeOutsideProject";
  const candidates = path.extname(target) === "" ? [target, `${target}.mjml`] : [target];
  const existing = candidates.find((candidate) => existsSync(candidate));
  if (!existing) return "includeMissing";
  let realProjectRoot = projectRoot;
  try {
    realProjectRoot = realpathSync(projectRoot);
    if (!isInside(realProjectRoot, realpathSync(existing))) return "includeOutsideProject";
  } catch {
    return "includeMissing";
  }
  return "ok";
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}
