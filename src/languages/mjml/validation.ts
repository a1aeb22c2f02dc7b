import { createRequire } from "node:module";
import type { ElementNode, MarkupChild } from "../shared/markup-ast.js";
import type { MjmlDocument } from "./ast.js";

/** One problem MJML's own validator found, tied to our node for an exact location. */
export interface MjmlValidationProblem {
  message: string;
  element: ElementNode;
}

interface ValidatorElement {
  tagName: string;
  attributes: Record<string, string>;
  children: ValidatorElement[];
  content?: string;
  /** mjml-validator copies `line` into its errors; we put the element's index there to map back. */
  line: number;
  absoluteFilePath: string;
}

interface ValidatorError {
  line: number;
  message: string;
}

type ValidatorRule = (element: ValidatorElement, options: object) => ValidatorError | ValidatorError[] | null;

interface MjmlToolkit {
  components: Record<string, { endingTag?: boolean } | undefined>;
  dependencies: object;
  initializeType: unknown;
  rules: ValidatorRule[];
}

let toolkit: MjmlToolkit | undefined;

/**
 * Loaded on first use: mjml-core registers components at import time, which costs ~100 ms and is
 * only needed by `valid-mjml`. Nothing is rendered; only the validator's rules run.
 */
function loadToolkit(): MjmlToolkit {
  if (toolkit) return toolkit;
  const require = createRequire(import.meta.url);
  // mjml-core reads `.mjmlconfig` in the working directory when it loads and `require`s the
  // component packages listed there: code from the linted repository. In its browser mode it
  // loads none, so load it that way; nothing else here depends on that mode.
  const browserMode = process.env["MJML_BROWSER"];
  process.env["MJML_BROWSER"] = "true";
  let core: { initializeType: unknown; components: Record<string, { endingTag?: boolean }> };
  try {
    core = require("mjml-core") as typeof core;
  } finally {
    if (browserMode === undefined) delete process.env["MJML_BROWSER"];
    else process.env["MJML_BROWSER"] = browserMode;
  }
  const preset = require("mjml-preset-core") as { components: { componentName?: string; endingTag?: boolean }[]; dependencies: object };
  const validator = require("mjml-validator") as { rulesCollection: Record<string, ValidatorRule>; assignDependencies: (target: object, ...sources: object[]) => object; dependencies: object };
  // The validator looks tags and attribute names up as plain object keys: a tag or attribute named
  // `constructor` or `__proto__` would find Object's own members and crash its rules. Tables
  // without a prototype hold only what MJML defines.
  const components: MjmlToolkit["components"] = Object.create(null) as MjmlToolkit["components"];
  const described = (component: { endingTag?: boolean; allowedAttributes?: Record<string, string> }) => ({
    endingTag: component.endingTag,
    allowedAttributes: withoutPrototype(Object.entries(component.allowedAttributes ?? {})),
  });
  for (const [name, component] of Object.entries(core.components)) components[name] = described(component);
  for (const component of preset.components) {
    if (component.componentName) components[component.componentName] = described(component);
  }
  toolkit = {
    components,
    dependencies: withoutPrototype(Object.entries(validator.assignDependencies({}, validator.dependencies, preset.dependencies))),
    initializeType: rememberingVerdicts(core.initializeType as InitializeType),
    rules: Object.values(validator.rulesCollection),
  };
  return toolkit;
}

function withoutPrototype<Value>(entries: Iterable<readonly [string, Value]>): Record<string, Value> {
  const table = Object.create(null) as Record<string, Value>;
  for (const [key, value] of entries) table[key] = value;
  return table;
}

/** A string that shares no memory with the text it was cut from. */
const ownCopy = (value: string) => (value.length < 13 ? value : Buffer.from(value, "utf16le").toString("utf16le"));

interface TypeChecker {
  isValid(): boolean;
  getErrorMessage(): string | undefined;
}
type InitializeType = (typeConfig: string) => new (value: string) => TypeChecker;

/** Values per attribute type remembered: templates repeat the same few colours, sizes and paddings. */
const REMEMBERED_VALUES = 10_000;

/**
 * mjml-validator checks every attribute value by building a type-checker object and running its
 * regular expressions (a colour is matched against every CSS colour name): a third of the rule's
 * time. A value's verdict depends only on the type and the value, so each is computed once.
 */
function rememberingVerdicts(initializeType: InitializeType): InitializeType {
  const checkers = new Map<string, new (value: string) => TypeChecker>();
  return (typeConfig) => {
    let Checker = checkers.get(typeConfig);
    if (!Checker) {
      const Original = initializeType(typeConfig);
      const verdicts = new Map<string, TypeChecker>();
      Checker = function RememberedChecker(value: string): TypeChecker {
        let verdict = verdicts.get(value);
        if (!verdict) {
          const checked = new Original(value);
          const valid = checked.isValid();
          const explained = valid ? undefined : checked.getErrorMessage();
          const message = explained === undefined ? undefined : ownCopy(explained);
          verdict = { isValid: () => valid, getErrorMessage: () => message };
          if (verdicts.size >= REMEMBERED_VALUES) verdicts.clear();
          // A copy, not the value: V8 keeps a slice of the file as a view that holds the whole file.
          verdicts.set(ownCopy(value), verdict);
        }
        return verdict;
      } as unknown as new (value: string) => TypeChecker;
      checkers.set(typeConfig, Checker);
    }
    return Checker;
  };
}


