#!/usr/bin/env bash
# `npm stop`: stops the all-in-one started by `npm start` (controller and agent) and, unless
# --keep-vms is given, powers off its guests. (Killing only the aio process leaves the VMs
# running on purpose: the agent re-adopts them on the next start.)
set -euo pipefail
cd "$(dirname "$0")/.."
DATA_DIR=${OSCLOUD_AIO_DIR:-$(pwd)/.oscloud/aio}
keep_vms=false
[[ "${1:-}" == "--keep-vms" ]] && keep_vms=true

if [[ -f "$DATA_DIR/aio.pid" ]] && kill -0 "$(cat "$DATA_DIR/aio.pid")" 2>/dev/null; then
  pid=$(cat "$DATA_DIR/aio.pid")
  kill "$pid"
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  echo "stop: all-in-one (pid $pid) stopped"
else
  echo "stop: the all-in-one is not running"
fi
rm -f "$DATA_DIR/aio.pid"
if ! $keep_vms; then
  # Every host's guests (agent/ and, with --hosts N, agent-2/ ...).
  for pidfile in "$DATA_DIR"/agent/instances/*/qemu.pid "$DATA_DIR"/agent-*/instances/*/qemu.pid; do
    [[ -f "$pidfile" ]] || continue
    pid=$(cat "$pidfile")
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" && echo "stop: guest $(basename "$(dirname "$pidfile")") (qemu pid $pid) stopped"
    fi
  done
  # Volume exports (volumes attached to a guest on another host): their qemu-nbd, checked by name.
  for pidfile in "$DATA_DIR"/agent/volume-exports/*.pid "$DATA_DIR"/agent-*/volume-exports/*.pid; do
    [[ -f "$pidfile" ]] || continue
    pid=$(cat "$pidfile")
    if [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == qemu-nbd ]]; then
      kill "$pid" && echo "stop: volume export (qemu-nbd pid $pid) stopped"
    fi
  done
  # The guests' network (bridges, taps, DHCP servers) goes with them: every host's namespace,
  # then the underlay's (with --hosts N).
  namespaces=$(node -e '
    try {
      const a = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
      const hosts = (a.hosts ?? []).map((h) => h.netns);
      const all = [...new Set([a.netns, ...hosts, a.underlay_netns].filter(Boolean))];
      process.stdout.write(all.join(" "));
    } catch {}' "$DATA_DIR/aio.json")
  for netns in $namespaces; do
    echo "stop: network $netns: $(node packages/agent/bin/oscloud-agent.js remove-dataplane --netns "$netns")"
  done
fi
