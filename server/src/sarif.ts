/** Findings -> SARIF 2.1.0, with every rule of the registry described in tool.driver.rules. */
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { allRules, type Finding, type LineMap, type Severity } from './service';

export interface SarifFile {
  /** Relative to the working directory, with `/` separators. */
  readonly uri: string;
  readonly lineMap: LineMap;
  readonly findings: readonly Finding[];
}

const levels: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function toSarif(files: readonly SarifFile[], version: string): Log {
  const rules: ReportingDescriptor[] = allRules.map((r) => ({
    id: r.id,
    name: r.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: r.summary },
    fullDescription: { text: r.docs },
    help: { text: r.docs, markdown: r.docs },
    defaultConfiguration: { level: levels[r.severity] },
    properties: { category: r.category },
  }));
  const index = new Map(allRules.map((r, i) => [r.id, i]));
  const results: Result[] = files.flatMap((file) =>
    file.findings.map((f): Result => {
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
              artifactLocation: { uri: file.uri, uriBaseId: '%SRCROOT%' },
              region: { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 },
            },
            ...(f.address ? { logicalLocations: [{ fullyQualifiedName: f.address, kind: 'resource' }] } : {}),
          },
        ],
      };
    }),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'tfkms', version, semanticVersion: version, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURLString(process.cwd()) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

function pathToFileURLString(dir: string): string {
  const href = new URL(`file://${dir.startsWith('/') ? '' : '/'}${dir.replace(/\\/g, '/')}`).href;
  return href.endsWith('/') ? href : href + '/';
}
