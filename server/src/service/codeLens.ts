/**
 * doCodeLens: above every key resource, a one-line summary of who can use it (`decrypt: 3 principals ·
 * administer: 1 · 2 grants`); the lens's command opens the full access table.
 */
import type { Span } from './hcl/model';
import type { ParsedDocument } from './document';
import type { Workspace } from './workspace';
import { declarationsOf } from './blocks/references';
import { keyAccess, accessSummaryLine } from './keys/access';
import { accessMarkdown } from './keys/render';
import { KEY_TYPES } from './keys/resolve';

export interface CodeLens {
  readonly span: Span;
  readonly title: string;
  /** The client command and its arguments: the key's address and the Markdown table. */
  readonly command: string;
  readonly arguments: readonly [address: string, markdown: string];
}

export const SHOW_KEY_ACCESS = 'tfkms.showKeyAccess';

export function doCodeLens(ws: Workspace, doc: ParsedDocument): CodeLens[] {
  const keys = declarationsOf(doc).filter((d) => d.kind === 'resource' && KEY_TYPES.has(d.type));
  if (!keys.length) return [];
  const folder = ws.folderDocuments(doc.uri).map((d) => (d.uri === doc.uri ? doc : d));
  return keys.map((key) => {
    const access = keyAccess(folder, key);
    return {
      span: { start: key.block.span.start, end: key.block.labels[1]?.span.end ?? key.block.typeSpan.end },
      title: accessSummaryLine(access),
      command: SHOW_KEY_ACCESS,
      arguments: [key.address, `# Who can use \`${key.address}\`\n\n${accessSummaryLine(access)}\n\n${accessMarkdown(access, folder, false)}\n`],
    };
  });
}
