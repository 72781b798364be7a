/**
 * The aws_kms_* provider schema as typed data. The data is generated (scripts/generate-schema.mjs);
 * facts the provider schema lacks live in facts/ (KMS logic, formats, one table per family).
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
  /** Provider versions that have the attribute (see `providerVersions`). */
  readonly versions?: readonly string[];
  /** Versions in which the attribute is required although `required` is not set (it is optional in others). */
  readonly requiredIn?: readonly string[];
  /** Versions in which the attribute is computed only although it is settable in others. */
  readonly computedOnlyIn?: readonly string[];
}

export interface BlockTypeSchema {
  readonly nesting: 'single' | 'list' | 'set' | 'map' | 'group';
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly versions?: readonly string[];
  readonly block: BlockSchema;
}

export interface BlockSchema {
  readonly attributes: Readonly<Record<string, AttributeSchema>>;
  readonly blockTypes: Readonly<Record<string, BlockTypeSchema>>;
  readonly deprecated?: boolean;
  /** Provider versions that have the type (top-level schemas only). */
  readonly versions?: readonly string[];
}

export type SchemaKind = 'resource' | 'data';

interface GeneratedSchema {
  readonly providerVersion: string;
  readonly providerVersions?: readonly string[];
  readonly resources: Readonly<Record<string, BlockSchema>>;
  readonly dataSources: Readonly<Record<string, BlockSchema>>;
}

const schema = generated as unknown as GeneratedSchema;

/** The newest provider version the schema covers. */
export const providerVersion: string = schema.providerVersion;

/** Every provider version the schema was generated from, oldest first (e.g. 5.100.0 and 6.25.0). */
export const providerVersions: readonly string[] = schema.providerVersions ?? [schema.providerVersion];

/** The major version of `version` ("5.100.0" -> 5). */
export function majorOf(version: string): number {
  return Number.parseInt(version, 10);
}

/**
 * Whether the attribute or block exists in the provider version `version`. With no version (the folder does not
 * pin one), everything that exists in any covered version counts.
 */
export function existsIn(s: { readonly versions?: readonly string[] }, version: string | undefined): boolean {
  return version === undefined || !s.versions || s.versions.includes(version);
}

/** Settable in configuration in that version (not computed-only, not `id`). */
export function isConfigurableIn(name: string, a: AttributeSchema, version: string | undefined): boolean {
  return isConfigurable(name, a) && existsIn(a, version) && !(version !== undefined && a.computedOnlyIn?.includes(version));
}

/** Required in that version; with no version, only when required in every version. */
export function isRequired(a: AttributeSchema, version?: string): boolean {
  return a.required === true || (version !== undefined && (a.requiredIn?.includes(version) ?? false));
}

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
