#!/usr/bin/env bash
# Installs code-server (VS Code in a browser, from the npm registry) into a cache folder,
# without the install scripts that would download ripgrep and prebuilt binaries.
#
#   bash scripts/code-server/install.sh          # prints the code-server entry point on stdout
#
# Env: CODE_SERVER_VERSION (default 4.100.3 = VS Code 1.100.3, accepts Node 20),
#      CODE_SERVER_CACHE (default <project>/.cache/code-server).
# Needs: node 20, npm, python3/make/g++ (node-gyp), Debian's ripgrep and libkrb5-dev.
# A marker file makes a second run instant.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
version="${CODE_SERVER_VERSION:-4.100.3}"
cache="${CODE_SERVER_CACHE:-$root/.cache/code-server}"
prefix="$cache/$version"
pkg="$prefix/node_modules/code-server"
marker="$prefix/.installed"
entry="$pkg/out/node/entry.js"

log() { echo "code-server install: $*" >&2; }

if [ -f "$marker" ] && [ -f "$entry" ]; then
  echo "$entry"
  exit 0
fi

command -v rg >/dev/null || { log "ripgrep (rg) not found: apt-get install ripgrep"; exit 1; }
rg_path="$(command -v rg)"

start=$SECONDS
mkdir -p "$prefix"
cd "$prefix"
[ -f package.json ] || echo '{ "name": "code-server-cache", "private": true }' > package.json

npm_quiet=(--no-audit --no-fund --loglevel=error --ignore-scripts)

log "npm install code-server@$version (scripts off)"
npm install "${npm_quiet[@]}" "code-server@$version" >&2

log "npm install inside lib/vscode (production deps, scripts off)"
(cd "$pkg/lib/vscode" && npm install "${npm_quiet[@]}" --omit=dev >&2)

# @vscode/ripgrep's postinstall would download rg; use Debian's instead.
for dir in "$pkg/lib/vscode/node_modules/@vscode/ripgrep" "$pkg/node_modules/@vscode/ripgrep"; do
  if [ -d "$dir" ]; then
    mkdir -p "$dir/bin"
    ln -sf "$rg_path" "$dir/bin/rg"
  fi
done

# Native modules: build them from source against this Node (no prebuilt downloads).
# node-gyp is the one bundled with npm; its nodedir is npm's (Node's own headers).
npm_root="$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")"
gyp="$npm_root/node_modules/node-gyp/bin/node-gyp.js"
if [ ! -f "$gyp" ]; then # npm laid out differently: fetch node-gyp from the npm registry
  npm install "${npm_quiet[@]}" --prefix "$prefix/.node-gyp" node-gyp >&2
  gyp="$prefix/.node-gyp/node_modules/node-gyp/bin/node-gyp.js"
fi
# Without a nodedir node-gyp downloads Node's headers; the machine's npm points it at Node's own.
nodedir="$(npm config get nodedir 2>/dev/null || true)"
gyp_args=(rebuild --jobs=max)
[ -n "$nodedir" ] && [ "$nodedir" != "undefined" ] && gyp_args+=(--nodedir="$nodedir")
for m in node-pty @vscode/spdlog kerberos native-watchdog @vscode/deviceid; do
  dir="$pkg/lib/vscode/node_modules/$m"
  [ -f "$dir/binding.gyp" ] || continue
  log "node-gyp rebuild $m"
  (cd "$dir" && node "$gyp" "${gyp_args[@]}" >/dev/null 2>"$prefix/gyp-${m//\//-}.log") ||
    { cat "$prefix/gyp-${m//\//-}.log" >&2; exit 1; }
done
# argon2 (code-server's password hashing) builds through node-pre-gyp; from source, no download.
for dir in "$prefix/node_modules/argon2" "$pkg/node_modules/argon2"; do
  [ -f "$dir/binding.gyp" ] || continue
  log "building argon2 from source"
  (cd "$dir" && PATH="$prefix/node_modules/.bin:$PATH" node-pre-gyp rebuild --build-from-source \
      ${nodedir:+--nodedir="$nodedir"} >/dev/null 2>"$prefix/gyp-argon2.log") ||
    { cat "$prefix/gyp-argon2.log" >&2; exit 1; }
done

# What code-server's own postinstall.sh would do after its npm install.
vs="$pkg/lib/vscode"
ln -sfn node_modules "$vs/node_modules.asar"
ln -sfn code-linux.sh "$vs/bin/remote-cli/code-server"
ln -sfn browser-linux.sh "$vs/bin/helpers/browser.sh"
log "npm install inside lib/vscode/extensions (typescript for the built-in TS extension)"
(cd "$vs/extensions" && npm install "${npm_quiet[@]}" --omit=dev >&2)

XDG_CONFIG_HOME="$prefix/.config" XDG_DATA_HOME="$prefix/.local" node "$entry" --version >&2
touch "$marker"
log "done in $((SECONDS - start))s"
echo "$entry"
