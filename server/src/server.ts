/**
 * The language server: LSP wiring only. Each handler converts positions, calls the service and converts back,
 * inside `guard`, which logs an exception and answers with an empty result instead of dying.
 * Run `node dist/server.js --stdio` for any LSP editor; VS Code's client uses IPC.
 */
import {
  CodeActionKind,
  ErrorCodes,
  ResponseError,
  type WorkspaceEdit,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MessageType,
  ShowMessageNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  createConnection,
  type CancellationToken,
  type CodeAction as LspCodeAction,
  type InitializeResult,
} from 'vscode-languageserver/node';
import {
  Workspace,
  folderOf,
  doCodeActions,
  doComplete,
  doDefinition,
  doReferences,
  doPrepareRename,
  doRename,
  doHover,
  doCodeLens,
  doSymbols,
  doValidation,
  applySuppressions,
  withIgnoreFixes,
  mergeRuleSettings,
  initParser,
  type Finding,
  type ParsedDocument,
  type RuleSetting,
  type TextChange,
  LineMap,
  SEMANTIC_TOKEN_MODIFIERS,
  SEMANTIC_TOKEN_TYPES,
  doSemanticTokens,
  encodeSemanticTokens,
  forgetValidation,
  SemanticTokensMemo,
} from './service';
import { nodeFileSource } from './nodeFiles';
import { ConfigFiles, NO_CONFIG, ignoredByConfig, type LoadedConfig } from './configFiles';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { toCompletionItem, toDiagnostic, toDocumentSymbol, toRange, toSpan, toTextEdit } from './convert';

const connection = createConnection(ProposedFeatures.all);
const workspace = new Workspace(nodeFileSource);

interface Settings {
  enable: boolean;
  rules: Record<string, RuleSetting>;
  /** Offer the guide's patterns as snippet completions (VS Code's client turns this off: it has the snippets file). */
  patternCompletions: boolean;
  /** HashiCorp's Terraform extension runs too: leave schema name completion to it. */
  besideHashicorp: boolean;
  /** Offer semantic tokens: the file's highlighting when no other Terraform extension brings a grammar. */
  semanticTokens: boolean;
}
let settings: Settings = { enable: true, rules: {}, patternCompletions: true, besideHashicorp: false, semanticTokens: false };
let canPullConfiguration = false;
let canWatchFiles = false;
let canRegisterConfiguration = false;
/** The client applies snippet text edits (LSP 3.18 SnippetTextEdit): the "Ignore" fix gets a tab stop. */
let canSnippetEdit = false;

function log(message: string): void {
  connection.console.log(`[tfkms] ${message}`);
}

