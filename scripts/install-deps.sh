#!/usr/bin/env bash
# install-deps.sh run|test: installs the Debian/Ubuntu packages Claimdiff needs
# that this machine lacks. "run" is what building and opening the window
# needs (with the colour emoji font the window draws emoji with, and the
# headless Chromium that prints PDF reports); "test" adds what
# the test suite uses (a virtual X display, ImageMagick
# for screenshots). Installs only what is missing; uses sudo when not root.
set -euo pipefail

run_pkgs=(gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev fonts-noto-color-emoji chromium-headless-shell)
test_pkgs=(xvfb xauth imagemagick chromium poppler-utils)

case "${1:-run}" in
run) want=("${run_pkgs[@]}") ;;
test) want=("${run_pkgs[@]}" "${test_pkgs[@]}") ;;
*) echo "usage: install-deps.sh run|test" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
	echo "install-deps: this is not a Debian or Ubuntu system; install the equivalents of: ${want[*]}" >&2
	exit 1
fi

missing=()
for p in "${want[@]}"; do
	status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
	[ "$status" = installed ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
if [ "$(id -u)" -ne 0 ]; then
	if command -v sudo >/dev/null 2>&1; then
		sudo=(sudo)
	else
		echo "install-deps: missing system packages (${missing[*]}); run this command as root, or install them with: apt-get install ${missing[*]}" >&2
		exit 1
	fi
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! "${sudo[@]}" apt-get update -qq || ! "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
	echo "install-deps: could not install ${missing[*]}; check the network and the package sources, then run it again" >&2
	exit 1
fi
