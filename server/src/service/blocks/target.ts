/**
 * Which provider version a folder targets: read from `terraform { required_providers { aws = { version = ... } } }`
 * in any of its files. Pinned to 5.x, the 5.100.0 schema applies; otherwise (6.x, or no constraint, which installs
 * the newest provider) the newest covered version.
 */
import type { ParsedDocument } from '../document';
import type { Expression } from '../hcl/model';
import { knownString } from './values';
import { perFolder } from '../folderMemo';
import { majorOf, providerVersion, providerVersions } from '../schema';

const cache = new WeakMap<ParsedDocument, string | null>();

/** The version constraint of hashicorp/aws written in this document, if any. Cached per document version. */
function constraintIn(doc: ParsedDocument): string | undefined {
  const hit = cache.get(doc);
  if (hit !== undefined) return hit ?? undefined;
  let found: string | undefined;
  for (const b of doc.hcl.body.blocks) {
    if (b.type !== 'terraform') continue;
    for (const rp of b.body.blocks) {
      if (rp.type !== 'required_providers') continue;
      const aws = rp.body.attributes.find((a) => a.name === 'aws');
      if (aws?.value.kind === 'object') found = versionItem(aws.value) ?? found;
      else if (aws) found = knownString(aws.value) ?? found;
    }
  }
  cache.set(doc, found ?? null);
  return found;
}

function versionItem(obj: Extract<Expression, { kind: 'object' }>): string | undefined {
  return knownString(obj.items.find((i) => i.keyName === 'version')?.value);
}

/** The highest major version a constraint such as `~> 5.0`, `>= 4, < 6`, `5.100.0` admits; undefined when open. */
export function maxMajor(constraint: string): number | undefined {
  let max: number | undefined;
  let open = false;
  for (const part of constraint.split(',')) {
    const m = /^\s*(~>|>=|<=|!=|=|>|<)?\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(part);
    if (!m) continue;
    const op = m[1] ?? '=';
    const major = Number(m[2]);
    const minor = m[3] === undefined ? undefined : Number(m[3]);
    let bound: number | undefined;
    if (op === '=' ) bound = major;
    else if (op === '~>') bound = m[4] !== undefined || minor !== undefined ? major : undefined;
    else if (op === '<') bound = minor === undefined || (minor === 0 && m[4] === undefined) ? major - 1 : major;
    else if (op === '<=') bound = major;
    else if (op === '>' || op === '>=') { open = true; continue; }
    if (bound !== undefined) max = max === undefined ? bound : Math.min(max, bound);
    else open = true;
  }
  return open && max === undefined ? undefined : max;
}

/** The covered provider version that best matches the folder's constraint. */
export function targetVersion(folder: readonly ParsedDocument[]): string {
  return perFolder('target version', folder, () => versionOf(folder));
}

function versionOf(folder: readonly ParsedDocument[]): string {
  for (const d of folder) {
    const c = constraintIn(d);
    if (c === undefined) continue;
    const max = maxMajor(c);
    if (max === undefined) return providerVersion;
    const fit = [...providerVersions].reverse().find((v) => majorOf(v) <= max);
    return fit ?? providerVersions[0]!;
  }
  return providerVersion;
}
