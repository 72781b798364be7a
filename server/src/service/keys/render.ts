/** The access table of a key as Markdown (hover, code lens document), plain text and JSON (the CLI). */
import type { ParsedDocument } from '../document';
import type { AccessRow, KeyAccess } from './access';
import { accessSummaryLine } from './access';

export interface RowPlace {
  readonly uri: string;
  /** 1-based. */
  readonly line: number;
  /** The file name, for a short label. */
  readonly file: string;
}

export function placeOf(folder: readonly ParsedDocument[], uri: string, offset: number): RowPlace {
  const d = folder.find((x) => x.uri === uri);
  const line = d ? d.lineMap.positionAt(offset).line + 1 : 1;
  return { uri, line, file: uri.slice(uri.lastIndexOf('/') + 1) };
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function levels(r: AccessRow): string {
  return r.levels.map((l) => (l === 'decrypt' ? '**decrypt**' : l)).join(', ') || '—';
}

/** The Markdown table: principal, via (linked to where it comes from), effect, access, actions, conditions. */
export function accessMarkdown(a: KeyAccess, folder: readonly ParsedDocument[], heading = true, link: (uri: string, line: number) => string = (u, l) => `${u}#L${l}`): string {
  const lines: string[] = [];
  if (heading) lines.push(`**Who can use \`${a.key.address}\`** — ${accessSummaryLine(a)}`, '');
  if (a.rows.length) {
    lines.push('| Principal | Via | Effect | Access | Actions | Conditions |', '|---|---|---|---|---|---|');
    for (const r of a.rows) {
      const p = placeOf(folder, r.uri, r.span.start);
      lines.push(`| ${cell(r.principal)} | [${cell(r.via)}: ${cell(r.from)}](${link(p.uri, p.line)}) | ${r.effect} | ${levels(r)} | ${cell(r.actions)} | ${cell(r.conditions)} |`);
    }
  } else lines.push('_No principal can be shown: the key policy is known only at apply._');
  for (const n of a.notes) lines.push('', `_${n}_`);
  return lines.join('\n');
}

/** A Markdown document of every key's table (the CLI's markdown format, the code lens command's document). */
export function accessDocument(all: readonly KeyAccess[], folder: readonly ParsedDocument[]): string {
  return all.map((a) => `## \`${a.key.address}\`\n\n${accessSummaryLine(a)}\n\n${accessMarkdown(a, folder, false)}`).join('\n\n');
}

export interface AccessJson {
  readonly address: string;
  readonly file: string;
  readonly line: number;
  readonly summary: string;
  readonly policy: KeyAccess['policies'];
  readonly delegatesToIam: boolean;
  readonly rows: readonly { principal: string; via: string; from: string; effect: string; access: readonly string[]; actions: string; conditions: string; file: string; line: number }[];
  readonly notes: readonly string[];
}

export function accessJson(a: KeyAccess, folder: readonly ParsedDocument[], fileName: (uri: string) => string): AccessJson {
  const k = placeOf(folder, a.key.doc.uri, a.key.block.span.start);
  return {
    address: a.key.address,
    file: fileName(a.key.doc.uri),
    line: k.line,
    summary: accessSummaryLine(a),
    policy: a.policies,
    delegatesToIam: a.delegatesToIam,
    rows: a.rows.map((r) => {
      const p = placeOf(folder, r.uri, r.span.start);
      return { principal: r.principal.replace(/`/g, ''), via: r.via, from: r.from, effect: r.effect, access: r.levels, actions: r.actions, conditions: r.conditions, file: fileName(r.uri), line: p.line };
    }),
    notes: a.notes.map((n) => n.replace(/`/g, '')),
  };
}

/** Plain text: a heading line per key, then aligned columns. */
export function accessText(a: KeyAccess, folder: readonly ParsedDocument[], fileName: (uri: string) => string): string {
  const j = accessJson(a, folder, fileName);
  const head = `${j.address} (${j.file}:${j.line}): ${j.summary}`;
  const table = [['PRINCIPAL', 'VIA', 'EFFECT', 'ACCESS', 'ACTIONS', 'CONDITIONS', 'WHERE'], ...j.rows.map((r) => [r.principal, `${r.via}: ${r.from}`, r.effect, r.access.join(',') || '-', r.actions, r.conditions, `${r.file}:${r.line}`])];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  const rows = j.rows.length ? table.map((row) => '  ' + row.map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd()) : ['  (no principal can be shown: the key policy is known only at apply)'];
  return [head, ...rows, ...j.notes.map((n) => `  note: ${n}`)].join('\n');
}
