import {
  ConfigCommentParser,
  Directive,
  TextSourceCodeBase,
  VisitNodeStep,
} from "@eslint/plugin-kit";
import type { FileProblem, RulesConfig, SourceLocation as CoreSourceLocation } from "@eslint/core";
import type { CommentNode } from "./markup-ast.js";

const commentParser = new ConfigCommentParser();
const DIRECTIVE_START = /^\s*eslint(?:-enable|-disable(?:(?:-next)?-line)?)?(?:\s|$)/u;

/** An `<!-- eslint… -->` comment, in the shape ESLint reads directive locations from. */
export interface InlineConfigComment {
  value: string;
  loc: CoreSourceLocation;
  range: [number, number];
}

interface TraversableNode {
  type: string;
  children?: unknown;
  attributes?: unknown;
}

/**
 * What the MJML and Markdown source codes share: tree traversal with parents, and inline
 * configuration from HTML comments (`<!-- eslint-disable-next-line … -->`). Each language only
 * says which comments exist.
 */
export abstract class TemplateSourceCode<Root extends object> extends TextSourceCodeBase {
  declare ast: Root;
  readonly #parents = new WeakMap<object, object | undefined>();
  #steps: VisitNodeStep[] | undefined;
  #inlineConfigComments: InlineConfigComment[] | undefined;

  constructor({ text, ast }: { text: string; ast: Root }) {
    super({ text, ast, lineEndingPattern: /\r\n|[\r\n]/u });
    this.ast = ast;
  }

  /** The HTML comments that may carry directives, in document order. */
  protected abstract collectComments(): Iterable<CommentNode>;

  override getParent(node: object): object | undefined {
    if (!this.#steps) this.traverse();
    return this.#parents.get(node);
  }

  getInlineConfigNodes(): InlineConfigComment[] {
    if (!this.#inlineConfigComments) {
      this.#inlineConfigComments = [];
      for (const comment of this.collectComments()) {
        if (DIRECTIVE_START.test(comment.value)) {
          this.#inlineConfigComments.push({ value: comment.value.trim(), loc: comment.loc, range: comment.range });
        }
      }
    }
    return this.#inlineConfigComments;
  }

  getDisableDirectives(): { problems: FileProblem[]; directives: Directive[] } {
    const problems: FileProblem[] = [];
    const directives: Directive[] = [];
    for (const comment of this.getInlineConfigNodes()) {
      const parsed = commentParser.parseDirective(comment.value);
      if (!parsed) continue;
      const { label, value, justification } = parsed;
      if (label === "eslint-disable-line" && comment.loc.start.line !== comment.loc.end.line) {
        problems.push({ ruleId: null, message: `${label} comment should not span multiple lines.`, loc: comment.loc });
        continue;
      }
      if (label === "eslint-disable" || label === "eslint-enable" || label === "eslint-disable-next-line" || label === "eslint-disable-line") {
        directives.push(
          new Directive({
            type: label.slice("eslint-".length) as "disable" | "enable" | "disable-next-line" | "disable-line",
            node: comment,
            value,
            justification,
          }),
        );
      }
    }
    return { problems, directives };
  }

  applyInlineConfig(): { configs: { config: { rules: RulesConfig }; loc: CoreSourceLocation }[]; problems: FileProblem[] } {
    const configs: { config: { rules: RulesConfig }; loc: CoreSourceLocation }[] = [];
    const problems: FileProblem[] = [];
    for (const comment of this.getInlineConfigNodes()) {
      const parsed = commentParser.parseDirective(comment.value);
      if (parsed?.label !== "eslint") continue;
      const result = commentParser.parseJSONLikeConfig(parsed.value);
      if (result.ok) configs.push({ config: { rules: result.config }, loc: comment.loc });
      else problems.push({ ruleId: null, message: result.error.message, loc: comment.loc });
    }
    return { configs, problems };
  }

  override traverse(): Iterable<VisitNodeStep> {
    if (this.#steps) return this.#steps.values();
    const steps: VisitNodeStep[] = [];
    // Iterative, so a template nested thousands of levels deep cannot overflow the call stack.
    const pending: { node: TraversableNode; parent: TraversableNode | undefined; exit: boolean }[] = [
      { node: this.ast as TraversableNode, parent: undefined, exit: false },
    ];
    while (pending.length > 0) {
      const { node, parent, exit } = pending.pop()!;
      if (exit) {
        steps.push(new VisitNodeStep({ target: node, phase: 2, args: [node, parent] }));
        continue;
      }
      this.#parents.set(node, parent);
      steps.push(new VisitNodeStep({ target: node, phase: 1, args: [node, parent] }));
      pending.push({ node, parent, exit: true });
      const childNodes = [
        ...(Array.isArray(node.attributes) ? (node.attributes as TraversableNode[]) : []),
        ...(Array.isArray(node.children) ? (node.children as TraversableNode[]) : []),
      ];
      for (let index = childNodes.length - 1; index >= 0; index--) {
        pending.push({ node: childNodes[index]!, parent: node, exit: false });
      }
    }
    this.#steps = steps;
    return steps.values();
  }
}
