/**
 * The declarations of one folder (a Terraform module): locals, variables and every addressed block, across its
 * files. Built once per set of document versions and shared by every rule and feature of a request; evaluated
 * locals are remembered here too.
 */
import type { ParsedDocument } from '../document';
import { blockAddress, type Attribute, type Block } from '../hcl/model';
import type { Value } from './value';
import { perFolder } from '../folderMemo';

export interface Declared<T> {
  readonly doc: ParsedDocument;
  readonly node: T;
}

export interface FolderModel {
  readonly docs: readonly ParsedDocument[];
  /** `locals` attributes by name (the first when declared twice; Terraform rejects the second). */
  readonly locals: ReadonlyMap<string, Declared<Attribute>>;
  /** `variable` blocks by name. */
  readonly variables: ReadonlyMap<string, Declared<Block>>;
  /** Every addressed top-level block (`aws_kms_key.main`, `data.x.y`, `module.m`, `var.v`, `output.o`), in file order. */
  readonly declarations: ReadonlyMap<string, readonly Declared<Block>[]>;
  /** Evaluated locals (filled by the evaluator). */
  readonly localValues: Map<string, Value>;
  /** Locals being evaluated right now: a reference back to one of them is a cycle. */
  readonly evaluating: Set<string>;
}

const ids = new WeakMap<ParsedDocument, number>();
let nextId = 1;
function idOf(d: ParsedDocument): number {
  let id = ids.get(d);
  if (id === undefined) {
    id = nextId++;
    ids.set(d, id);
  }
  return id;
}

/** A few recent folders: a request and the next keystroke's request usually share most documents. */
const recent = new Map<string, FolderModel>();
const RECENT = 8;

/** The model of the folder made of `docs` (the same documents give the same model). */
export function folderModel(docs: readonly ParsedDocument[]): FolderModel {
  return perFolder('folder model', docs, () => recentModel(docs));
}

function recentModel(docs: readonly ParsedDocument[]): FolderModel {
  const key = docs.map((d) => `${d.uri}#${idOf(d)}`).join('|');
  const hit = recent.get(key);
  if (hit) return hit;
  const model = build(docs);
  recent.set(key, model);
  if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  return model;
}

function build(docs: readonly ParsedDocument[]): FolderModel {
  const locals = new Map<string, Declared<Attribute>>();
  const variables = new Map<string, Declared<Block>>();
  const declarations = new Map<string, Declared<Block>[]>();
  for (const doc of docs) {
    for (const block of doc.hcl.body.blocks) {
      if (block.type === 'locals') {
        for (const a of block.body.attributes) if (!locals.has(a.name)) locals.set(a.name, { doc, node: a });
        continue;
      }
      const address = blockAddress(block);
      if (!address) continue;
      if (block.type === 'variable' && !variables.has(block.labels[0]!.value)) variables.set(block.labels[0]!.value, { doc, node: block });
      const list = declarations.get(address);
      if (list) list.push({ doc, node: block });
      else declarations.set(address, [{ doc, node: block }]);
    }
  }
  return { docs, locals, variables, declarations, localValues: new Map(), evaluating: new Set() };
}
