/**
 * The key policies that set a key's policy: its own `policy` argument and every `aws_kms_key_policy` whose
 * `key_id` refers to it. More than one means they compete (each apply overwrites the other); none means KMS
 * applies the default key policy.
 */
import type { ParsedDocument } from '../document';
import type { Attribute } from '../hcl/model';
import type { Declaration } from '../blocks/references';
import { declarationsOf } from '../blocks/references';
import { presentAttribute } from '../blocks/kmsBlocks';
import { documentPolicies, policiesInBlock, policyNamed } from '../policy/find';
import type { Policy } from '../policy/model';
import { resolveKey } from './resolve';
import { perFolder } from '../folderMemo';

/** One place that sets the key policy. `policy` is undefined when its text is not a policy we can read. */
export interface KeyPolicySetter {
  /** The block holding the `policy` argument: the key itself or an `aws_kms_key_policy`. */
  readonly setter: Declaration;
  readonly attribute: Attribute;
  readonly policy: Policy | undefined;
}

export type KeyPolicies =
  /** No policy argument and no aws_kms_key_policy: the default key policy (the account root gets kms:*). */
  | { readonly kind: 'default' }
  | { readonly kind: 'set'; readonly setters: readonly KeyPolicySetter[] }
  /** An aws_kms_key_policy of the folder targets a key we cannot resolve: it may be this one. */
  | { readonly kind: 'unknown' };

/** The policy an attribute's value is or refers to (data document or local, anywhere in the folder). */
export function policyOfAttribute(doc: ParsedDocument, folder: readonly ParsedDocument[], decl: Declaration, attr: Attribute): Policy | undefined {
  const inline = policiesInBlock(doc, folder, decl.block).find((p) => p.source.span.start === attr.value.span.start);
  if (inline) return inline;
  const ref = documentPolicies(doc).refs.find((r) => r.usedBy === decl.address);
  return ref ? policyNamed(folder, ref.kind, ref.name) : undefined;
}

interface FolderPolicySetters {
  readonly byKey: Map<string, KeyPolicySetter[]>;
  readonly unresolved: boolean;
}

/** A setter whose policy is read on first use: most callers only count the setters of a key. */
function lazySetter(d: ParsedDocument, folder: readonly ParsedDocument[], decl: Declaration, attr: Attribute): KeyPolicySetter {
  let memo: { policy: Policy | undefined } | undefined;
  return {
    setter: decl,
    attribute: attr,
    get policy() {
      memo ??= { policy: policyOfAttribute(d, folder, decl, attr) };
      return memo.policy;
    },
  };
}

function folderSetters(folder: readonly ParsedDocument[]): FolderPolicySetters {
  return perFolder('key policy setters', folder, () => buildFolderSetters(folder));
}

function buildFolderSetters(folder: readonly ParsedDocument[]): FolderPolicySetters {
  const byKey = new Map<string, KeyPolicySetter[]>();
  let unresolved = false;
  const add = (address: string, s: KeyPolicySetter) => (byKey.get(address) ?? byKey.set(address, []).get(address)!).push(s);
  for (const d of folder) {
    for (const decl of declarationsOf(d)) {
      if (decl.kind !== 'resource') continue;
      const policyAttr = presentAttribute(decl.block.body, 'policy');
      if (decl.type === 'aws_kms_key_policy') {
        const target = resolveKey(folder, presentAttribute(decl.block.body, 'key_id')?.value);
        if (target?.kind !== 'key') {
          unresolved = true;
          continue;
        }
        if (policyAttr) add(target.key.address, lazySetter(d, folder, decl, policyAttr));
      } else if (policyAttr && ['aws_kms_key', 'aws_kms_replica_key', 'aws_kms_external_key', 'aws_kms_replica_external_key'].includes(decl.type)) {
        add(decl.address, lazySetter(d, folder, decl, policyAttr));
      }
    }
  }
  return { byKey, unresolved };
}

/** What sets the policy of `key`. */
export function keyPolicies(folder: readonly ParsedDocument[], key: Declaration): KeyPolicies {
  const f = folderSetters(folder);
  const setters = f.byKey.get(key.address) ?? [];
  if (f.unresolved) return { kind: 'unknown' };
  if (!setters.length) return { kind: 'default' };
  return { kind: 'set', setters };
}

/** Every setter of the key's policy, whether or not other setters are unresolved (for the conflict rule). */
export function knownPolicySetters(folder: readonly ParsedDocument[], keyAddress: string): readonly KeyPolicySetter[] {
  return folderSetters(folder).byKey.get(keyAddress) ?? [];
}
