/**
 * Semantic tokens: what each piece of a Terraform file is (block type, label, argument name, string, number,
 * comment, function, reference, operator), read from the tree-sitter tree. This is the file's highlighting when
 * no Terraform extension with a TextMate grammar is installed (the VS Code client asks for it only then).
 * Every token lies on one line: LSP clients need not support multi-line tokens.
 */
import type { TreeCursor } from 'web-tree-sitter';
import type { ParsedDocument } from './document';
import type { LineMap } from './text/lineMap';

/** The legend's token types, in order: the index of a type is its number in the encoded tokens. */
export const SEMANTIC_TOKEN_TYPES = ['keyword', 'type', 'property', 'variable', 'function', 'string', 'number', 'comment', 'operator'] as const;
/** The legend's modifiers, in order: bit i of the encoded modifiers is modifier i. */
export const SEMANTIC_TOKEN_MODIFIERS = ['declaration', 'defaultLibrary'] as const;

export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];
export type SemanticTokenModifier = (typeof SEMANTIC_TOKEN_MODIFIERS)[number];

export interface SemanticToken {
  /** UTF-16 offsets; start and end are on the same line. */
  readonly start: number;
  readonly end: number;
  readonly type: SemanticTokenType;
  readonly modifiers: readonly SemanticTokenModifier[];
}

/** Root names of Terraform references that the language defines, not the configuration. */
const BUILTIN_ROOTS = new Set(['var', 'local', 'module', 'data', 'each', 'count', 'self', 'path', 'terraform']);
const WORD = /^[a-z]+$/;
const STRING_PIECES = new Set(['quoted_template_start', 'quoted_template_end', 'template_literal', 'heredoc_start', 'heredoc_identifier']);

/**
 * The tokens of each top-level block (or attribute, or comment) by its text, relative to its start: a new version
 * of a document walks only the blocks an edit changed. One per document, owned by the caller; it keeps the blocks
 * of the last version it saw.
 */
export class SemanticTokensMemo {
  private byText = new Map<string, SemanticToken[]>();
  private next = new Map<string, SemanticToken[]>();

  get(text: string): SemanticToken[] | undefined {
    const found = this.byText.get(text) ?? this.next.get(text);
    if (found) this.next.set(text, found);
    return found;
  }
  set(text: string, tokens: SemanticToken[]): void {
    this.next.set(text, tokens);
  }
  /** Forgets the blocks the last call did not see. */
  done(): void {
    this.byText = this.next;
    this.next = new Map();
  }
}

type Emit = (start: number, end: number, type: SemanticTokenType, modifiers?: readonly SemanticTokenModifier[]) => void;

/** The document's tokens, sorted and not overlapping. With a memo, unchanged top-level blocks are not walked again. */
export function doSemanticTokens(doc: ParsedDocument, memo?: SemanticTokensMemo): SemanticToken[] {
  const tree = doc.tree;
  if (!tree) return [];
  const text = doc.text;
  const out: SemanticToken[] = [];
  let sink = out;
  const emit: Emit = (start, end, type, modifiers = []) => {
    // Split at line breaks so that each token stays on its line.
    let s = start;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        if (i > s) sink.push({ start: s, end: i, type, modifiers });
        s = i + 1;
      }
    }
    if (end > s) sink.push({ start: s, end, type, modifiers });
  };

  const cursor: TreeCursor = tree.walk();
  // The top level: the file's children, and the children of its body, each walked (or recalled) on its own.
  const topLevel = (parentType: string) => {
    if (!cursor.gotoFirstChild()) return;
    do {
      if (cursor.nodeType === 'body' && parentType === 'config_file') {
        topLevel('body');
        continue;
      }
      const start = cursor.startIndex;
      const key = text.slice(start, cursor.endIndex);
      const known = memo?.get(key);
      if (known) {
        for (const t of known) out.push({ start: t.start + start, end: t.end + start, type: t.type, modifiers: t.modifiers });
        continue;
      }
      const mine: SemanticToken[] = [];
      sink = mine;
      walk(cursor, text, parentType, emit);
      sink = out;
      out.push(...mine);
      memo?.set(key, mine.map((t) => ({ start: t.start - start, end: t.end - start, type: t.type, modifiers: t.modifiers })));
    } while (cursor.gotoNextSibling());
    cursor.gotoParent();
  };
  topLevel(cursor.nodeType);
  cursor.delete();
  memo?.done();
  return out;
}

/**
 * Pre-order walk of the cursor's node and its descendants, leaving the cursor where it started. Iterative, with a
 * stack of ancestors: deeply nested input must not overflow the call stack.
 */
