/**
 * tree-sitter syntax tree -> HCL model (model.ts). Tolerant: ERROR nodes are searched for the blocks and
 * attributes they still hold, and a block left unclosed by a missing `}` gives back the top-level
 * blocks tree-sitter nested inside it.
 */
import type { Language, Node, Tree } from 'web-tree-sitter';
import type {
  Attribute,
  Block,
  Body,
  Expression,
  HclFile,
  Label,
  ObjectItem,
  Span,
  StringExpr,
  SyntaxProblem,
  TemplatePart,
  TraversalStep,
} from './model';

const MAX_PROBLEMS = 50;
/** Deeper nesting than any real configuration; bounds recursion on hostile input. */
const MAX_DEPTH = 256;
const TOP_LEVEL_KEYWORDS = new Set([
  'resource', 'data', 'ephemeral', 'variable', 'output', 'locals', 'module', 'provider', 'terraform', 'moved', 'import', 'check', 'removed',
]);

const STEP_NODES = new Set(['get_attr', 'index', 'splat', 'attr_splat', 'full_splat']);

/**
 * A syntax node read once from the tree: the builder looks at types, offsets and children many times, and each
 * look through web-tree-sitter's node API is a call into wasm. Children are read on first use, and only what the
 * builder reads is read:
 * - `children` are read only under the node types whose children the builder looks at (`READ_CHILDREN`, and the
 *   named children of `operation` and `template_expr`, whose first one is read whatever its type); elsewhere
 *   they are empty;
 * - `children` holds the named children only, except under `READ_ALL_CHILDREN` (operations, whose operator token
 *   is anonymous): everywhere else the builder only looks for named types among the children;
 * - anonymous tokens have offsets -1 (only their type is asked for), and `field` is only recorded under
 *   `object_elem`.
 * Each tree node is let go once its children are read, and `release` lets go of an item's children for good (the
 * builder releases each item once built), so that a large file's nodes do not all live at once.
 */
class SNode {
  private kids: SNode[] | undefined;
  private named: SNode[] | undefined;
  constructor(
    readonly type: string,
    readonly startIndex: number,
    readonly endIndex: number,
    readonly field: string | null,
    /** The tree node, until its children are read (when they are to be read). */
    private node: Node | null,
    /** Its type's flags (`NAMED | READ ...`), with `MISSING` and `ALL` (its anonymous children are read). */
    private readonly flags: number,
  ) {}

  get isNamed(): boolean {
    return (this.flags & NAMED) !== 0;
  }

  get isMissing(): boolean {
    return (this.flags & MISSING) !== 0;
  }

  get children(): SNode[] {
    if (!this.kids) this.load();
    return this.kids!;
  }

  get namedChildren(): SNode[] {
    if (!this.named) this.load();
    return this.named!;
  }

  /** Drops the children read (they are not read again: `children` is empty afterwards). */
  release(): void {
    this.kids = this.named = NO_NODES;
    this.node = null;
  }

  private load(): void {
    const tn = this.node;
    if (!tn) {
      this.kids = this.named = NO_NODES;
      return;
    }
    // Read once: the tree node (and the list of its children it caches) can go.
    this.node = null;
    const table = typeTable(tn.tree.language);
    const all = (this.flags & ALL) !== 0;
    const kids = all ? tn.children : tn.namedChildren;
    const count = kids.length;
    if (count === 0) {
      this.kids = this.named = NO_NODES;
      return;
    }
    const children = new Array<SNode>(count);
    let named = all ? NO_NODES : children;
    const fields = (this.flags & FIELDS) !== 0;
    const readNamed = (this.flags & READ_NAMED) !== 0;
    for (let i = 0; i < count; i++) {
      const c = kids[i]!;
      const id = c.typeId;
      const f = table.flags[id] ?? learnType(table, id);
      const type = table.names[id]!;
      let n: SNode;
      if (f & NAMED) {
        const start = c.startIndex;
        const end = c.endIndex;
        const field = fields ? (all ? tn.fieldNameForChild(i) : tn.fieldNameForNamedChild(i)) : null;
        const read = (f & READ) !== 0 || readNamed;
        // A missing node is always empty.
        const mode = f | (start === end && c.isMissing ? MISSING : 0) | ((f & READ_ALL) !== 0 || readNamed ? ALL : 0);
        n = new SNode(type, start, end, field, read ? c : null, mode);
        if (all) {
          if (named === NO_NODES) named = [];
          named.push(n);
        }
      } else {
        n = new SNode(type, -1, -1, fields ? tn.fieldNameForChild(i) : null, null, f);
      }
      children[i] = n;
    }
    this.kids = children;
    this.named = named;
  }
}

