#!/usr/bin/env bash
# System packages the tests need, then code-server into the project's cache folder.
#   Neovim, Vim 9 and Emacs (+ eglot)  -> npm run test:editors
#   Chromium, ripgrep, libkrb5-dev     -> npm run test:vscode (code-server + the browser)
# Idempotent and quiet: installs only what is missing, runs apt-get update at most once,
# and scripts/code-server/install.sh returns at once when its cache is complete.
set -euo pipefail
cd "$(dirname "$0")/.."

required=(neovim vim-nox emacs-nox chromium ripgrep libkrb5-dev)
optional=(elpa-eglot) # eglot for Emacs 28 (Debian 12); Emacs 29+ has it built in

# No `cmd | grep -q` here: grep -q exits at the first match, the writer then dies of SIGPIPE, and under
# pipefail the pipeline reports that as failure. Capture the output, then match it.
installed() { [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]; }
# A candidate version in the configured sources (apt-cache says "Candidate: (none)" when there is none).
available() { [[ "$(apt-cache policy "$1" 2>/dev/null || true)" =~ Candidate:\ [0-9] ]]; }

missing=()
for p in "${required[@]}" "${optional[@]}"; do installed "$p" || missing+=("$p"); done

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: missing ${missing[*]} and not root: install them with apt-get" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  to_install=()
  for p in "${missing[@]}"; do
    if [[ " ${optional[*]} " == *" $p "* ]] && ! available "$p"; then
      echo "setup: $p is not available here, skipped (Emacs 29+ has eglot built in)" >&2
      continue
    fi
    to_install+=("$p")
  done
  if [ ${#to_install[@]} -gt 0 ]; then
    echo "setup: apt-get install ${to_install[*]}" >&2
    apt-get install -y -qq --no-install-recommends "${to_install[@]}" >/dev/null
  fi
else
  echo "setup: system packages already present" >&2
fi

# code-server 4.100.3 (VS Code 1.100.3) from the npm registry into .cache/code-server/.
bash scripts/code-server/install.sh >/dev/null
echo "setup: code-server ready" >&2
