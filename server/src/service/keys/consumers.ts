/**
 * The consumers of the folder's keys: resources of other services whose key argument refers to a key, and
 * publishers into encrypted topics and queues; and, for each, whether the key's policy lets the service in.
 */
import type { ParsedDocument } from '../document';
import type { Attribute, Body, Expression } from '../hcl/model';
import { declarationsOf, findDeclaration, type Declaration } from '../blocks/references';
import { presentAttribute } from '../blocks/kmsBlocks';
import { knownString } from '../blocks/values';
import { keyConfig } from '../blocks/keyModel';
import { asKmsBlock } from '../blocks/kmsBlocks';
import { policyView, type StatementView } from '../policy/statements';
import { UNKNOWN_MARK } from '../policy/model';
import { ENCRYPTED_DESTINATIONS, KEY_CONSUMERS, KEY_PUBLISHERS, type KeyConsumer, type KeyPublisher } from '../schema/consumers';
import { decide, type KmsRequest, type Tri } from './evaluate';
import { keyPolicies, type KeyPolicySetter } from './policies';
import { resolveKey, type KeyTarget } from './resolve';

/** The bodies at a nested block path (several when blocks repeat). */
function bodiesAt(body: Body, path: readonly string[]): Body[] {
  let bodies = [body];
  for (const p of path) bodies = bodies.flatMap((b) => b.blocks.filter((x) => x.type === p).map((x) => x.body));
  return bodies;
}

export interface KeyUse {
  readonly doc: ParsedDocument;
  readonly resource: Declaration;
  readonly consumer: KeyConsumer;
  readonly attribute: Attribute;
  readonly target: KeyTarget;
}

/** The key arguments of consumers in one document. */
export function keyUsesIn(doc: ParsedDocument, folder: readonly ParsedDocument[]): KeyUse[] {
  const out: KeyUse[] = [];
  for (const resource of declarationsOf(doc)) {
    if (resource.kind !== 'resource') continue;
    for (const consumer of KEY_CONSUMERS) {
      if (consumer.type !== resource.type) continue;
      for (const body of bodiesAt(resource.block.body, consumer.path)) {
        const attribute = presentAttribute(body, consumer.argument);
        if (!attribute) continue;
        const target = resolveKey(folder, attribute.value);
        if (target) out.push({ doc, resource, consumer, attribute, target });
      }
    }
  }
  return out;
}

/** The key's spec when known: its own, or its primary's for a replica. */
export function keySpec(folder: readonly ParsedDocument[], key: Declaration, depth = 0): string | undefined {
  if (key.type === 'aws_kms_replica_key' || key.type === 'aws_kms_replica_external_key') {
    const primary = resolveKey(folder, presentAttribute(key.block.body, 'primary_key_arn')?.value);
    return primary?.kind === 'key' && depth < 3 ? keySpec(folder, primary.key, depth + 1) : undefined;
  }
  const k = asKmsBlock(key.block);
  return k ? keyConfig(k)?.spec.value : undefined;
}

/** The request a consumer's service principal makes, with the encryption context it sends. */
export function servicePrincipalRequest(service: string, actions: readonly string[], context?: { key: string; value: string }): KmsRequest {
  return { service, actions, context: context ? { [context.key.toLowerCase()]: context.value } : {} };
}

/** The encryption-context value a consumer sends: its ARN with unknown Region and account, or undefined. */
export function contextValue(use: { consumer: KeyConsumer; resource: Declaration }): { key: string; value: string } | undefined {
  const c = use.consumer.context;
  if (!c) return undefined;
  const nameAttr = presentAttribute(use.resource.block.body, c.nameArgument);
  const name = knownString(nameAttr?.value) ?? UNKNOWN_MARK;
  return { key: c.key, value: c.arnTemplate.replace('{region}', UNKNOWN_MARK).replace('{account}', UNKNOWN_MARK).replace('{name}', name) };
}

export interface PolicyVerdict {
  readonly setter: KeyPolicySetter | undefined;
  /** The service principal's access. */
  readonly service: Tri;
  /** Whether IAM principals of the account (the caller, through kms:ViaService) may have access. */
  readonly caller: Tri;
  readonly allowing: readonly StatementView[];
  readonly conditionMisses: readonly StatementView[];
}