function logError(where: string, e: unknown): void {
  connection.console.error(`[tfkms] ${where}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
}

/** Runs a handler; an exception is logged and answered with `fallback`, never fatal. */
function guard<T>(where: string, fallback: T, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    logError(where, e);
    return fallback;
  }
}

process.on('uncaughtException', (e) => logError('uncaught exception', e));
process.on('unhandledRejection', (e) => logError('unhandled rejection', e));

// The grammar's wasm compiles while the connection is set up and the first messages are read.
const parserReady = initParser();

connection.onInitialize(async (params): Promise<InitializeResult> => {
  await parserReady;
  canPullConfiguration = !!params.capabilities.workspace?.configuration;
  canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  canRegisterConfiguration = !!params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
  const workspaceEdit = params.capabilities.workspace?.workspaceEdit;
  canSnippetEdit = !!workspaceEdit?.documentChanges && !!(workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport;
  const opts = (params.initializationOptions ?? {}) as Partial<Settings>;
  settings = { ...settings, ...opts };
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      completionProvider: { triggerCharacters: ['"', '.', ':', '*'], resolveProvider: false },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      documentSymbolProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      // Beside another Terraform extension, renaming Terraform names is its job.
      ...(settings.besideHashicorp ? {} : { renameProvider: { prepareProvider: true } }),
      codeLensProvider: { resolveProvider: false },
      ...(settings.semanticTokens
        ? { semanticTokensProvider: { legend: { tokenTypes: [...SEMANTIC_TOKEN_TYPES], tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS] }, full: true } }
        : {}),
    },
    serverInfo: { name: 'tfkms-language-server', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  // Files of a folder that are not open are read from disk; keep them current.
  if (canWatchFiles) {
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.tfkms.json*' }, { globPattern: '**/*.{tf,tofu,tf.json,tofu.json}' }] })
      .catch((e: unknown) => logError('register file watcher', e));
  }
  if (canRegisterConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'tfkms' }).catch((e: unknown) => logError('register configuration', e));
  }
  if (canPullConfiguration) void refreshSettings();
});

async function refreshSettings(): Promise<void> {
  if (!canPullConfiguration) return;
  try {
    const s = (await connection.workspace.getConfiguration('tfkms')) as Partial<Settings> | null;
    settings = { ...settings, enable: s?.enable ?? true, rules: s?.rules ?? {} };
  } catch (e) {
    logError('configuration', e);
  }
  revalidateAll();
}

connection.onDidChangeConfiguration((change) => {
  const s = (change.settings as { tfkms?: Partial<Settings> } | undefined)?.tfkms;
  if (s) settings = { ...settings, enable: s.enable ?? true, rules: s.rules ?? {} };
  if (canPullConfiguration) void refreshSettings();
  else revalidateAll();
});

// --- documents and diagnostics ---

const findingsCache = new Map<string, { version: number; findings: Finding[] }>();
const timers = new Map<string, NodeJS.Timeout>();
/**
 * Adaptive debounce: a document whose diagnostics are cheap is checked at once after each change; one whose
 * check takes long waits for a pause in typing, about as long as the check itself (never more than
 * MAX_DEBOUNCE_MS), so that fast typing does not queue checks of versions already out of date.
 */
const MAX_DEBOUNCE_MS = 120;
/**
 * Below this cost (ms) a check runs at once after each change: it then only waits for the messages already
 * received, and a check of a version already out of date is skipped (see scheduleValidation), so fast typing
 * gets the diagnostics of each version it pauses on without queueing work.
 */
const CHEAP_MS = 50;
/** The last check's cost per document (a moving average), which sets its debounce. */
const checkCost = new Map<string, number>();

/** When each open document last changed. */
const lastChange = new Map<string, number>();

function debounceFor(uri: string): number {
  const cost = checkCost.get(uri);
  if (cost === undefined || cost < CHEAP_MS) return 0;
  // An expensive check waits only while changes come faster than it runs (a burst of typing).
  const since = performance.now() - (lastChange.get(uri) ?? -Infinity);
  return since >= cost ? 0 : Math.min(MAX_DEBOUNCE_MS, Math.round(cost));
}

function findingsFor(doc: ParsedDocument): Finding[] {
  const cached = findingsCache.get(doc.uri);
  if (cached && cached.version === doc.version) return cached.findings;
  const config = configFor(doc.uri);
  let findings: Finding[] = [];
  if (settings.enable && !(doc.uri.startsWith('file:') && ignoredByConfig(config, fileURLToPath(doc.uri)))) {
    const rules = rulesFor(config);
    const all = doValidation(workspace, doc, { rules, onRuleError: (id, e) => logError(`rule ${id}`, e) });
    // Suppressed findings are never shown; every other one gets the "Ignore RULE-ID here" fix.
    findings = withIgnoreFixes(doc.text, applySuppressions(doc.text, all, { rules }).kept);
  }
  findingsCache.set(doc.uri, { version: doc.version, findings });
  return findings;
}

// --- the .tfkms.json configuration ---

const configFiles = new ConfigFiles();
/** Configuration files whose problems are published as their diagnostics. */
const configDiagnostics = new Set<string>();
let settingWarnings = '';

function configFor(uri: string): LoadedConfig {
  if (!uri.startsWith('file:')) return NO_CONFIG;
  const c = guard('configuration file', NO_CONFIG, () => configFiles.forFile(fileURLToPath(uri)));
  if (c.path) {
    const configUri = pathToFileURL(c.path).href;
    if (!configDiagnostics.has(configUri)) {
      configDiagnostics.add(configUri);
      const lines = new LineMap(c.text);
      for (const p of c.problems) log(`${c.path}: ${p.message}`);
      void connection.sendDiagnostics({
        uri: configUri,
        diagnostics: c.problems.map((p) => ({ range: toRange(lines, p.span), severity: p.severity === 'error' ? 1 : 2, source: 'tfkms', message: p.message })),
      });
    }
  }
  return c;
}

/** The configuration file's rule levels, then the `tfkms.rules` setting: in the editor the setting wins. */
function rulesFor(config: LoadedConfig): Record<string, RuleSetting> {
  const fromSetting = mergeRuleSettings([{ where: 'the tfkms.rules setting', rules: settings.rules }]);
  const warnings = fromSetting.warnings.join('\n');
  if (warnings && warnings !== settingWarnings) {
    for (const w of fromSetting.warnings) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Terraform KMS: ${w}` });
  }
  settingWarnings = warnings;
  return { ...config.config.rules, ...fromSetting.rules };
}