const NO_NODES: SNode[] = [];

/** Node types whose children the builder reads. */
const READ_CHILDREN = new Set([
  'body', 'ERROR', 'attribute', 'block', 'string_lit', 'expression', 'get_attr', 'index', 'new_index', 'splat',
  'attr_splat', 'full_splat', 'operation', 'unary_operation', 'binary_operation', 'conditional', 'for_expr',
  'for_tuple_expr', 'for_object_expr', 'for_intro', 'for_cond', 'literal_value', 'template_expr', 'collection_value',
  'object', 'object_elem', 'tuple', 'function_call', 'function_arguments', 'parenthesized_expression',
  'quoted_template', 'heredoc_template', 'template_interpolation', 'template_directive',
]);
/** Node types whose anonymous children (an operator) the builder reads. */
const READ_ALL_CHILDREN = new Set(['unary_operation', 'binary_operation']);
/** Node types whose named children are all read into, whatever their type (and all their children). */
const READ_NAMED_CHILDREN = new Set(['operation', 'template_expr']);

const NAMED = 1;
const READ = 2;
const READ_ALL = 4;
const READ_NAMED = 8;
const FIELDS = 16;
const MISSING = 32;
const ALL = 64;

/** Per language: each type id's name and what the snapshot does with it (`NAMED | READ ...`), filled on first use. */
interface TypeTable {
  readonly language: Language;
  readonly names: string[];
  readonly flags: number[];
}
const typeTables = new WeakMap<Language, TypeTable>();

function typeTable(language: Language): TypeTable {
  let t = typeTables.get(language);
  if (!t) typeTables.set(language, (t = { language, names: [], flags: [] }));
  return t;
}

function learnType(table: TypeTable, id: number): number {
  const { language } = table;
  const type = language.types[id] || 'ERROR';
  const flags =
    (type === 'ERROR' || language.nodeTypeIsNamed(id) ? NAMED : 0) |
    (READ_CHILDREN.has(type) ? READ : 0) |
    (READ_ALL_CHILDREN.has(type) ? READ_ALL : 0) |
    (READ_NAMED_CHILDREN.has(type) ? READ_NAMED : 0) |
    (type === 'object_elem' ? FIELDS : 0);
  table.names[id] = type;
  table.flags[id] = flags;
  return flags;
}

/** The tree's root as an SNode (its children are read). */
function rootSNode(tree: Tree): SNode {
  const table = typeTable(tree.language);
  const root = tree.rootNode;
  const id = root.typeId;
  const f = table.flags[id] ?? learnType(table, id);
  return new SNode(table.names[id]!, root.startIndex, root.endIndex, null, root, f | (root.isMissing ? MISSING : 0));
}

function childForField(n: SNode, field: string): SNode | undefined {
  return n.children.find((c) => c.field === field);
}

function span(n: { readonly startIndex: number; readonly endIndex: number }): Span {
  return { start: n.startIndex, end: n.endIndex };
}

