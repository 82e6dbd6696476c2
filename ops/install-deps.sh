#!/usr/bin/env bash
# What the tests need beyond npm: nats-server (the JetStream queue and cluster
# tests), chrony (clock checks) and chromium (the console's browser tests).
# Run by `npm test` (its pretest step) and by .ci/run. Installs what is missing
# with apt-get when run as root; otherwise prints the one command to run and
# exits 2. Usage: ops/install-deps.sh [--help]
set -euo pipefail
if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then
  sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'
  exit 0
fi
if [ $# -gt 0 ]; then
  echo "install-deps: unknown argument $1 (see --help)" >&2
  exit 64
fi

need=()
command -v nats-server >/dev/null || need+=(nats-server)
command -v chronyd >/dev/null || [ -x /usr/sbin/chronyd ] || need+=(chrony)
command -v chromium >/dev/null || need+=(chromium)
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "the tests need ${need[*]}; install them with:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${need[*]}" >&2
  exit 2
fi
echo "installing ${need[*]} (apt-get) ..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}"