/** Settings or a configuration file changed: every open document is checked again from scratch. */
function revalidateAll(): void {
  findingsCache.clear();
  for (const d of workspace.openDocuments()) scheduleValidation(d.uri, 0);
}

function configChanged(): void {
  configFiles.clear();
  // Clear the diagnostics of files that may be gone; the ones still there are published again on use.
  for (const uri of configDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: [] });
  configDiagnostics.clear();
  revalidateAll();
}

function validate(uri: string): void {
  const doc = workspace.isOpen(uri) ? workspace.get(uri) : undefined;
  if (!doc) return;
  // Only a check that follows an edit sets the debounce: the first check of a document (or after a
  // configuration change) runs every rule on every chunk and says nothing of what a keystroke costs.
  const incremental = findingsCache.has(uri);
  const t0 = performance.now();
  const findings = guard('diagnostics', [] as Finding[], () => findingsFor(doc));
  const cost = performance.now() - t0;
  const before = checkCost.get(uri);
  if (incremental) checkCost.set(uri, before === undefined ? cost : 0.5 * before + 0.5 * cost);
  // Drop the result if the document moved on while we computed.
  if (workspace.get(uri)?.version !== doc.version) return;
  void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: findings.map((f) => toDiagnostic(doc.lineMap, f, (u) => (u === doc.uri ? doc.lineMap : workspace.get(u)?.lineMap))) });
}

function scheduleValidation(uri: string, delay = debounceFor(uri)): void {
  clearTimeout(timers.get(uri));
  timers.set(uri, setTimeout(() => {
    timers.delete(uri);
    // Behind the messages already received: a completion or hover sent with the keystroke is answered
    // first, and a newer change makes this check one of a version already out of date (then skipped).
    setImmediate(() => {
      if (!timers.has(uri)) validate(uri);
    });
  }, delay));
}

/**
 * Other open files of the same folder may refer to this one: their findings depend on it although their own
 * version did not change, so their cached findings are dropped before they are checked again.
 */
function scheduleFolder(uri: string): void {
  const folder = folderOf(uri);
  for (const d of workspace.openDocuments()) {
    if (d.uri === uri || folderOf(d.uri) !== folder) continue;
    findingsCache.delete(d.uri);
    scheduleValidation(d.uri);
  }
}

connection.onDidOpenTextDocument((p) => {
  guard('didOpen', undefined, () => workspace.openDocument(p.textDocument.uri, p.textDocument.version, p.textDocument.text));
  scheduleValidation(p.textDocument.uri, 0);
  scheduleFolder(p.textDocument.uri);
});

connection.onDidChangeTextDocument((p) => {
  const uri = p.textDocument.uri;
  const version = p.textDocument.version;
  guard('didChange', undefined, () => {
    const doc = workspace.isOpen(uri) ? workspace.get(uri) : undefined;
    if (!doc) return;
    const pending: TextChange[] = [];
    let text = doc.text;
    let lines = doc.lineMap;
    p.contentChanges.forEach((c, i) => {
      if (!('range' in c)) {
        // A full-text change replaces everything before it.
        pending.length = 0;
        workspace.openDocument(uri, version, c.text);
        text = c.text;
      } else {
        // Offsets of each change refer to the text after the previous ones.
        const span = toSpan(lines, c.range);
        pending.push({ start: span.start, end: span.end, newText: c.text });
        text = text.slice(0, span.start) + c.text + text.slice(span.end);
      }
      if (i < p.contentChanges.length - 1) lines = new LineMap(text);
    });
    if (pending.length) workspace.changeDocument(uri, version, pending);
  });
  const now = performance.now();
  scheduleValidation(uri, debounceFor(uri));
  lastChange.set(uri, now);
  scheduleFolder(uri);
});

