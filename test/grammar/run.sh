#!/usr/bin/env bash
# npm run test:grammar — TextMate grammar and language configuration tests (about a second).
set -euo pipefail
cd "$(dirname "$0")/../.."
exec node test/grammar/run.mjs "$@"
