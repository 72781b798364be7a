#!/usr/bin/env bash
# npm run test:vscode — the packaged VSIX in VS Code (code-server 4.100.3) with Chromium:
# a mocha suite in the extension host and a UI test with screenshots in test-output/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec node test/vscode/run.mjs "$@"
