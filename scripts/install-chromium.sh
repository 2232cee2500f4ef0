#!/bin/sh
# Installs Debian's Chromium for the end-to-end browser test (test/e2e), unless it is already there.
# Idempotent; needs root (CI runs it with sudo). playwright-core drives /usr/bin/chromium directly,
# so no browser download from the Playwright CDN is needed.
set -eu
if [ -x /usr/bin/chromium ]; then
  echo "install-chromium: /usr/bin/chromium is already installed ($(/usr/bin/chromium --version 2>/dev/null || echo 'version unknown'))"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium
/usr/bin/chromium --version