function walk(cursor: TreeCursor, text: string, parentType: string, emit: Emit): void {
  // For each ancestor of the current node: its type and how many named children were seen before the current one.
  const parents: { type: string; named: number }[] = [{ type: parentType, named: 0 }];
  for (;;) {
    // The cursor's own fields, not `currentNode`: materialising every node costs more than the rest of the walk.
    const type = cursor.nodeType;
    const named = cursor.nodeIsNamed;
    const parent = parents[parents.length - 1]!;
    const descend = classify(cursor, type, named, text, parent, emit);
    if (named) parent.named++;
    if (descend && cursor.gotoFirstChild()) {
      parents.push({ type, named: 0 });
      continue;
    }
    // Next sibling, or the next sibling of the nearest ancestor that has one, without leaving the subtree.
    for (;;) {
      if (parents.length === 1) return;
      if (cursor.gotoNextSibling()) break;
      cursor.gotoParent();
      parents.pop();
    }
  }
}

/** Emits the token of the cursor's node, if it is one; returns whether its children still need a look. */
function classify(
  cursor: TreeCursor,
  type: string,
  named: boolean,
  text: string,
  parent: { type: string; named: number } | undefined,
  emit: Emit,
): boolean {
  const start = cursor.startIndex;
  const end = cursor.endIndex;
  if (end <= start) return false;
  const p = parent?.type;
  switch (type) {
    case 'comment':
      emit(start, end, 'comment');
      return false;
    case 'numeric_lit':
      emit(start, end, 'number');
      return false;
    case 'bool_lit':
    case 'null_lit':
      emit(start, end, 'keyword');
      return false;
    case 'string_lit':
      // A block label (quoted or not) names what the block declares.
      if (p === 'block') emitLabel(start, end, parent!, emit);
      else emit(start, end, 'string');
      return false;
    case 'identifier':
      if (p === 'block') {
        if (parent!.named === 0) emit(start, end, 'keyword');
        else emitLabel(start, end, parent!, emit);
      } else if (p === 'attribute') emit(start, end, 'property', ['declaration']);
      else if (p === 'function_call') emit(start, end, 'function');
      else if (p === 'get_attr') emit(start, end, 'property');
      else if (p === 'variable_expr') {
        emit(start, end, 'variable', BUILTIN_ROOTS.has(text.slice(start, end)) ? ['defaultLibrary'] : []);
      } else if (p === 'for_intro' || p === 'for_object_expr' || p === 'template_for_start') emit(start, end, 'variable', ['declaration']);
      else emit(start, end, 'variable');
      return false;
    case 'expression': {
      // An object key written as a bare name (`Version = ...`) is a key, not a reference.
      if (p === 'object_elem' && parent!.named === 0) {
        const node = cursor.currentNode;
        const only = node.namedChildCount === 1 ? node.namedChild(0) : null;
        if (only?.type === 'variable_expr' && only.namedChildCount === 1) {
          emit(only.startIndex, only.endIndex, 'property');
          return false;
        }
      }
      return true;
    }
  }
  if (STRING_PIECES.has(type)) {
    emit(start, end, 'string');
    return false;
  }
  if (!named) {
    if (WORD.test(type)) emit(start, end, 'keyword'); // for, in, if, else, endif, endfor
    else if (isOperator(type, p)) emit(start, end, 'operator');
    return false;
  }
  return true;
}

function emitLabel(
  start: number,
  end: number,
  block: { named: number },
  emit: Emit,
): void {
  // The first label is the kind (a resource type, a provider, a dynamic block's name); later ones are names.
  if (block.named === 1) emit(start, end, 'type');
  else emit(start, end, 'variable', ['declaration']);
}

const OPERATORS = new Set(['=', '==', '!=', '<', '>', '<=', '>=', '&&', '||', '!', '+', '-', '*', '/', '%', '?', ':', '=>', '...', '[*]', '.*']);

function isOperator(type: string, parent: string | undefined): boolean {
  if (!OPERATORS.has(type)) return false;
  // `:` is an operator in a conditional; in `for x in xs :` and `{ a : 1 }` it is punctuation.
  if (type === ':') return parent === 'conditional';
  return true;
}

/** LSP's encoding: five numbers per token (line delta, start delta, length, type index, modifier bits). */
export function encodeSemanticTokens(lineMap: LineMap, tokens: readonly SemanticToken[]): number[] {
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  for (const t of tokens) {
    const { line, character } = lineMap.positionAt(t.start);
    let bits = 0;
    for (const m of t.modifiers) bits |= 1 << SEMANTIC_TOKEN_MODIFIERS.indexOf(m);
    data.push(line - prevLine, line === prevLine ? character - prevChar : character, t.end - t.start, SEMANTIC_TOKEN_TYPES.indexOf(t.type), bits);
    prevLine = line;
    prevChar = character;
  }
  return data;
}