/** Unescapes the text of an HCL quoted-string literal part. */
export function unescapeHcl(raw: string): string {
  if (!raw.includes('\\') && !raw.includes('$${') && !raw.includes('%%{')) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '\\' && i + 1 < raw.length) {
      const n = raw[++i]!;
      switch (n) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case 'u': {
          const hex = raw.slice(i + 1, i + 5);
          if (/^[0-9a-fA-F]{4}$/.test(hex)) { out += String.fromCharCode(parseInt(hex, 16)); i += 4; } else out += '\\u';
          break;
        }
        case 'U': {
          const hex = raw.slice(i + 1, i + 9);
          if (/^[0-9a-fA-F]{8}$/.test(hex)) { out += String.fromCodePoint(parseInt(hex, 16)); i += 8; } else out += '\\U';
          break;
        }
        default: out += '\\' + n;
      }
    } else if ((c === '$' || c === '%') && raw[i + 1] === c && raw[i + 2] === '{') {
      out += c + '{';
      i += 2;
    } else out += c;
  }
  return out;
}

class Builder {
  readonly problems: SyntaxProblem[] = [];

  constructor(
    private readonly text: string,
    private readonly reuse?: Reuse,
  ) {}

  /** The previous version's model of a top-level item that this edit did not touch, shifted to new offsets. */
  private reused(c: SNode): Attribute | Block | undefined {
    const r = this.reuse;
    if (!r) return undefined;
    const s = c.startIndex;
    const e = c.endIndex;
    if (r.changed.some((x) => s < x.end && e > x.start)) return undefined;
    let delta: number;
    if (e <= r.editStart) delta = 0;
    else if (s >= r.editNewEnd) delta = r.delta;
    else return undefined;
    const old = r.byStart.get(s - delta);
    if (!old || old.span.end !== e - delta || (old.kind === 'block') !== (c.type === 'block')) return undefined;
    if (old.kind === 'block' && !old.closed) return undefined;
    return delta === 0 ? old : shiftSpans(old, delta);
  }

  private slice(n: SNode): string {
    return this.text.slice(n.startIndex, n.endIndex);
  }

