#!/usr/bin/env bash
# Browser test of the HTML report: renders the report of the seed fixtures in
# headless Chromium, checks that the page logs nothing to the console and
# that the number of highlighted elements equals the number of mentions, and
# saves a screenshot to docs/report.png (or $SCREENSHOT, so CI can keep the
# committed one untouched).
#
# Usage: tests/browser/run.sh   (from anywhere; installs Debian's chromium
# when missing). Prints one "browser test: PASS|FAIL ..." line at the end and
# exits non-zero on failure.
set -euo pipefail
cd "$(dirname "$0")/../.."

fail() {
  echo "browser test: FAIL: $*"
  exit 1
}

find_chromium() {
  for c in chromium chromium-browser google-chrome; do
    if command -v "$c" >/dev/null 2>&1; then
      command -v "$c"
      return 0
    fi
  done
  return 1
}

if ! CHROMIUM=$(find_chromium); then
  echo "chromium not found: installing Debian's chromium (takes a few minutes)" >&2
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo -n"; fi
  { $SUDO apt-get update && $SUDO apt-get install -y chromium; } >&2 ||
    fail "could not install chromium (apt-get install -y chromium as root)"
  CHROMIUM=$(find_chromium) || fail "chromium still not found after installing it"
fi

cargo build --quiet --example extract || fail "cargo build --example extract failed"
EXTRACT=target/debug/examples/extract

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

FIXTURES=(fixtures/*.txt)
"$EXTRACT" --format html "${FIXTURES[@]}" >"$WORK/report.html" || fail "extract --format html failed"
# The expected count comes from the JSON, independently of the page.
EXPECTED=$("$EXTRACT" "${FIXTURES[@]}" | { grep -o '"kind":"' || true; } | wc -l | tr -d ' ')

# Runs chromium on a page with a fresh profile and no network chatter;
# stdout is the page's output (--dump-dom), stderr its log.
chrome() {
  local profile
  profile=$(mktemp -d "$WORK/profile.XXXX")
  timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic \
    --no-first-run --disable-background-networking --disable-component-update \
    --disable-sync --user-data-dir="$profile" --enable-logging=stderr --v=0 "$@"
}

# Console messages are logged as "...:CONSOLE:<line>] ..." (older builds:
# "CONSOLE(<line>)"). Prove the pattern still catches one before trusting
# its silence on the report.
printf '<!DOCTYPE html><title>t</title><script>console.error("selftest")</script>' >"$WORK/selftest.html"
chrome --dump-dom "file://$WORK/selftest.html" >/dev/null 2>"$WORK/selftest.log" || true
grep -q 'CONSOLE.*selftest' "$WORK/selftest.log" ||
  fail "cannot see console messages in chromium's log (format changed?): $WORK/selftest.log"

chrome --dump-dom "file://$WORK/report.html" >"$WORK/dom.html" 2>"$WORK/chrome.log" ||
  fail "chromium exited with an error: $(tail -3 "$WORK/chrome.log")"
if grep -E 'CONSOLE' "$WORK/chrome.log" >"$WORK/console.log"; then
  cat "$WORK/console.log"
  fail "the page logged $(wc -l <"$WORK/console.log") console message(s), shown above"
fi

HIGHLIGHTED=$({ grep -o 'data-highlighted="[0-9]*"' "$WORK/dom.html" || true; } | head -1 | tr -dc 0-9)
[ -n "$HIGHLIGHTED" ] || fail "the page's script did not run (no data-highlighted on <body>)"
[ "$HIGHLIGHTED" = "$EXPECTED" ] ||
  fail "$HIGHLIGHTED highlighted elements but $EXPECTED mentions"

SCREENSHOT=${SCREENSHOT:-docs/report.png}
mkdir -p "$(dirname "$SCREENSHOT")"
case $SCREENSHOT in /*) ;; *) SCREENSHOT="$PWD/$SCREENSHOT" ;; esac
chrome --hide-scrollbars --window-size=1280,1400 --screenshot="$SCREENSHOT" \
  "file://$WORK/report.html" >/dev/null 2>>"$WORK/chrome.log" || fail "screenshot failed"
[ -s "$SCREENSHOT" ] || fail "no screenshot written to $SCREENSHOT"

echo "browser test: PASS: ${#FIXTURES[@]} articles, $HIGHLIGHTED of $EXPECTED mentions highlighted, no console messages, screenshot $SCREENSHOT"
