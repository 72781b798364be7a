/**
 * One model for every policy form: a JSON-shaped tree whose nodes carry spans (UTF-16 offsets into the .tf file
 * that holds them). `jsonencode({...})` objects, JSON text in heredocs or quoted strings, and
 * `data "aws_iam_policy_document"` blocks all map onto it, so one validator serves all three.
 *
 * Terraform values that are not known before apply (`${...}`, references, function calls) become `unknown`
 * nodes, or strings whose `text` holds UNKNOWN_MARK where the unknown part was. Nothing derived from an unknown
 * part may produce a finding.
 */
import type { Block, Span } from '../hcl/model';
import type { PolicyKind } from './kinds';

/** Stands for an unknown part inside a string's `text`: a private-use character no policy contains. */
export const UNKNOWN_MARK = '\uE000';

export type PolicyNode = PolicyString | PolicyNumber | PolicyBool | PolicyNull | PolicyObject | PolicyArray | PolicyUnknown;

export interface PolicyString {
  readonly kind: 'string';
  readonly span: Span;
  /** Span of the characters between the quotes (what a fix replaces). */
  readonly contentSpan: Span;
  /** The text, with UNKNOWN_MARK for each unknown part. */
  readonly text: string;
  /** The value when fully known. */
  readonly value: string | undefined;
}

export interface PolicyNumber {
  readonly kind: 'number';
  readonly span: Span;
  readonly value: number;
}

export interface PolicyBool {
  readonly kind: 'bool';
  readonly span: Span;
  readonly value: boolean;
}

export interface PolicyNull {
  readonly kind: 'null';
  readonly span: Span;
}

export interface PolicyEntry {
  /** Undefined when the key itself is not known (a computed key). */
  readonly key: string | undefined;
  readonly keySpan: Span;
  readonly value: PolicyNode;
  readonly span: Span;
}

export interface PolicyObject {
  readonly kind: 'object';
  readonly span: Span;
  readonly entries: readonly PolicyEntry[];
}

export interface PolicyArray {
  readonly kind: 'array';
  readonly span: Span;
  readonly items: readonly PolicyNode[];
}

export interface PolicyUnknown {
  readonly kind: 'unknown';
  readonly span: Span;
}

/** How the policy is written, which decides how a fix writes new text. */
export type PolicyForm = 'jsonencode' | 'json' | 'document';

/** Key policy, identity policy, trust policy or resource policy of another service (see kinds.ts). */
export type PolicyType = PolicyKind;

export interface JsonSyntaxError {
  readonly span: Span;
  readonly message: string;
}

/** A policy as written in one place of one document. */
export interface PolicySource {
  readonly uri: string;
  readonly form: PolicyForm;
  readonly root: PolicyNode;
  /** The top-level block holding the policy text. */
  readonly block: Block;
  /** Terraform address for findings (`aws_kms_key.k`, `data.aws_iam_policy_document.x`, `local.policy`). */
  readonly address: string;
  /** The span of the whole policy expression (or the data block). */
  readonly span: Span;
  /** JSON text only: syntax errors, at their exact place. */
  readonly syntaxErrors: readonly JsonSyntaxError[];
  /** JSON text in a quoted HCL string: new text must escape `"` and `\`. */
  readonly quoted: boolean;
  /** Parts merged in that are not visible here (source_policy_documents, template directives...): whole-policy checks stay silent. */
  readonly partial: boolean;
  /** Set for policies defined apart from where they are used: the name they are referred to by. */
  readonly ref?: { readonly kind: 'document' | 'local'; readonly name: string };
  /** Set for inline policies: the type given by the resource that holds them. */
  readonly inlineType?: PolicyType;
  /** Set for inline policies: how messages name their kind ("trust policy", "S3 bucket policy"). */
  readonly inlineLabel?: string;
  /** A local holding a jsonencode without `Statement`: a policy only when a policy argument uses it. */
  readonly candidate?: boolean;
}

/** A source with the type its uses give it (undefined when unused or used as both). */
export interface Policy {
  readonly source: PolicySource;
  /** Undefined when unused, used in places of different kinds, or only passed on (to a module, an output). */
  readonly type: PolicyType | undefined;
  /** How messages name the kind, when known ("key policy", "trust policy", "S3 bucket policy"). */
  readonly label?: string | undefined;
  /** Addresses of the resources using it (for hover and messages). */
  readonly usedBy: readonly string[];
}

/** Entry lookup by exact key. */
export function entry(obj: PolicyObject, key: string): PolicyEntry | undefined {
  return obj.entries.find((e) => e.key === key);
}

/** The string items of a value that is a string or an array of strings (unknown parts skipped). */
export function stringItems(n: PolicyNode | undefined): PolicyString[] {
  if (!n) return [];
  if (n.kind === 'string') return [n];
  if (n.kind === 'array') return n.items.filter((i): i is PolicyString => i.kind === 'string');
  return [];
}

/** True when a value may hold more items than we can see (unknown, or an array with unknown items). */
export function hasUnknownItems(n: PolicyNode | undefined): boolean {
  if (!n) return false;
  if (n.kind === 'unknown') return true;
  if (n.kind === 'array') return n.items.some((i) => i.kind === 'unknown');
  return false;
}

/** The innermost nodes holding `offset`, outermost first, with the keys leading to them. */
export interface NodePathStep {
  readonly node: PolicyNode;
  /** The entry through which this node was reached (undefined for the root and array items). */
  readonly entry?: PolicyEntry;
  /** True when the offset is on the entry's key rather than its value. */
  readonly onKey?: boolean;
}

export function nodePathAt(root: PolicyNode, offset: number): NodePathStep[] {
  const path: NodePathStep[] = [];
  const inside = (s: Span) => offset >= s.start && offset <= s.end;
  let node: PolicyNode | undefined = root;
  let via: PolicyEntry | undefined;
  while (node && inside(node.span)) {
    path.push({ node, ...(via ? { entry: via } : {}) });
    via = undefined;
    let next: PolicyNode | undefined;
    if (node.kind === 'object') {
      for (const e of node.entries) {
        if (inside(e.keySpan)) {
          path.push({ node: e.value, entry: e, onKey: true });
          return path;
        }
        if (inside(e.value.span)) {
          next = e.value;
          via = e;
          break;
        }
      }
    } else if (node.kind === 'array') {
      next = node.items.find((i) => inside(i.span));
    }
    node = next;
  }
  return path;
}