  private problem(s: Span, message: string): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ span: s, message });
  }

  /** Records syntax problems under a node, without descending into clean subtrees (iteratively: trees can be deep). */
  collectProblems(root: Node): void {
    const stack: Node[] = [root];
    while (stack.length > 0 && this.problems.length < MAX_PROBLEMS) {
      const n = stack.pop()!;
      if (!n.hasError && !n.isMissing) continue;
      if (n.isMissing) {
        this.problem(span(n), `Missing ${JSON.stringify(n.type)}`);
        continue;
      }
      if (n.type === 'ERROR') {
        const s = span(n);
        const first = this.text.slice(s.start, Math.min(s.end, s.start + 30)).split('\n')[0];
        this.problem(s, `Syntax error near ${JSON.stringify(first)}`);
      }
      const kids = n.children;
      for (let i = kids.length - 1; i >= 0; i--) {
        const c = kids[i];
        if (c) stack.push(c);
      }
    }
  }

  body(n: SNode | null | undefined, fallback: Span, topLevel = false): Body {
    const attributes: Attribute[] = [];
    const blocks: Block[] = [];
    if (n) this.bodyItems(n, attributes, blocks, topLevel);
    return { span: n ? span(n) : fallback, attributes, blocks };
  }

  private bodyItems(n: SNode, attributes: Attribute[], blocks: Block[], topLevel = false): void {
    for (const c of n.namedChildren) {
      const old = topLevel && (c.type === 'attribute' || c.type === 'block') ? this.reused(c) : undefined;
      if (old) {
        if (old.kind === 'attribute') attributes.push(old);
        else blocks.push(old);
        continue;
      }
      if (c.type === 'attribute') {
        const a = this.attribute(c);
        if (a) attributes.push(a);
      } else if (c.type === 'block') {
        const b = this.block(c);
        if (b) this.pushBlock(b, blocks);
      } else if (c.type === 'ERROR' || c.type === 'body') {
        this.bodyItems(c, attributes, blocks, topLevel);
      }
      // Built: its nodes are no longer needed.
      c.release();
    }
  }

  /** Adds a block; an unclosed block hands back the top-level blocks tree-sitter nested inside it. */
  private pushBlock(b: Block, blocks: Block[]): void {
    if (b.closed) {
      blocks.push(b);
      return;
    }
    const lifted = b.body.blocks.filter((inner) => TOP_LEVEL_KEYWORDS.has(inner.type) && this.atLineStart(inner.span.start));
    if (lifted.length === 0) {
      blocks.push(b);
      return;
    }
    const cut = lifted[0]!.span.start;
    const keep = (s: Span) => s.start < cut;
    blocks.push({
      ...b,
      span: { start: b.span.start, end: cut },
      body: {
        span: { start: b.body.span.start, end: Math.min(b.body.span.end, cut) },
        attributes: b.body.attributes.filter((a) => keep(a.span)),
        blocks: b.body.blocks.filter((x) => keep(x.span)),
      },
    });
    for (const l of lifted) this.pushBlock(l, blocks);
  }

  private atLineStart(offset: number): boolean {
    const lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*$/.test(this.text.slice(lineStart, offset)) && offset - lineStart === 0;
  }

  attribute(n: SNode): Attribute | undefined {
    const name = n.namedChildren.find((c) => c.type === 'identifier');
    const exprNode = n.namedChildren.find((c) => c.type === 'expression');
    if (!name) return undefined;
    const value: Expression = exprNode
      ? this.expression(exprNode)
      : { kind: 'unknown', span: { start: name.endIndex, end: n.endIndex }, nodeType: 'missing' };
    return { kind: 'attribute', span: span(n), name: this.slice(name), nameSpan: span(name), value };
  }

  block(n: SNode): Block | undefined {
    if (this.depth >= MAX_DEPTH) return undefined;
    this.depth++;
    try {
      return this.blockAt(n);
    } finally {
      this.depth--;
    }
  }

  private blockAt(n: SNode): Block | undefined {
    let type: SNode | undefined;
    const labels: Label[] = [];
    let bodyNode: SNode | undefined;
    let open: SNode | undefined;
    let close: SNode | undefined;
    for (const c of n.children) {
      switch (c.type) {
        case 'identifier':
          if (!type) type = c;
          else labels.push({ span: span(c), value: this.slice(c), valueSpan: span(c) });
          break;
        case 'string_lit': {
          const inner = c.children.find((x) => x.type === 'template_literal');
          const startQ = c.children.find((x) => x.type === 'quoted_template_start');
          const valueSpan = inner ? span(inner) : { start: (startQ?.endIndex ?? c.startIndex), end: (startQ?.endIndex ?? c.startIndex) };
          labels.push({ span: span(c), value: inner ? unescapeHcl(this.slice(inner)) : '', valueSpan });
          break;
        }
        case 'block_start': open = c; break;
        case 'block_end': close = c; break;
        case 'body': bodyNode = c; break;
      }
    }
    if (!type) return undefined;
    const closed = !!close && !close.isMissing && close.endIndex > close.startIndex;
    const bodyStart = open ? open.endIndex : n.endIndex;
    const bodyEnd = closed && close ? close.startIndex : n.endIndex;
    return {
      kind: 'block',
      span: span(n),
      type: this.slice(type),
      typeSpan: span(type),
      labels,
      body: this.body(bodyNode, { start: bodyStart, end: bodyEnd }),
      closed,
    };
  }

  /** Nesting of expressions and blocks being built; past MAX_DEPTH the rest is an unknown value. */
  private depth = 0;

  expression(n: SNode): Expression {
    if (this.depth >= MAX_DEPTH) return { kind: 'unknown', span: span(n), nodeType: 'too-deep' };
    this.depth++;
    try {
      return this.expressionAt(n);
    } finally {
      this.depth--;
    }
  }

  private expressionAt(n: SNode): Expression {
    // `expression` wraps one node, or a variable_expr followed by traversal steps.
    if (n.type !== 'expression') return this.exprInner(n, n);
    const kids = n.namedChildren.filter((c) => c.type !== 'comment');
    const first = kids[0];
    if (!first) return { kind: 'unknown', span: span(n), nodeType: 'empty' };
    if (first.type === 'variable_expr') return this.traversal(n, first, kids.slice(1));
    if (kids.length > 1) {
      const steps = this.steps(kids.slice(1));
      if (!steps) return { kind: 'unknown', span: span(n), nodeType: 'traversal' };
      return { kind: 'access', span: span(n), target: this.expression(first), steps };
    }
    return this.exprInner(first, n);
  }

  /** Attribute, index and splat steps; undefined when a node is none of them. */
  private steps(nodes: readonly SNode[]): TraversalStep[] | undefined {
    const out: TraversalStep[] = [];
    for (const s of nodes) {
      if (s.type === 'get_attr') {
        const id = s.namedChildren.find((c) => c.type === 'identifier');
        out.push({ span: span(s), ...(id ? { name: this.slice(id) } : {}) });
      } else if (s.type === 'index') {
        // `[expr]` is index > new_index > expression; `.0` is index > legacy_index.
        const inner = s.namedChildren.find((c) => c.type === 'new_index' || c.type === 'legacy_index' || c.type === 'expression');
        const e = inner?.type === 'new_index' ? inner.namedChildren.find((c) => c.type === 'expression') : inner;
        if (e?.type === 'expression') out.push({ span: span(s), index: this.expression(e) });
        else if (e?.type === 'legacy_index') {
          const digits = /\d+/.exec(this.slice(e));
          out.push({ span: span(s), ...(digits ? { index: { kind: 'number', span: span(e), value: Number(digits[0]) } } : {}) });
        } else out.push({ span: span(s) });
      } else if (s.type === 'splat' || s.type === 'attr_splat' || s.type === 'full_splat') {
        if (s.type === 'splat') {
          const inner = s.namedChildren.find((c) => c.type === 'attr_splat' || c.type === 'full_splat');
          const rest = this.steps(inner ? inner.namedChildren : []);
          out.push({ span: span(s), splat: true }, ...(rest ?? []));
        } else {
          const rest = this.steps(s.namedChildren);
          out.push({ span: span(s), splat: true }, ...(rest ?? []));
        }
      } else if (s.type !== 'comment') {
        return undefined;
      }
    }
    return out;
  }

  private traversal(whole: SNode, root: SNode, steps: SNode[]): Expression {
    return this.traversalIn(span(whole), root, steps);
  }

  private traversalIn(s: Span, root: SNode, steps: SNode[]): Expression {
    const out = this.steps(steps);
    if (!out) return { kind: 'unknown', span: s, nodeType: 'traversal' };
    return { kind: 'traversal', span: s, root: this.slice(root), rootSpan: span(root), steps: out };
  }

  /** Operands of an operation: the grammar lists `var.a` as `variable_expr get_attr`, so steps join the node before them. */
  private operands(op: SNode): Expression[] {
    const groups: SNode[][] = [];
    for (const c of op.namedChildren) {
      if (c.type === 'comment') continue;
      if (STEP_NODES.has(c.type) && groups.length) groups[groups.length - 1]!.push(c);
      else groups.push([c]);
    }
    return groups.map((g) => {
      const [first, ...steps] = g as [SNode, ...SNode[]];
      if (!steps.length) return this.expression(first);
      const s = { start: first.startIndex, end: steps[steps.length - 1]!.endIndex };
      if (first.type === 'variable_expr') return this.traversalIn(s, first, steps);
      const out = this.steps(steps);
      return out ? { kind: 'access', span: s, target: this.expression(first), steps: out } : { kind: 'unknown', span: s, nodeType: 'traversal' };
    });
  }

  private conditional(n: SNode, whole: SNode): Expression {
    const parts = n.namedChildren.filter((c) => c.type === 'expression');
    if (parts.length !== 3) return { kind: 'unknown', span: span(whole), nodeType: n.type };
    return { kind: 'conditional', span: span(whole), condition: this.expression(parts[0]!), then: this.expression(parts[1]!), else: this.expression(parts[2]!) };
  }

  private operation(n: SNode, whole: SNode): Expression {
    const op = n.type === 'operation' ? n.namedChildren[0] : n;
    if (!op) return { kind: 'unknown', span: span(whole), nodeType: n.type };
    const operands = this.operands(op);
    const token = op.children.find((c) => !c.isNamed);
    if (!token || (op.type === 'binary_operation' ? operands.length !== 2 : operands.length !== 1)) return { kind: 'unknown', span: span(whole), nodeType: op.type };
    return { kind: 'operation', span: span(whole), operator: token.type, operands };
  }

  private forExpr(n: SNode, whole: SNode): Expression {
    const f = n.namedChildren.find((c) => c.type === 'for_tuple_expr' || c.type === 'for_object_expr');
    const intro = f?.namedChildren.find((c) => c.type === 'for_intro');
    if (!f || !intro) return { kind: 'unknown', span: span(whole), nodeType: n.type };
    const names = intro.namedChildren.filter((c) => c.type === 'identifier').map((c) => this.slice(c));
    const collNode = intro.namedChildren.find((c) => c.type === 'expression');
    const exprs = f.namedChildren.filter((c) => c.type === 'expression');
    const cond = f.namedChildren.find((c) => c.type === 'for_cond')?.namedChildren.find((c) => c.type === 'expression');
    const object = f.type === 'for_object_expr';
    if (!collNode || names.length === 0 || exprs.length < (object ? 2 : 1)) return { kind: 'unknown', span: span(whole), nodeType: n.type };
    return {
      kind: 'for',
      span: span(whole),
      keyVar: names.length > 1 ? names[0] : undefined,
      valueVar: names[names.length - 1]!,
      collection: this.expression(collNode),
      keyExpr: object ? this.expression(exprs[0]!) : undefined,
      valueExpr: this.expression(exprs[object ? 1 : 0]!),
      condition: cond ? this.expression(cond) : undefined,
      object,
      grouping: f.children.some((c) => c.type === 'ellipsis'),
    };
  }

  private exprInner(n: SNode, whole: SNode): Expression {
    switch (n.type) {
      case 'expression':
        return this.expression(n);
      case 'literal_value': {
        const c = n.namedChildren[0];
        return c ? this.exprInner(c, whole) : { kind: 'unknown', span: span(n), nodeType: n.type };
      }
      case 'numeric_lit':
        return { kind: 'number', span: span(whole), value: Number(this.slice(n)) };
      case 'bool_lit':
        return { kind: 'bool', span: span(whole), value: this.slice(n) === 'true' };
      case 'null_lit':
        return { kind: 'null', span: span(whole) };
      case 'string_lit':
      case 'quoted_template':
        return this.quoted(n, whole);
      case 'template_expr': {
        const c = n.namedChildren[0];
        if (!c) return { kind: 'unknown', span: span(n), nodeType: n.type };
        return c.type === 'heredoc_template' ? this.heredoc(c, whole) : this.quoted(c, whole);
      }
      case 'collection_value': {
        const c = n.namedChildren[0];
        return c ? this.exprInner(c, whole) : { kind: 'unknown', span: span(n), nodeType: n.type };
      }
      case 'object':
        return this.object(n, whole);
      case 'tuple': {
        const items = n.namedChildren.filter((c) => c.type === 'expression').map((c) => this.expression(c));
        const end = n.children.find((c) => c.type === 'tuple_end');
        return { kind: 'tuple', span: span(whole), items, closed: !!end && !end.isMissing };
      }
      case 'function_call': {
        const name = n.namedChildren.find((c) => c.type === 'identifier');
        const args = n.namedChildren.find((c) => c.type === 'function_arguments');
        return {
          kind: 'call',
          span: span(whole),
          name: name ? this.slice(name) : '',
          nameSpan: name ? span(name) : span(n),
          args: args ? args.namedChildren.filter((c) => c.type === 'expression').map((c) => this.expression(c)) : [],
        };
      }
      case 'variable_expr':
        return this.traversal(whole, n, []);
      case 'conditional':
        return this.conditional(n, whole);
      case 'operation':
      case 'unary_operation':
      case 'binary_operation':
        return this.operation(n, whole);
      case 'for_expr':
        return this.forExpr(n, whole);
      case 'parenthesized_expression': {
        const e = n.namedChildren.find((c) => c.type === 'expression');
        return e ? this.expression(e) : { kind: 'unknown', span: span(n), nodeType: n.type };
      }
      default:
        return { kind: 'unknown', span: span(whole), nodeType: n.type };
    }
  }

  private object(n: SNode, whole: SNode): Expression {
    const items: ObjectItem[] = [];
    for (const c of n.namedChildren) {
      if (c.type !== 'object_elem') continue;
      const k = childForField(c, 'key');
      const v = childForField(c, 'val');
      if (!k) continue;
      const key = this.expression(k);
      const keyName =
        key.kind === 'traversal' && key.steps.length === 0 ? key.root : key.kind === 'string' ? key.value : undefined;
      const value: Expression = v ? this.expression(v) : { kind: 'unknown', span: { start: k.endIndex, end: c.endIndex }, nodeType: 'missing' };
      items.push({ span: span(c), key, keyName, value });
    }
    const end = n.children.find((c) => c.type === 'object_end');
    return { kind: 'object', span: span(whole), items, closed: !!end && !end.isMissing };
  }

  private templateParts(nodes: readonly SNode[]): TemplatePart[] {
    const parts: TemplatePart[] = [];
    for (const c of nodes) {
      if (c.type === 'template_literal') parts.push({ kind: 'literal', value: unescapeHcl(this.slice(c)), span: span(c) });
      else if (c.type === 'template_interpolation' || c.type === 'template_directive') {
        const e = c.namedChildren.find((x) => x.type === 'expression');
        parts.push({ kind: 'interpolation', expr: e ? this.expression(e) : undefined, span: span(c), ...(c.type === 'template_directive' ? { directive: true } : {}) });
      }
    }
    return parts;
  }

  private quoted(n: SNode, whole: SNode): StringExpr {
    const start = n.children.find((c) => c.type === 'quoted_template_start');
    const end = n.children.find((c) => c.type === 'quoted_template_end');
    const parts = this.templateParts(n.children);
    const contentSpan = { start: start ? start.endIndex : n.startIndex, end: end && !end.isMissing ? end.startIndex : n.endIndex };
    return this.stringExpr(whole, contentSpan, parts, false);
  }

  private heredoc(n: SNode, whole: SNode): StringExpr {
    const ids = n.children.filter((c) => c.type === 'heredoc_identifier');
    const open = ids[0];
    const close = ids.length > 1 ? ids[ids.length - 1] : undefined;
    const parts = this.templateParts(n.children);
    // Content starts on the line after the opening marker.
    const afterOpen = open ? this.text.indexOf('\n', open.endIndex) + 1 || open.endIndex : n.startIndex;
    const contentSpan = { start: afterOpen, end: close ? close.startIndex : n.endIndex };
    const stripIndent = this.slice(n).startsWith('<<-');
    const s = this.stringExpr(whole, contentSpan, parts, true);
    if (stripIndent && s.value !== undefined) return { ...s, value: stripHeredocIndent(s.value) };
    return s;
  }

  private stringExpr(whole: SNode, contentSpan: Span, parts: TemplatePart[], heredoc: boolean): StringExpr {
    const value = parts.every((p) => p.kind === 'literal') ? parts.map((p) => (p as { value: string }).value).join('') : undefined;
    return { kind: 'string', span: span(whole), contentSpan, value, parts, heredoc };
  }
}

