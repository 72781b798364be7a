/** Known scalars as nodes. The HCL model (hcl/model.ts) and the policy model (policy/model.ts) write them alike. */
import type { Span } from '../hcl/model';
import type { Value } from './value';

export type ScalarNode =
  | { readonly kind: 'number'; readonly span: Span; readonly value: number }
  | { readonly kind: 'bool'; readonly span: Span; readonly value: boolean }
  | { readonly kind: 'null'; readonly span: Span };

/** A number, bool or null value as a node at `span`; undefined for any other value. */
export function scalarNode(v: Value, span: Span): ScalarNode | undefined {
  switch (v.k) {
    case 'number':
      return { kind: 'number', span, value: v.v };
    case 'bool':
      return { kind: 'bool', span, value: v.v };
    case 'null':
      return { kind: 'null', span };
    default:
      return undefined;
  }
}
