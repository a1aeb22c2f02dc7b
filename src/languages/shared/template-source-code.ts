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
  #parents: Map<object, object | undefined> | undefined;
  #inlineConfigComments: InlineConfigComment[] | undefined;

  constructor({ text, ast }: { text: string; ast: Root }) {
    super({ text, ast, lineEndingPattern: /\r\n|[\r\n]/u });
    this.ast = ast;
  }

  /** The HTML comments that may carry directives, in document order. */
  protected abstract collectComments(): Iterable<CommentNode>;

  override getParent(node: object): object | undefined {
    this.#parents ??= parentsOf(this.ast as TraversableNode);
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
    return new VisitSteps(this.ast as TraversableNode);
  }
}

/** Attributes first, then children: the order they are written in. */
function childAt(node: TraversableNode, index: number): TraversableNode | undefined {
  const attributes = Array.isArray(node.attributes) ? (node.attributes as TraversableNode[]) : undefined;
  const attributeCount = attributes?.length ?? 0;
  if (index < attributeCount) return attributes![index];
  return Array.isArray(node.children) ? (node.children as TraversableNode[])[index - attributeCount] : undefined;
}

/**
 * The enter and exit steps of every node, made as ESLint asks for them rather than kept in one
 * array: a step lives for one visit, so a large template's steps never outlast a young-generation
 * collection. Iterative, so a template nested thousands of levels deep cannot overflow the stack.
 * A node's enter and exit steps share one `[node, parent]`, and the iterator hands out one result
 * object (for…of reads it before asking for the next): per node, only its two steps are new.
 */
class VisitSteps implements IterableIterator<VisitNodeStep> {
  readonly #path: TraversableNode[];
  readonly #nextChild: number[] = [];
  readonly #args: [TraversableNode, TraversableNode | undefined][] = [];
  readonly #result: IteratorResult<VisitNodeStep> = { done: false, value: undefined as unknown as VisitNodeStep };
  #started = false;

  constructor(root: TraversableNode) {
    this.#path = [root];
  }

  [Symbol.iterator](): IterableIterator<VisitNodeStep> {
    return this;
  }

  next(): IteratorResult<VisitNodeStep> {
    const path = this.#path;
    if (!this.#started) {
      this.#started = true;
      return this.#enter(path[0]!, undefined);
    }
    if (path.length === 0) return { done: true, value: undefined };
    const depth = path.length - 1;
    const node = path[depth]!;
    const child = childAt(node, this.#nextChild[depth]!);
    if (child === undefined) {
      path.pop();
      this.#nextChild.pop();
      return this.#yield(new VisitNodeStep({ target: node, phase: 2, args: this.#args.pop()! }));
    }
    this.#nextChild[depth]!++;
    path.push(child);
    return this.#enter(child, node);
  }

  #enter(node: TraversableNode, parent: TraversableNode | undefined): IteratorResult<VisitNodeStep> {
    const args: [TraversableNode, TraversableNode | undefined] = [node, parent];
    this.#args.push(args);
    this.#nextChild.push(0);
    return this.#yield(new VisitNodeStep({ target: node, phase: 1, args }));
  }

  #yield(step: VisitNodeStep): IteratorResult<VisitNodeStep> {
    this.#result.value = step;
    return this.#result;
  }
}

/** Every node's parent, for the rare rule that asks (ESLint's traversal passes parents itself). */
function parentsOf(root: TraversableNode): Map<object, object | undefined> {
  const parents = new Map<object, object | undefined>([[root, undefined]]);
  const pending: TraversableNode[] = [root];
  while (pending.length > 0) {
    const node = pending.pop()!;
    for (let index = 0, child = childAt(node, 0); child !== undefined; child = childAt(node, ++index)) {
      parents.set(child, node);
      pending.push(child);
    }
  }
  return parents;
}
