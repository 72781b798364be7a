/**
 * The request context: what one hover or completion request is about, built once by its dispatcher
 * (completion.ts, hover.ts) and handed to every engine. The document, the offset and the workspace; the folder's
 * documents; the top-level block at the offset and, for an aws_kms_* block, its schema binding; the folder's
 * `data "aws_caller_identity"`; the provider version the folder targets. Everything past the document and the
 * offset is computed on first use and then kept for the rest of the request, so an engine that does not need a
 * part costs nothing and the engines asked after it do not compute it again.
 */
import type { Block } from './hcl/model';
import type { CursorContext } from './hcl/cursor';
import type { ParsedDocument } from './document';
import type { Workspace } from './workspace';
import type { CompletionRequest, HoverRequest } from './types';
import { asKmsBlock, nestedSchema, topLevelBlockAt, type KmsBlock } from './blocks/kmsBlocks';
import { targetVersion } from './blocks/target';
import { documentPolicies } from './policy/find';
import { folderModel, type FolderModel } from './model/folder';
import { blockSchemaOf, majorOf, type BlockSchema, type SchemaKind } from './schema';
import { attributeFacts, type AttributeFacts } from './schema/facts';

export interface RequestContext extends HoverRequest {
  /** The folder's documents, in the workspace's order, this document in place of the workspace's copy of it. */
  readonly folder: readonly ParsedDocument[];
  /** The semantic model of the folder (this document added when the workspace does not list it). */
  readonly folderModel: FolderModel;
  /** The top-level block whose span holds the offset. */
  readonly top: Block | undefined;
  /** `top` when it is an aws_kms_* resource or data source, with its schema. */
  readonly kms: KmsBlock | undefined;
  /** The body of `top` bound to its schema, when `top` is an aws_kms_* block of a type the provider has. */
  readonly kmsBody: BoundBody | undefined;
  /** The name of the folder's first `data "aws_caller_identity"`, if any (for the account-root ARN). */
  readonly callerIdentity: string | undefined;
  /** The covered provider version that best matches the folder's constraint (blocks/target.ts). */
  readonly version: string;
  /** Its major version. */
  readonly major: number;
}

export interface CompletionContext extends RequestContext, CompletionRequest {}

/**
 * A body of an aws_kms_* block bound to its schema: the block's kind and type, the nested block types from the
 * top-level block down to the body (empty for the top level), and the body's schema. The facts of its
 * arguments are `factsOf(body, name)`.
 */
export interface BoundBody {
  readonly kind: SchemaKind;
  readonly type: string;
  readonly path: readonly string[];
  readonly schema: BlockSchema;
}

/** The body at `path` of a block of `kind` and `type`, when the provider has the type and the path. */
export function bindBody(kind: SchemaKind, type: string, path: readonly string[] = []): BoundBody | undefined {
  const schema = nestedSchema(blockSchemaOf(kind, type), path);
  return schema ? { kind, type, path, schema } : undefined;
}

/** The nested block `name` of a bound body, when its schema has it. */
export function nestedBody(body: BoundBody, name: string): BoundBody | undefined {
  const t = body.schema.blockTypes[name];
  return t ? { kind: body.kind, type: body.type, path: [...body.path, name], schema: t.block } : undefined;
}

/** The facts of an argument of a bound body. */
export function factsOf(body: BoundBody, name: string): AttributeFacts | undefined {
  return attributeFacts(body.kind, body.type, body.path, name);
}

const UNSET: unique symbol = Symbol('unset');
type Memo<T> = T | typeof UNSET;

class Context implements RequestContext {
  #folder: readonly ParsedDocument[] | undefined;
  #folderModel: FolderModel | undefined;
  #top: Memo<Block | undefined> = UNSET;
  #kms: Memo<KmsBlock | undefined> = UNSET;
  #kmsBody: Memo<BoundBody | undefined> = UNSET;
  #caller: Memo<string | undefined> = UNSET;
  #version: string | undefined;

  constructor(
    readonly workspace: Workspace,
    readonly doc: ParsedDocument,
    readonly offset: number,
  ) {}

  get folder(): readonly ParsedDocument[] {
    return (this.#folder ??= this.workspace.folderDocuments(this.doc.uri).map((d) => (d.uri === this.doc.uri ? this.doc : d)));
  }

  get folderModel(): FolderModel {
    if (!this.#folderModel) {
      const folder = this.folder;
      this.#folderModel = folderModel(folder.some((d) => d.uri === this.doc.uri) ? folder : [...folder, this.doc]);
    }
    return this.#folderModel;
  }

  get top(): Block | undefined {
    if (this.#top === UNSET) this.#top = topLevelBlockAt(this.doc, this.offset);
    return this.#top;
  }

  get kms(): KmsBlock | undefined {
    if (this.#kms === UNSET) this.#kms = this.top && asKmsBlock(this.top);
    return this.#kms;
  }

  get kmsBody(): BoundBody | undefined {
    if (this.#kmsBody === UNSET) {
      const k = this.kms;
      this.#kmsBody = k?.schema ? { kind: k.kind, type: k.type, path: [], schema: k.schema } : undefined;
    }
    return this.#kmsBody;
  }

  get callerIdentity(): string | undefined {
    if (this.#caller === UNSET) {
      let name: string | undefined;
      for (const d of this.folder) {
        name = documentPolicies(d).callerIdentity;
        if (name) break;
      }
      this.#caller = name;
    }
    return this.#caller;
  }

  get version(): string {
    return (this.#version ??= targetVersion(this.folder));
  }

  get major(): number {
    return majorOf(this.version);
  }
}

class Completion extends Context implements CompletionContext {
  constructor(
    workspace: Workspace,
    doc: ParsedDocument,
    offset: number,
    readonly cursor: CursorContext,
  ) {
    super(workspace, doc, offset);
  }
}

export function requestContext(workspace: Workspace, doc: ParsedDocument, offset: number): RequestContext {
  return new Context(workspace, doc, offset);
}

export function completionContext(workspace: Workspace, doc: ParsedDocument, offset: number, cursor: CursorContext): CompletionContext {
  return new Completion(workspace, doc, offset, cursor);
}
