/** The aws_kms_* resources and data sources of a file, with their schema, and lookups inside their bodies. */
import type { Attribute, Block, Body } from '../hcl/model';
import { blockAddress } from '../hcl/model';
import type { ParsedDocument } from '../document';
import { blockSchemaOf, type BlockSchema, type SchemaKind } from '../schema';
import { mayBeUnset, peekValue } from '../model/bind';

export interface KmsBlock {
  readonly block: Block;
  readonly kind: SchemaKind;
  readonly type: string;
  readonly name: string;
  readonly address: string;
  /** Undefined when the provider has no such type. */
  readonly schema: BlockSchema | undefined;
}

export function isKmsType(type: string): boolean {
  return type.startsWith('aws_kms_');
}

export function asKmsBlock(block: Block): KmsBlock | undefined {
  if (block.type !== 'resource' && block.type !== 'data') return undefined;
  const [typeLabel, nameLabel] = block.labels;
  if (!typeLabel || !isKmsType(typeLabel.value)) return undefined;
  const kind: SchemaKind = block.type === 'resource' ? 'resource' : 'data';
  return {
    block,
    kind,
    type: typeLabel.value,
    name: nameLabel?.value ?? '',
    address: blockAddress(block) ?? `${kind === 'data' ? 'data.' : ''}${typeLabel.value}`,
    schema: blockSchemaOf(kind, typeLabel.value),
  };
}

export function kmsBlocks(doc: ParsedDocument): KmsBlock[] {
  const out: KmsBlock[] = [];
  for (const b of doc.hcl.body.blocks) {
    const k = asKmsBlock(b);
    if (k) out.push(k);
  }
  return out;
}

/** The top-level block whose span holds `offset`. */
export function topLevelBlockAt(doc: ParsedDocument, offset: number): Block | undefined {
  return doc.hcl.body.blocks.find((b) => offset >= b.span.start && offset <= b.span.end);
}

/** Meta-arguments Terraform accepts in every resource (and, except lifecycle's contents, data) block. */
export const META_ARGUMENTS: Readonly<Record<string, string>> = {
  count: 'Creates that many instances of the block; refer to each with `count.index`.',
  for_each: 'Creates one instance per element of a map or set of strings; refer to each with `each.key` and `each.value`.',
  provider: 'Selects a non-default provider configuration, such as `aws.us_east_1`.',
  depends_on: 'Adds dependencies Terraform cannot see from references.',
};
export const META_BLOCKS: Readonly<Record<string, string>> = {
  lifecycle: 'Changes how Terraform creates, updates and destroys this resource (`prevent_destroy`, `ignore_changes`, ...).',
  provisioner: 'Runs an action on the local or remote machine after create or before destroy.',
  connection: 'How provisioners reach the remote resource.',
  dynamic: 'Generates repeated nested blocks from a collection.',
};

/** Walks nested blocks: the schema of the body at `path` of nested block type names, if known. */
export function nestedSchema(schema: BlockSchema | undefined, path: readonly string[]): BlockSchema | undefined {
  let s = schema;
  for (const p of path) {
    s = s?.blockTypes[p]?.block;
    if (!s) return undefined;
  }
  return s;
}

/** Calls `visit` for the body of a block and each nested body whose schema is known. */
export function walkBodies(body: Body, schema: BlockSchema, visit: (body: Body, schema: BlockSchema, path: readonly string[]) => void, path: readonly string[] = []): void {
  visit(body, schema, path);
  for (const nested of body.blocks) {
    const t = schema.blockTypes[nested.type];
    if (t) walkBodies(nested.body, t.block, visit, [...path, nested.type]);
  }
}

/** The argument when it is written and not `null` (Terraform treats `x = null` as unset). It may still be null when not known. */
export function presentAttribute(body: Body, name: string): Attribute | undefined {
  const a = body.attributes.find((x) => x.name === name);
  return a && peekValue(a).kind !== 'null' ? a : undefined;
}

/** The argument when it is certainly set: written, and its value cannot be null (see model/bind.ts). */
export function certainlySet(body: Body, name: string): Attribute | undefined {
  const a = presentAttribute(body, name);
  return a && !mayBeUnset(peekValue(a, true)) ? a : undefined;
}

/** Nested blocks of a type, counting `dynamic "type"` blocks (whose count is not known). */
export function nestedBlocks(body: Body, type: string): { blocks: Block[]; dynamic: boolean } {
  const blocks = body.blocks.filter((b) => b.type === type);
  const dynamic = body.blocks.some((b) => b.type === 'dynamic' && b.labels[0]?.value === type);
  return { blocks, dynamic };
}
