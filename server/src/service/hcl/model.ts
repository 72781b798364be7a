/**
 * A small, offset-based model of an HCL (Terraform) file, built from the tree-sitter syntax tree.
 * Every span is a half-open range of UTF-16 offsets into the document text, which is also what
 * LSP positions count, so conversion to line/character happens once at the edge (see text/lineMap.ts).
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

export type Expression =
  | StringExpr
  | NumberExpr
  | BoolExpr
  | NullExpr
  | ObjectExpr
  | TupleExpr
  | CallExpr
  | TraversalExpr
  | AccessExpr
  | ConditionalExpr
  | OperationExpr
  | ForExpr
  | UnknownExpr;

/** A quoted string or heredoc. `value` is set only when the string has no interpolation. */
export interface StringExpr {
  readonly kind: 'string';
  readonly span: Span;
  /** Span of the text between the quotes (or heredoc markers). */
  readonly contentSpan: Span;
  readonly value: string | undefined;
  readonly parts: readonly TemplatePart[];
  readonly heredoc: boolean;
}

export type TemplatePart =
  | { readonly kind: 'literal'; readonly value: string; readonly span: Span }
  /** `${...}` or `%{...}`: a value not known before apply. */
  | { readonly kind: 'interpolation'; readonly expr: Expression | undefined; readonly span: Span; readonly directive?: boolean };

export interface NumberExpr {
  readonly kind: 'number';
  readonly span: Span;
  readonly value: number;
}

export interface BoolExpr {
  readonly kind: 'bool';
  readonly span: Span;
  readonly value: boolean;
}

export interface NullExpr {
  readonly kind: 'null';
  readonly span: Span;
}

export interface ObjectItem {
  readonly span: Span;
  readonly key: Expression;
  /** The key as a name, when it is an identifier or a literal string (`Effect` or `"Effect"`). */
  readonly keyName: string | undefined;
  readonly value: Expression;
}

export interface ObjectExpr {
  readonly kind: 'object';
  readonly span: Span;
  readonly items: readonly ObjectItem[];
  /** False when the closing `}` is missing (the user is typing). */
  readonly closed: boolean;
}

export interface TupleExpr {
  readonly kind: 'tuple';
  readonly span: Span;
  readonly items: readonly Expression[];
  readonly closed: boolean;
}

export interface CallExpr {
  readonly kind: 'call';
  readonly span: Span;
  readonly name: string;
  readonly nameSpan: Span;
  readonly args: readonly Expression[];
}

export interface TraversalStep {
  readonly span: Span;
  /** `.name` steps. */
  readonly name?: string;
  /** `[index]` steps; a literal index is kept when known. */
  readonly index?: Expression;
  /** `.*` or `[*]`. */
  readonly splat?: boolean;
}

/** A reference such as `var.x`, `aws_kms_key.main.arn`, `each.value`, `data.aws_caller_identity.current.account_id`. */
export interface TraversalExpr {
  readonly kind: 'traversal';
  readonly span: Span;
  readonly root: string;
  readonly rootSpan: Span;
  readonly steps: readonly TraversalStep[];
}

/** Attribute, index or splat steps after something other than a name: `foo(x)[0].bar`, `(local.m)["k"]`. */
export interface AccessExpr {
  readonly kind: 'access';
  readonly span: Span;
  readonly target: Expression;
  readonly steps: readonly TraversalStep[];
}

/** `condition ? then : else`. */
export interface ConditionalExpr {
  readonly kind: 'conditional';
  readonly span: Span;
  readonly condition: Expression;
  readonly then: Expression;
  readonly else: Expression;
}

/** A unary (`!`, `-`: one operand) or binary (`==`, `&&`, `+`...: two operands) operation. */
export interface OperationExpr {
  readonly kind: 'operation';
  readonly span: Span;
  readonly operator: string;
  readonly operands: readonly Expression[];
}

