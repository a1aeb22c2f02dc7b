import { AST_NODE_TYPES, type ParserServicesWithTypeInformation, type TSESTree } from "@typescript-eslint/utils";
import { buildCodeMessage, type ResolveConstant } from "../src/communication/from-code.js";
import { buildJsxMessage } from "../src/communication/from-jsx.js";
import type { Message } from "../src/communication/message.js";
import { analyze, topicLabel } from "../src/detect/index.js";
import { excerptOf } from "../src/rule-support.js";
import { readSettings } from "../src/settings.js";
import { createRule } from "./create-rule.js";

/** Calls that send the object they are given: nodemailer, SendGrid, Azure Communication Services, Graph. */
const SENDER_FUNCTIONS = ["sendMail", "send", "sendMultiple", "beginSend", "sendEmail", "sendMessage", "post"];

type Options = [{ senderFunctions?: string[] }];

export default createRule<Options, "sender" | "authorship" | "billingContact" | "usePartnerSender">({
  name: "no-microsoft-sender-in-code",
  meta: {
    type: "problem",
    hasSuggestions: true,
    docs: {
      description: "Apply the template guideline rules to mail built in TypeScript or JavaScript (nodemailer, SendGrid, Azure Communication Services, Microsoft Graph, React Email)",
    },
    messages: {
      sender: "\"{{excerpt}}\" makes Microsoft the sender of a message about {{topic}} ({{evidence}}). The CSP partner owns the billing relationship: send as your own brand, from your own domain.",
      authorship: "\"{{excerpt}}\" presents Microsoft as the author of a message about {{topic}} ({{evidence}}). Sign, voice and footer the mail as your own company.",
      billingContact: "\"{{excerpt}}\" routes billing to Microsoft in a message about {{topic}} ({{evidence}}). The customer pays and asks you, not Microsoft.",
      usePartnerSender: "Use the partner sender \"{{sender}}\" from settings.",
    },
    schema: [
      {
        type: "object",
        properties: { senderFunctions: { type: "array", items: { type: "string" }, description: "More function or method names that send the object they get." } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{}],
    languages: ["js/js"],
  },
  create(context, [options]) {
    const senders = new Set([...SENDER_FUNCTIONS, ...(options.senderFunctions ?? [])]);
    const settings = readSettings(context.settings);
    const sourceCode = context.sourceCode;
    const resolve: ResolveConstant = (identifier) => {
      let scope: ReturnType<typeof sourceCode.getScope> | null = sourceCode.getScope(identifier);
      while (scope) {
        const variable = scope.set.get(identifier.name);
        if (variable) {
          const definition = variable.defs[0];
          const declarator = definition?.node;
          if (declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.parent.kind === "const" && declarator.init) return declarator.init;
          return undefined;
        }
        scope = scope.upper;
      }
      return undefined;
    };
    const calleeName = (callee: TSESTree.Expression): string | undefined => {
      if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
      if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier) return callee.property.name;
      return undefined;
    };
    // Type information is used when the project provides it, never required.
    // (espree has no parser services; typescript-eslint without a project has no program.)
    const services = sourceCode.parserServices as Partial<ParserServicesWithTypeInformation> | undefined;
    const checker = services?.program?.getTypeChecker();
    const nodeMap = services?.esTreeNodeToTSNodeMap;
    const literalType =
      checker && nodeMap
        ? (node: TSESTree.Node): string | undefined => {
            const type = checker.getTypeAtLocation(nodeMap.get(node));
            return type.isStringLiteral() ? type.value : undefined;
          }
        : undefined;
    const strings = { text: sourceCode.text, resolve, ...(literalType ? { literalType } : {}) };
    const check = (message: Message | undefined) => {
      if (!message) return;
      const analysis = analyze(message, settings);
      if (!analysis.guidelineApplies) return;
      const topic = topicLabel(analysis.topic.topic);
      for (const finding of analysis.findings) {
        const loc = { start: sourceCode.getLocFromIndex(finding.range[0]), end: sourceCode.getLocFromIndex(finding.range[1]) };
        const messageId = finding.signal === "sender" ? "sender" : finding.signal === "authorship" ? "authorship" : "billingContact";
        const headerRange = finding.header ? message.headers.get(finding.header)?.value : undefined;
        const partnerSender = settings.partner.sender;
        // The sender can be replaced only where the code spells it out as one string.
        const replacement =
          finding.signal === "sender" && partnerSender !== undefined && headerRange?.isVerbatim(0, headerRange.text.length)
            ? { range: headerRange.range, text: partnerSender }
            : undefined;
        context.report({
          loc,
          messageId,
          data: { excerpt: excerptOf(sourceCode.text, finding.range), topic, evidence: analysis.topic.evidence },
          suggest: replacement
            ? [{ messageId: "usePartnerSender", data: { sender: replacement.text }, fix: (fixer) => fixer.replaceTextRange([replacement.range[0], replacement.range[1]], replacement.text) }]
            : [],
        });
      }
    };
    return {
      CallExpression(node) {
        const name = calleeName(node.callee);
        if (!name || !senders.has(name)) return;
        const argument = node.arguments[0];
        const payloadNode = argument?.type === AST_NODE_TYPES.Identifier ? resolve(argument) : argument;
        if (payloadNode?.type !== AST_NODE_TYPES.ObjectExpression) return;
        check(buildCodeMessage(payloadNode, strings));
      },
      // A React Email component: the `<Html>` tree is one message.
      JSXElement(node) {
        const name = node.openingElement.name;
        if (name.type === AST_NODE_TYPES.JSXIdentifier && name.name === "Html") check(buildJsxMessage(node, strings));
      },
    };
  },
});