/**
 * A full garbage collection a few seconds after documents were closed, so that the memory of closed documents
 * goes back to the system instead of staying in the heap until the next allocation burst. V8 exposes `gc`
 * only behind a flag; set at run time, it is reachable from a new context.
 */
const fullGc: (() => void) | undefined = (() => {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
})();
let gcTimer: NodeJS.Timeout | undefined;
let closedSinceGc = 0;
/** A collection after this many closes at the latest, and otherwise once closing pauses for GC_IDLE_MS. */
const GC_EVERY_CLOSES = 500;
const GC_IDLE_MS = 1000;

function collect(): void {
  clearTimeout(gcTimer);
  gcTimer = undefined;
  closedSinceGc = 0;
  guard('gc', undefined, () => fullGc?.());
}

function collectAfterClose(): void {
  if (!fullGc) return;
  if (++closedSinceGc >= GC_EVERY_CLOSES) {
    setImmediate(collect);
    return;
  }
  clearTimeout(gcTimer);
  gcTimer = setTimeout(collect, GC_IDLE_MS);
  gcTimer.unref();
}

connection.onDidCloseTextDocument((p) => {
  const uri = p.textDocument.uri;
  collectAfterClose();
  clearTimeout(timers.get(uri));
  timers.delete(uri);
  findingsCache.delete(uri);
  checkCost.delete(uri);
  lastChange.delete(uri);
  semanticTokensMemos.delete(uri);
  forgetValidation(workspace, uri);
  workspace.closeDocument(uri);
  if (uri.startsWith('file:') && !workspace.openDocuments().some((d) => folderOf(d.uri) === folderOf(uri))) {
    guard('configuration file', undefined, () => configFiles.forgetDir(dirname(fileURLToPath(uri))));
  }
  void connection.sendDiagnostics({ uri, diagnostics: [] });
  scheduleFolder(uri);
});

connection.onDidChangeWatchedFiles((p) => {
  if (p.changes.some((c) => /\/\.tfkms\.jsonc?$/.test(c.uri))) configChanged();
  for (const c of p.changes) {
    if (workspace.isOpen(c.uri)) continue;
    workspace.fileChanged(c.uri);
    if (c.type !== FileChangeType.Changed || /\.(tf|tofu)(\.json)?$/.test(c.uri)) scheduleFolder(c.uri);
  }
});

// --- features ---

function openDoc(uri: string): ParsedDocument | undefined {
  return workspace.isOpen(uri) ? workspace.get(uri) : undefined;
}

connection.onCompletion((p, token: CancellationToken) =>
  guard('completion', null, () => {
    const doc = openDoc(p.textDocument.uri);
    if (!doc || !settings.enable || token.isCancellationRequested) return null;
    const items = doComplete(workspace, doc, doc.lineMap.offsetAt(p.position), {
      patterns: settings.patternCompletions,
      besideHashicorp: settings.besideHashicorp,
    });
    return { isIncomplete: false, items: items.map((i) => toCompletionItem(doc.lineMap, i)) };
  }),
);

connection.onHover((p) =>
  guard('hover', null, () => {
    const doc = openDoc(p.textDocument.uri);
    if (!doc || !settings.enable) return null;
    const h = doHover(workspace, doc, doc.lineMap.offsetAt(p.position));
    return h ? { contents: { kind: 'markdown' as const, value: h.contents }, range: toRange(doc.lineMap, h.span) } : null;
  }),
);

connection.onCodeAction((p) =>
  guard('codeAction', [] as LspCodeAction[], () => {
    const doc = openDoc(p.textDocument.uri);
    if (!doc) return [];
    const findings = findingsFor(doc);
    const actions = doCodeActions(findings, toSpan(doc.lineMap, p.range));
    return actions.map(({ fix, finding }): LspCodeAction => {
      const diagnostic = toDiagnostic(doc.lineMap, finding);
      const changes: Record<string, ReturnType<typeof toTextEdit>[]> = {};
      for (const e of fix.edits) {
        const uri = e.uri ?? doc.uri;
        const target = uri === doc.uri ? doc : workspace.get(uri);
        if (!target) continue;
        (changes[uri] ??= []).push(toTextEdit(target.lineMap, e));
      }
      const snippetEdits = canSnippetEdit && fix.edits.some((e) => e.snippet !== undefined) && fix.edits.every((e) => (e.uri ?? doc.uri) === doc.uri);
      return {
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        ...(fix.preferred ? { isPreferred: true } : {}),
        edit: snippetEdits
          ? {
              documentChanges: [
                {
                  textDocument: { uri: doc.uri, version: doc.version },
                  edits: fix.edits.map((e) =>
                    e.snippet !== undefined ? { range: toRange(doc.lineMap, e.span), snippet: { kind: 'snippet' as const, value: e.snippet } } : toTextEdit(doc.lineMap, e),
                  ),
                },
              ],
            }
          : { changes },
      };
    });
  }),
);

