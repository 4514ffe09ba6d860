#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when it is not there yet. Playwright cannot
# download its own browsers on these machines, so the tests drive /usr/bin/chromium.
set -euo pipefail

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
	exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "install-chromium: $chromium is missing; installing Debian's chromium package"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium
