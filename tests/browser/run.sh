#!/usr/bin/env bash
# The portal in a real browser (issue 12): Debian's chromium, headless, driven by playwright-core.
#   tests/browser/run.sh BAOCAO_BINARY [--screenshots [FOLDER]]
# CTest runs it without --screenshots ("browser: portal flows in chromium"). It fails when node,
# chromium or tests/browser/node_modules is missing (run scripts/setup); it skips (exit 77) only
# when BAOCAO_SKIP_BROWSER=1.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if [ "${BAOCAO_SKIP_BROWSER:-}" = "1" ]; then
  echo "browser tests skipped: BAOCAO_SKIP_BROWSER=1 (unset it to run them in chromium)"
  exit 77
fi
if [ $# -lt 1 ]; then
  echo "usage: tests/browser/run.sh BAOCAO_BINARY [--screenshots [FOLDER]]" >&2
  exit 2
fi
chromium="${BAOCAO_CHROMIUM:-/usr/bin/chromium}"
problems=()
command -v node >/dev/null || problems+=("node is missing (apt-get install nodejs, or run scripts/setup)")
[ -x "$chromium" ] || problems+=("$chromium is missing (apt-get install chromium, or run scripts/setup)")
[ -f "$here/node_modules/playwright-core/package.json" ] ||
  problems+=("$here/node_modules is missing (run scripts/setup, or npm ci --prefix tests/browser)")
if [ ${#problems[@]} -gt 0 ]; then
  printf 'browser tests cannot run: %s\n' "${problems[@]}" >&2
  echo "set BAOCAO_SKIP_BROWSER=1 to skip them on purpose" >&2
  exit 1
fi
export BAOCAO_CHROMIUM="$chromium"
exec node "$here/portal_flows.js" "$@"
