// The same mocha suite in desktop VS Code through @vscode/test-electron, for machines that can
// download VS Code (a laptop, hosted CI). Not part of `npm test` here: Microsoft's download is
// unreachable on this project's machines, where run.mjs uses code-server instead.
//
//   npm run package                                  # writes dist-vsix/terraform-kms.vsix
//   node test/vscode/electron.mjs                    # VS Code 1.100.3 (VSCODE_VERSION=stable for the latest)
//   xvfb-run -a node test/vscode/electron.mjs        # on a Linux machine without a display
//
// The VSIX is installed into a fresh --extensions-dir with VS Code's own CLI, then VS Code starts
// with the test host as extensionDevelopmentPath and host/index.js as extensionTestsPath.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { compileHost, copyWorkspace, reportResults, root, writeUserSettings } from './harness.mjs';

const vsix = process.env.TFKMS_VSIX ? path.resolve(process.env.TFKMS_VSIX) : path.join(root, 'dist-vsix/terraform-kms.vsix');
const version = process.env.VSCODE_VERSION ?? '1.100.3';
const out = path.join(root, 'test-output/vscode-electron');

let passed = 0;
let failed = 0;
let skipped = 0;
const pass = (name, detail = '') => { passed++; console.log(`✔ ${name}${detail ? ` (${detail})` : ''}`); };
const fail = (name, detail = '') => { failed++; console.log(`✖ ${name}${detail ? `\n    ${String(detail).split('\n').join('\n    ')}` : ''}`); };
const skip = (name, why) => { skipped++; console.log(`- ${name} # SKIP ${why}`); };
const finish = () => {
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(failed ? 1 : 0);
};

if (!existsSync(vsix)) {
  fail('the VSIX exists', `${vsix} is missing: run npm run package first`);
  finish();
}

const { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } = await import('@vscode/test-electron');
rmSync(out, { recursive: true, force: true });
const dirs = { userData: path.join(out, 'user-data'), extensions: path.join(out, 'extensions'), workspace: path.join(out, 'workspace'), host: path.join(out, 'host') };
for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
writeUserSettings(dirs.userData);
copyWorkspace(dirs.workspace);
await compileHost(dirs.host);

let vscodeExecutablePath;
try {
  vscodeExecutablePath = await downloadAndUnzipVSCode(version);
} catch (e) {
  fail(`download VS Code ${version}`, `${e?.message ?? e}\n(where the download is unreachable, use npm run test:vscode, which runs this suite in code-server)`);
  finish();
}

const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath);
const profileArgs = ['--extensions-dir', dirs.extensions, '--user-data-dir', dirs.userData];
const install = spawnSync(cli, [...cliArgs, ...profileArgs, '--install-extension', vsix], { encoding: 'utf8', shell: process.platform === 'win32' });
if (install.status === 0) pass('code --install-extension installs the VSIX');
else {
  fail('code --install-extension installs the VSIX', `${install.stdout}${install.stderr}`);
  finish();
}

const resultsFile = path.join(dirs.host, 'results.json');
try {
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: dirs.host,
    extensionTestsPath: path.join(dirs.host, 'index.js'),
    extensionTestsEnv: { TFKMS_VSCODE_RESULTS: resultsFile },
    launchArgs: [dirs.workspace, ...profileArgs, '--disable-workspace-trust', '--disable-gpu', '--skip-welcome', '--skip-release-notes'],
  });
} catch (e) {
  // runTests rejects when a test failed; the results file says which.
  if (!existsSync(resultsFile)) fail('VS Code ran the suite', String(e?.message ?? e));
}
if (existsSync(resultsFile)) reportResults(JSON.parse(readFileSync(resultsFile, 'utf8')), { pass, fail, skip });
finish();
