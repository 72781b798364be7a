/**
 * Findings -> SARIF 2.1.0 as GitHub code scanning takes it: every rule of the registry in tool.driver.rules with
 * its page (helpUri, help.markdown), tags and security severity; results with relative URIs under %SRCROOT%,
 * fingerprints that survive lines moving, and suppressed findings carried with their justification.
 */
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { allRules, type Finding, type LineMap, type Severity } from './service';
import { SECURITY_SEVERITY, isSecurityRule, ruleDocsUrl, rulePage } from './ruleDocs';

export interface SarifSuppressed {
  readonly finding: Finding;
  readonly justification: string;
}

export interface SarifFile {
  /** Relative to the working directory with `/` separators, or absolute for a file outside it. */
  readonly uri: string;
  readonly text: string;
  readonly lineMap: LineMap;
  readonly findings: readonly Finding[];
  readonly suppressed?: readonly SarifSuppressed[];
}

const levels: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export const FINGERPRINT_KEY = 'tfkmsFinding/v1';

/** The finding's text with runs of white space made one space, at most 200 characters. */
function snippet(text: string, f: Finding): string {
  return text.slice(f.span.start, Math.min(f.span.end, f.span.start + 2000)).replace(/\s+/g, ' ').trim().slice(0, 200);
}

/**
 * Fingerprints of a file's findings: rule, file, Terraform address and the finding's own text, not its line, so
 * an edit elsewhere in the file keeps them; equal ones are told apart by their order.
 */
export function fingerprints(uri: string, text: string, findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = [f.ruleId, uri, f.address ?? '', snippet(text, f)].join('\u0000');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return createHash('sha256').update(`${base}\u0000${n}`).digest('hex').slice(0, 32);
  });
}

function ruleDescriptor(r: (typeof allRules)[number]): ReportingDescriptor {
  const security = isSecurityRule(r);
  const sev = SECURITY_SEVERITY[r.id];
  return {
    id: r.id,
    name: r.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: r.summary },
    fullDescription: { text: r.docs },
    helpUri: ruleDocsUrl(r.id),
    help: { text: `${r.docs} See ${ruleDocsUrl(r.id)}`, markdown: rulePage(r) },
    defaultConfiguration: { level: levels[r.severity] },
    properties: {
      category: r.category,
      tags: ['terraform', 'aws-kms', r.category, ...(security ? ['security'] : [])].filter((t, i, a) => a.indexOf(t) === i),
      ...(sev !== undefined ? { 'security-severity': sev.toFixed(1) } : {}),
      precision: r.category === 'security' || r.category === 'policy' ? 'high' : 'very-high',
    },
  };
}

/** The SARIF results of one file (what the log needs of its text, so the text can be dropped afterwards). */
export function sarifResults(file: SarifFile): Result[] {
  const index = ruleIndex();
  const all: { f: Finding; justification?: string }[] = [
    ...file.findings.map((f) => ({ f })),
    ...(file.suppressed ?? []).map((s) => ({ f: s.finding, justification: s.justification })),
  ].sort((a, b) => a.f.span.start - b.f.span.start || a.f.ruleId.localeCompare(b.f.ruleId));
  const prints = fingerprints(file.uri, file.text, all.map((x) => x.f));
  const absolute = file.uri.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file.uri);
  return all.map(({ f, justification }, k): Result => {
    const s = file.lineMap.positionAt(f.span.start);
    const e = file.lineMap.positionAt(f.span.end);
    return {
      ruleId: f.ruleId,
      ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId)! } : {}),
      level: levels[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: absolute ? { uri: pathToFileURL(file.uri).href } : { uri: file.uri, uriBaseId: '%SRCROOT%' },
            region: { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 },
          },
          ...(f.address ? { logicalLocations: [{ fullyQualifiedName: f.address, kind: 'resource' }] } : {}),
        },
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: prints[k]! },
      ...(justification !== undefined ? { suppressions: [{ kind: 'inSource' as const, ...(justification ? { justification } : {}) }] } : {}),
    };
  });
}

let ruleIndexCache: Map<string, number> | undefined;
function ruleIndex(): Map<string, number> {
  ruleIndexCache ??= new Map(allRules.map((r, i) => [r.id, i]));
  return ruleIndexCache;
}

/** The SARIF log of results computed file by file (sarifResults). */
export function sarifLog(results: readonly Result[], version: string, root: string = process.cwd()): Log {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'tfkms', version, semanticVersion: version, informationUri: 'https://github.com/tfkms/terraform-kms', rules: allRules.map(ruleDescriptor) } },
        originalUriBaseIds: { '%SRCROOT%': { uri: dirUrl(root) } },
        columnKind: 'utf16CodeUnits',
        results: [...results],
      },
    ],
  };
}

export function toSarif(files: readonly SarifFile[], version: string, root: string = process.cwd()): Log {
  return sarifLog(files.flatMap(sarifResults), version, root);
}

function dirUrl(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : href + '/';
}
