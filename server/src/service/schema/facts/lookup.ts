/** The fact tables of every family, and the look-ups over them. */
import type { SchemaKind } from '../index';
import { aliasFamily } from './alias';
import { ciphertextFamily } from './ciphertext';
import { customKeyStoreFamily } from './customKeyStore';
import { externalKeyFamily } from './externalKey';
import { grantFamily } from './grant';
import { keyFamily } from './key';
import { replicaFamily } from './replica';
import { secretsFamily } from './secrets';
import type { AttributeFacts, FamilyFacts, TypeFacts } from './types';

const families: readonly FamilyFacts[] = [keyFamily, aliasFamily, grantFamily, externalKeyFamily, replicaFamily, customKeyStoreFamily, ciphertextFamily, secretsFamily];

/** Type facts by `kind.type`. */
export const types: Readonly<Record<string, TypeFacts>> = Object.assign({}, ...families.map((f) => f.types));

/** Argument facts by `kind.type` (and `.block...` for nested blocks), then by name. */
export const attributes: Readonly<Record<string, Readonly<Record<string, AttributeFacts>>>> = Object.assign({}, ...families.map((f) => f.attributes));

/** Facts about a top-level argument (`path` empty) or one of a nested block. */
export function attributeFacts(kind: SchemaKind, type: string, path: readonly string[], name: string): AttributeFacts | undefined {
  const table = attributes[`${kind}.${type}${path.map((p) => '.' + p).join('')}`];
  return table && Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;
}

export function typeFacts(kind: SchemaKind, type: string): TypeFacts | undefined {
  return types[`${kind}.${type}`];
}

/** Whether `value` is allowed by the facts in provider major version `major`. */
export function valueAllowed(f: AttributeFacts, value: string, major: number): boolean {
  if (!f.allowedValues?.includes(value)) return false;
  const since = f.valuesSince?.[value];
  return since === undefined || major >= since;
}

/** The provider documentation page of a type. */
export function docUrl(kind: SchemaKind, type: string): string {
  const short = type.replace(/^aws_/, '');
  return `https://registry.terraform.io/providers/hashicorp/aws/latest/docs/${kind === 'resource' ? 'resources' : 'data-sources'}/${short}`;
}