/** `[for k, v in coll : value if cond]` or `{for k, v in coll : key => value... if cond}`. */
export interface ForExpr {
  readonly kind: 'for';
  readonly span: Span;
  /** The first name when two are given (`k` in `for k, v in ...`). */
  readonly keyVar: string | undefined;
  readonly valueVar: string;
  readonly collection: Expression;
  /** Object form only: the key expression before `=>`. */
  readonly keyExpr: Expression | undefined;
  readonly valueExpr: Expression;
  readonly condition: Expression | undefined;
  /** Object form: builds an object; else a tuple. */
  readonly object: boolean;
  /** `...` after the value: values with the same key are grouped into lists. */
  readonly grouping: boolean;
}

/** What the model does not read (an incomplete expression, a too-deep one...): never a known value. */
export interface UnknownExpr {
  readonly kind: 'unknown';
  readonly span: Span;
  /** The tree-sitter node type, for diagnostics and debugging. */
  readonly nodeType: string;
}

export interface Attribute {
  readonly kind: 'attribute';
  readonly span: Span;
  readonly name: string;
  readonly nameSpan: Span;
  readonly value: Expression;
}

export interface Label {
  readonly span: Span;
  /** Label text without quotes. */
  readonly value: string;
  readonly valueSpan: Span;
}

export interface Body {
  readonly span: Span;
  readonly attributes: readonly Attribute[];
  readonly blocks: readonly Block[];
}

export interface Block {
  readonly kind: 'block';
  readonly span: Span;
  readonly type: string;
  readonly typeSpan: Span;
  readonly labels: readonly Label[];
  /** Span of the text between `{` and `}` (to the end of the file when `}` is missing). */
  readonly body: Body;
  /** False when the closing `}` is missing. */
  readonly closed: boolean;
}

export interface SyntaxProblem {
  readonly span: Span;
  readonly message: string;
}

export interface HclFile {
  readonly body: Body;
  /** Syntax errors found by the parser (ERROR and MISSING nodes), bounded in number. */
  readonly problems: readonly SyntaxProblem[];
}

export function contains(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

export function strictlyContains(span: Span, offset: number): boolean {
  return offset > span.start && offset < span.end;
}

/** `aws_kms_key.main`, `data.aws_kms_alias.x`, `module.m`, `var.v`...: the Terraform address of a top-level block. */
export function blockAddress(block: Block): string | undefined {
  const [a, b] = block.labels.map((l) => l.value);
  switch (block.type) {
    case 'resource':
      return a !== undefined && b !== undefined ? `${a}.${b}` : undefined;
    case 'data':
      return a !== undefined && b !== undefined ? `data.${a}.${b}` : undefined;
    case 'ephemeral':
      return a !== undefined && b !== undefined ? `ephemeral.${a}.${b}` : undefined;
    case 'module':
      return a !== undefined ? `module.${a}` : undefined;
    case 'variable':
      return a !== undefined ? `var.${a}` : undefined;
    case 'output':
      return a !== undefined ? `output.${a}` : undefined;
    default:
      return undefined;
  }
}

/** The expressions directly inside an expression, in text order. */
export function childExpressions(e: Expression): Expression[] {
  switch (e.kind) {
    case 'string':
      return e.parts.flatMap((p) => (p.kind === 'interpolation' && p.expr ? [p.expr] : []));
    case 'object':
      return e.items.flatMap((i) => (i.keyName === undefined ? [i.key, i.value] : [i.value]));
    case 'tuple':
      return [...e.items];
    case 'call':
      return [...e.args];
    case 'traversal':
      return e.steps.flatMap((s) => (s.index ? [s.index] : []));
    case 'access':
      return [e.target, ...e.steps.flatMap((s) => (s.index ? [s.index] : []))];
    case 'conditional':
      return [e.condition, e.then, e.else];
    case 'operation':
      return [...e.operands];
    case 'for':
      return [e.collection, ...(e.keyExpr ? [e.keyExpr] : []), e.valueExpr, ...(e.condition ? [e.condition] : [])];
    default:
      return [];
  }
}

export function attribute(body: Body, name: string): Attribute | undefined {
  return body.attributes.find((a) => a.name === name);
}

/** The literal value of an expression when it is known at plan time, else undefined. */
export function literalValue(expr: Expression | undefined): string | number | boolean | null | undefined {
  if (!expr) return undefined;
  switch (expr.kind) {
    case 'string':
      return expr.value;
    case 'number':
    case 'bool':
      return expr.value;
    case 'null':
      return null;
    default:
      return undefined;
  }
}