/** What the key's policies (one per competing setter, or the default) say about a service and its callers. */
export function verdicts(folder: readonly ParsedDocument[], key: Declaration, service: string | undefined, actions: readonly string[], context?: { key: string; value: string }): PolicyVerdict[] | undefined {
  const policies = keyPolicies(folder, key);
  if (policies.kind === 'unknown') return undefined;
  const grants = grantsMayApply(folder, key);
  if (policies.kind === 'default') {
    // The default key policy allows the account root kms:* and names no service.
    return [{ setter: undefined, service: grants ? 'maybe' : 'no', caller: 'maybe', allowing: [], conditionMisses: [] }];
  }
  const out: PolicyVerdict[] = [];
  for (const setter of policies.setters) {
    if (!setter.policy) return undefined;
    const view = policyView(setter.policy.source);
    const svc = service ? decide(view, servicePrincipalRequest(service, actions, context)) : undefined;
    // Some IAM principal of the account may be allowed one of the actions (an account root, a user or role).
    const callers = actions.map((a) => decide(view, { actions: [a], context: {} }).result);
    const caller = { result: callers.includes('yes') ? 'yes' : callers.includes('maybe') ? 'maybe' : 'no' } as const;
    const grantOr = (t: Tri): Tri => (grants && t === 'no' ? 'maybe' : t);
    out.push({
      setter,
      service: grantOr(svc?.result ?? 'no'),
      caller: grantOr(caller.result),
      allowing: svc?.allowing ?? [],
      conditionMisses: svc?.conditionMisses ?? [],
    });
  }
  return out;
}

/** A grant of the folder may give access to this key (it refers to it, or to a key we cannot resolve). */
function grantsMayApply(folder: readonly ParsedDocument[], key: Declaration): boolean {
  for (const d of folder) {
    for (const g of declarationsOf(d)) {
      if (g.kind !== 'resource' || g.type !== 'aws_kms_grant') continue;
      const t = resolveKey(folder, presentAttribute(g.block.body, 'key_id')?.value);
      if (!t || t.kind === 'unknown' || t.key.address === key.address) return true;
    }
  }
  return false;
}

/** A publisher into an encrypted topic or queue of the folder. */
export interface PublisherUse {
  readonly doc: ParsedDocument;
  readonly resource: Declaration;
  readonly publisher: KeyPublisher;
  /** The reference to the destination (where the finding points). */
  readonly expr: Expression;
  readonly destination: Declaration;
  readonly destinationKey: Attribute;
  readonly target: KeyTarget;
}

function destinationOf(folder: readonly ParsedDocument[], e: Expression): Declaration | undefined {
  if (e.kind === 'string' && e.parts.length === 1 && e.parts[0]!.kind === 'interpolation' && e.parts[0]!.expr) return destinationOf(folder, e.parts[0]!.expr);
  if (e.kind !== 'traversal') return undefined;
  const d = ENCRYPTED_DESTINATIONS[e.root];
  const names = e.steps.filter((s) => s.index === undefined && !s.splat).map((s) => s.name);
  if (!d || !names[0] || !names[1] || !d.arnAttributes.includes(names[1])) return undefined;
  return findDeclaration(folder, 'resource', e.root, names[0]);
}

export function publisherUsesIn(doc: ParsedDocument, folder: readonly ParsedDocument[]): PublisherUse[] {
  const out: PublisherUse[] = [];
  for (const resource of declarationsOf(doc)) {
    if (resource.kind !== 'resource') continue;
    for (const publisher of KEY_PUBLISHERS) {
      if (publisher.type !== resource.type) continue;
      if (publisher.when && knownString(presentAttribute(resource.block.body, publisher.when.argument)?.value) !== publisher.when.value) continue;
      for (const body of bodiesAt(resource.block.body, publisher.path)) {
        const a = presentAttribute(body, publisher.argument);
        if (!a) continue;
        const exprs = publisher.list ? (a.value.kind === 'tuple' ? a.value.items : []) : [a.value];
        for (const expr of exprs) {
          const destination = destinationOf(folder, expr);
          if (!destination) continue;
          const destinationKey = presentAttribute(destination.block.body, ENCRYPTED_DESTINATIONS[destination.type]!.argument);
          const target = destinationKey && resolveKey(folder, destinationKey.value);
          if (destinationKey && target) out.push({ doc, resource, publisher, expr, destination, destinationKey, target });
        }
      }
    }
  }
  return out;
}

/** Combined over competing policies: the service is certainly denied only when every policy denies it. */
export function combined(vs: readonly PolicyVerdict[], pick: (v: PolicyVerdict) => Tri): Tri {
  const xs = vs.map(pick);
  return xs.every((x) => x === 'no') ? 'no' : xs.every((x) => x === 'yes') ? 'yes' : 'maybe';
}