const SKIPPED_BY_MJML = new Set(["mjml"]);

/** Runs mjml-validator's rules over the MJML elements of the tree. `mj-include` is left out. */
export function validateMjml(document: MjmlDocument, text: string): MjmlValidationProblem[] {
  const { components, dependencies, initializeType, rules } = loadToolkit();
  const byId: ElementNode[] = [];
  const convertShallow = (element: ElementNode): ValidatorElement => {
    const id = byId.push(element) - 1;
    const attributes = Object.create(null) as Record<string, string>;
    for (const attribute of element.attributes) attributes[attribute.name] = attribute.value ?? "";
    const converted: ValidatorElement = { tagName: element.name, attributes, children: [], line: id, absoluteFilePath: "" };
    if (components[element.name]?.endingTag) {
      const contentStart = element.startTagRange[1];
      const contentEnd = element.endTagRange?.[0] ?? contentStart;
      converted.content = text.slice(contentStart, contentEnd);
    }
    return converted;
  };
  // Iterative conversion and visit: a file nested thousands of levels deep must not overflow the stack.
  const roots: ValidatorElement[] = [];
  const pending: { element: ElementNode; into: ValidatorElement[] }[] = elementChildren(
    document.children.filter((child): child is MarkupChild => child.type !== "FrontMatter"),
  )
    .map((element) => ({ element, into: roots }))
    .reverse();
  while (pending.length > 0) {
    const { element, into } = pending.pop()!;
    const converted = convertShallow(element);
    into.push(converted);
    if (converted.content === undefined) {
      const children = elementChildren(element.children);
      for (let index = children.length - 1; index >= 0; index--) pending.push({ element: children[index]!, into: converted.children });
    }
  }
  const options = { components, dependencies, initializeType, skipElements: [...SKIPPED_BY_MJML] };
  const problems: MjmlValidationProblem[] = [];
  const toVisit = [...roots].reverse();
  while (toVisit.length > 0) {
    const element = toVisit.pop()!;
    if (!SKIPPED_BY_MJML.has(element.tagName)) {
      for (const { child, line, message } of elementVerdict(element, rules, options)) {
        const about = line ?? (child === -1 ? element : element.children[child]!).line;
        const node = byId[about];
        if (node) problems.push({ message, element: node });
      }
    }
    for (let index = element.children.length - 1; index >= 0; index--) toVisit.push(element.children[index]!);
  }
  return problems;
}

/**
 * What the validator reads of an element: its tag, its attributes and its children's tags (for the
 * rules in `RULES_READING_ONLY_THE_ELEMENT`).
 */
function elementKey(element: ValidatorElement): string {
  let key = element.tagName;
  for (const name in element.attributes) key += `\u0001${name}\u0002${element.attributes[name]}`;
  key += "\u0003";
  for (const child of element.children) key += `${child.tagName}\u0001`;
  return key;
}

/**
 * mjml-validator's rules, each known to read no more than `elementKey` holds. A rule added by a
 * new version must be read before it is trusted to that memo (a test compares this list).
 */
export const RULES_READING_ONLY_THE_ELEMENT = ["validAttributes", "validChildren", "validTag", "validTypes", "errorAttr"];
const REMEMBERED_ELEMENTS = 5_000;

/**
 * A validator message about the element (`child` -1), one of its children (`validChildren`), or,
 * from a rule this memo does not know, any element by its index (`line`).
 */
interface ElementProblem {
  readonly child: number;
  readonly line?: number;
  readonly message: string;
}

const verdictsByElement = new Map<string, readonly ElementProblem[]>();

/**
 * The validator's messages on one element. Templates repeat the same sections, columns and text
 * blocks with the same attributes: each distinct element is validated once.
 */
function elementVerdict(element: ValidatorElement, rules: readonly ValidatorRule[], options: object): readonly ElementProblem[] {
  const key = elementKey(element);
  const known = verdictsByElement.get(key);
  if (known) return known;
  const problems: ElementProblem[] = [];
  let aboutOthers = false;
  for (const rule of rules) {
    const result = rule(element, options);
    for (const error of Array.isArray(result) ? result : result ? [result] : []) {
      const child = error.line === element.line ? -1 : element.children.findIndex((candidate) => candidate.line === error.line);
      if (child === -1 && error.line !== element.line) {
        aboutOthers = true;
        problems.push({ child, line: error.line, message: error.message });
      } else problems.push({ child, message: ownCopy(error.message) });
    }
  }
  if (aboutOthers) return problems;
  if (verdictsByElement.size >= REMEMBERED_ELEMENTS) verdictsByElement.clear();
  // A copy, not the key: its attribute values are slices that would keep the whole file alive.
  verdictsByElement.set(ownCopy(key), problems);
  return problems;
}

function elementChildren(children: readonly MarkupChild[]): ElementNode[] {
  return children.filter((child): child is ElementNode => child.type === "Element" && child.name !== "mj-include");
}
