import type { SourceLocation } from "./line-index.js";

export type Range = [start: number, end: number];

interface NodeBase {
  range: Range;
  loc: SourceLocation;
}

/** An element of MJML (`mj-*`) or of the HTML inside MJML ending tags and Markdown. */
export interface ElementNode extends NodeBase {
  type: "Element";
  /** Tag name in lower case. */
  name: string;
  nameRange: Range;
  attributes: AttributeNode[];
  children: MarkupChild[];
  selfClosing: boolean;
  /** Range of `<name …>`. */
  startTagRange: Range;
  /** Range of `</name>`, absent for void, self-closing and implicitly closed elements. */
  endTagRange: Range | null;
}

export interface AttributeNode extends NodeBase {
  type: "Attribute";
  name: string;
  nameRange: Range;
  nameLoc: SourceLocation;
  /** Value as written (entities not decoded), null for `<td nowrap>`. */
  rawValue: string | null;
  /** Decoded value. */
  value: string | null;
  valueRange: Range | null;
  valueLoc: SourceLocation | null;
}

export interface TextNode extends NodeBase {
  type: "Text";
  /** Source text with character references decoded. */
  value: string;
  raw: string;
}

export interface CommentNode extends NodeBase {
  type: "Comment";
  /** Text between `<!--` and `-->`. */
  value: string;
  valueRange: Range;
}

export type MarkupChild = ElementNode | TextNode | CommentNode;
export type MarkupNode = MarkupChild | AttributeNode;