connection.onDocumentSymbol((p) =>
  guard('documentSymbol', [], () => {
    const doc = openDoc(p.textDocument.uri);
    return doc ? doSymbols(doc).map((s) => toDocumentSymbol(doc.lineMap, s)) : [];
  }),
);

connection.onDefinition((p) =>
  guard('definition', [], () => {
    const doc = openDoc(p.textDocument.uri);
    if (!doc) return [];
    return doDefinition(workspace, doc, doc.lineMap.offsetAt(p.position), !settings.besideHashicorp).flatMap((l) => {
      const target = l.uri === doc.uri ? doc : workspace.get(l.uri);
      return target ? [{ uri: l.uri, range: toRange(target.lineMap, l.selectionSpan) }] : [];
    });
  }),
);

connection.onReferences((p) =>
  guard('references', [], () => {
    const doc = openDoc(p.textDocument.uri);
    if (!doc) return [];
    return doReferences(workspace, doc, doc.lineMap.offsetAt(p.position), p.context.includeDeclaration, !settings.besideHashicorp).flatMap((l) => {
      const target = l.uri === doc.uri ? doc : workspace.get(l.uri);
      return target ? [{ uri: l.uri, range: toRange(target.lineMap, l.selectionSpan) }] : [];
    });
  }),
);

connection.onPrepareRename((p) =>
  guard('prepareRename', null, () => {
    const doc = openDoc(p.textDocument.uri);
    const r = doc && doPrepareRename(doc, doc.lineMap.offsetAt(p.position));
    return doc && r ? { range: toRange(doc.lineMap, r.span), placeholder: r.placeholder } : null;
  }),
);

connection.onRenameRequest((p) =>
  guard<WorkspaceEdit | ResponseError | null>('rename', null, () => {
    const doc = openDoc(p.textDocument.uri);
    if (!doc) return null;
    const r = doRename(workspace, doc, doc.lineMap.offsetAt(p.position), p.newName);
    // The reason reaches the user (VS Code shows it where the rename was asked for).
    if ('error' in r) return new ResponseError(ErrorCodes.InvalidRequest, r.error);
    const changes: Record<string, { range: ReturnType<typeof toRange>; newText: string }[]> = {};
    for (const e of r.edits) {
      const target = e.uri === doc.uri ? doc : workspace.get(e.uri);
      if (target) (changes[e.uri] ??= []).push({ range: toRange(target.lineMap, e.span), newText: e.newText });
    }
    return { changes };
  }),
);

/** Per open document: the tokens of its top-level blocks, so that an edit re-reads only the blocks it touched. */
const semanticTokensMemos = new Map<string, SemanticTokensMemo>();

connection.languages.semanticTokens.on((p) =>
  guard('semanticTokens', { data: [] as number[] }, () => {
    const doc = openDoc(p.textDocument.uri);
    if (!doc) return { data: [] };
    let memo = semanticTokensMemos.get(doc.uri);
    if (!memo) semanticTokensMemos.set(doc.uri, (memo = new SemanticTokensMemo()));
    return { data: encodeSemanticTokens(doc.lineMap, doSemanticTokens(doc, memo)) };
  }),
);

connection.onCodeLens((p) =>
  guard('codeLens', [], () => {
    const doc = openDoc(p.textDocument.uri);
    if (!doc || !settings.enable) return [];
    return doCodeLens(workspace, doc).map((l) => ({ range: toRange(doc.lineMap, l.span), command: { title: l.title, command: l.command, arguments: [...l.arguments] } }));
  }),
);

connection.onShutdown(() => log('shutting down'));
connection.listen();