function stripHeredocIndent(value: string): string {
  const lines = value.split('\n');
  const indents = lines.filter((l) => l.trim().length > 0).map((l) => /^[ \t]*/.exec(l)![0].length);
  const min = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(Math.min(min, /^[ \t]*/.exec(l)![0].length))).join('\n');
}

/** What an incremental rebuild may reuse: the previous model and the one edit between the versions. */
interface Reuse {
  readonly byStart: ReadonlyMap<number, Attribute | Block>;
  readonly editStart: number;
  /** End of the inserted text, in new offsets. */
  readonly editNewEnd: number;
  readonly delta: number;
  /** Ranges (new offsets) whose syntax changed, from tree-sitter. */
  readonly changed: readonly Span[];
}

export interface PreviousVersion {
  readonly hcl: HclFile;
  /** Ranges (new offsets) whose syntax changed: `editedOldTree.getChangedRanges(newTree)`. */
  readonly changed: readonly Span[];
  /** The single edit from the previous text to this one (offsets in the previous text). */
  readonly change: { readonly start: number; readonly end: number; readonly newText: string };
}

/** Deep copy of model data (plain objects, arrays, primitives) with every `start`/`end` number moved by `delta`. */
function shiftSpans<T>(value: T, delta: number): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = shiftSpans(value[i], delta);
    return out as T;
  }
  const src = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k in src) {
    const v = src[k];
    out[k] = typeof v === 'number' ? (k === 'start' || k === 'end' ? v + delta : v) : typeof v === 'object' ? shiftSpans(v, delta) : v;
  }
  return out as T;
}

