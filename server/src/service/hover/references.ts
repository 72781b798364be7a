/** Hover on a reference to an aws_kms_* resource or data source (`aws_kms_key.main.arn`): what it points to. */
import type { Hover } from '../types';
import { bindBody, type RequestContext } from '../context';
import type { Span } from '../hcl/model';
import { findDeclaration, referenceAt } from '../blocks/references';
import { attributeMarkdown } from './arguments';
import { typeHover } from './blockTypes';

const within = (s: Span, o: number) => o >= s.start && o <= s.end;

export function hoverReference(ctx: RequestContext): Hover | undefined {
  const r = referenceAt(ctx.doc, ctx.offset);
  if (!r) return undefined;
  const at = bindBody(r.kind, r.type);
  if (!at) return undefined;
  if (r.attributeSpan && r.attribute && within(r.attributeSpan, ctx.offset)) {
    const s = at.schema.attributes[r.attribute];
    if (!s) return { span: r.attributeSpan, contents: `\`${r.type}\` has no attribute \`${r.attribute}\`.` };
    return { span: r.attributeSpan, contents: `**${r.address}.${r.attribute}**\n\n${attributeMarkdown(ctx, at, r.attribute, s)}` };
  }
  if (r.nameSpan && r.name !== undefined && within(r.nameSpan, ctx.offset)) {
    const decl = findDeclaration(ctx.folder, r.kind, r.type, r.name);
    const where = decl
      ? `Declared in \`${decl.doc.uri.slice(decl.doc.uri.lastIndexOf('/') + 1)}\`, line ${decl.doc.lineMap.positionAt(decl.block.span.start).line + 1}.`
      : 'Not declared in this folder.';
    return { span: r.nameSpan, contents: `**${r.address}**\n\n${where}\n\n${typeHover(r.kind, r.type)}` };
  }
  if (within(r.typeSpan, ctx.offset)) return { span: r.typeSpan, contents: typeHover(r.kind, r.type) };
  return undefined;
}
