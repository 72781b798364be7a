/**
 * The aws_kms_* provider schema as typed data. The data is generated (scripts/generate-schema.mjs);
 * facts the provider schema lacks live in facts.ts.
 */
import generated from './kms-schema.json';

/** A Terraform type as the provider schema writes it: "string", ["list","string"], ["object",{...}]. */
export type TfType = string | readonly unknown[];

export interface AttributeSchema {
  readonly type: TfType;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly sensitive?: boolean;
  readonly deprecated?: boolean;
  readonly writeOnly?: boolean;
}

export interface BlockTypeSchema {
  readonly nesting: 'single' | 'list' | 'set' | 'map' | 'group';
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly block: BlockSchema;
}

export interface BlockSchema {
  readonly attributes: Readonly<Record<string, AttributeSchema>>;
  readonly blockTypes: Readonly<Record<string, BlockTypeSchema>>;
  readonly deprecated?: boolean;
}

export type SchemaKind = 'resource' | 'data';

interface GeneratedSchema {
  readonly providerVersion: string;
  readonly resources: Readonly<Record<string, BlockSchema>>;
  readonly dataSources: Readonly<Record<string, BlockSchema>>;
}

const schema = generated as unknown as GeneratedSchema;

export const providerVersion: string = schema.providerVersion;

function table(kind: SchemaKind): Readonly<Record<string, BlockSchema>> {
  return kind === 'resource' ? schema.resources : schema.dataSources;
}

/** The schema of a resource (`kind = 'resource'`) or data source type, if the provider has it. */
export function blockSchemaOf(kind: SchemaKind, type: string): BlockSchema | undefined {
  return Object.prototype.hasOwnProperty.call(table(kind), type) ? table(kind)[type] : undefined;
}

/** Every aws_kms_* type of that kind, sorted. */
export function typeNames(kind: SchemaKind): string[] {
  return Object.keys(table(kind)).sort();
}

/** Attributes a user may write in configuration: not computed-only, and not `id`. */
export function isConfigurable(name: string, a: AttributeSchema): boolean {
  return (a.required === true || a.optional === true) && name !== 'id';
}

/** "string", "list of string", "map of string", "object"... for hover and messages. */
export function typeLabel(t: TfType): string {
  if (typeof t === 'string') return t;
  const [kind, inner] = t as [string, TfType];
  if (kind === 'object') return 'object';
  return `${kind} of ${typeLabel(inner)}`;
}
