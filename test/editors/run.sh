#!/usr/bin/env bash
# npm run test:editors — the language server in Neovim, Vim 9 and Emacs (eglot), headless.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec node test/editors/run.mjs "$@"