/**
 * Builds the model of `tree`. With `previous` (the last version's model and tree, and the one edit since), the
 * top-level blocks and attributes the edit did not touch are reused instead of being read from the tree again.
 */
export function buildHclFile(tree: Tree, text: string, previous?: PreviousVersion): HclFile {
  let reuse: Reuse | undefined;
  if (previous) {
    const { change } = previous;
    const byStart = new Map<number, Attribute | Block>();
    for (const a of previous.hcl.body.attributes) byStart.set(a.span.start, a);
    for (const b of previous.hcl.body.blocks) byStart.set(b.span.start, b);
    reuse = {
      byStart,
      editStart: change.start,
      editNewEnd: change.start + change.newText.length,
      delta: change.newText.length - (change.end - change.start),
      changed: previous.changed,
    };
  }
  const b = new Builder(text, reuse);
  const rootNode = tree.rootNode;
  const root = rootSNode(tree);
  const hasError = rootNode.hasError;
  const bodyNode = root.namedChildren.find((c) => c.type === 'body');
  const body = bodyNode
    ? b.body(bodyNode, span(root), true)
    : b.body(root.namedChildren.find((c) => c.type === 'ERROR') ?? null, span(root));
  if (bodyNode && hasError) {
    // Items outside the body (ERROR siblings at the top level) still count.
    const extra = root.namedChildren.filter((c) => c.type === 'ERROR');
    if (extra.length) {
      const more = extra.map((e) => b.body(e, span(e), true));
      return finish(b, rootNode, hasError, {
        span: body.span,
        attributes: [...body.attributes, ...more.flatMap((m) => m.attributes)].sort((x, y) => x.span.start - y.span.start),
        blocks: [...body.blocks, ...more.flatMap((m) => m.blocks)].sort((x, y) => x.span.start - y.span.start),
      });
    }
  }
  return finish(b, rootNode, hasError, body);
}

function finish(b: Builder, rootNode: Node, hasError: boolean, body: Body): HclFile {
  if (hasError) b.collectProblems(rootNode);
  return { body, problems: b.problems };
}
