#!/usr/bin/env bash
# `npm start`: the main job. Installs what is missing, builds, builds the tiny guest image
# (skipped with a message where apt is unavailable), starts the all-in-one cloud in the
# background, creates a server with the CLI and shows it booting.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
DATA_DIR=${OSCLOUD_AIO_DIR:-$repo/.oscloud/aio}
PORT=${OSCLOUD_AIO_PORT:-8774}

bash scripts/setup.sh
npx turbo run build --output-logs=errors-only
bash scripts/build-guest-image --optional

mkdir -p "$DATA_DIR"
oscloud() { node "$repo/packages/cli/bin/run.js" "$@"; }
running() { [[ -f "$DATA_DIR/aio.pid" ]] && kill -0 "$(cat "$DATA_DIR/aio.pid")" 2>/dev/null; }

if running; then
  echo "start: the all-in-one is already running (pid $(cat "$DATA_DIR/aio.pid"))"
else
  rm -f "$DATA_DIR/ready"
  nohup node scripts/aio.mjs --data-dir "$DATA_DIR" --port "$PORT" >"$DATA_DIR/aio.log" 2>&1 &
  echo $! >"$DATA_DIR/aio.pid"
  echo "start: all-in-one starting in the background (pid $!, log $DATA_DIR/aio.log)"
  for _ in $(seq 1 240); do
    [[ -f "$DATA_DIR/ready" ]] && break
    if ! running; then
      echo "start: the all-in-one failed to start:" >&2
      tail -n 40 "$DATA_DIR/aio.log" >&2
      exit 1
    fi
    sleep 0.5
  done
  [[ -f "$DATA_DIR/ready" ]] || { echo "start: timed out waiting for the all-in-one" >&2; tail -n 40 "$DATA_DIR/aio.log" >&2; exit 1; }
fi
cat "$DATA_DIR/aio.log" | grep '^aio: ' | grep -v ready || true

export OS_CLIENT_CONFIG_FILE="$DATA_DIR/clouds.yaml"
export OS_CLOUD=aio-demo
if [[ -n "$(oscloud server list --name '^demo1$' -f value -c ID)" ]]; then
  echo "start: server demo1 exists already"
else
  echo "+ oscloud --os-cloud aio-demo server create --image tiny --flavor m1.tiny --network private --wait demo1"
  oscloud --os-cloud aio-demo server create --image tiny --flavor m1.tiny --network private --wait demo1
fi
echo "+ oscloud --os-cloud aio-demo server list"
oscloud --os-cloud aio-demo server list
echo "+ oscloud --os-cloud aio-demo console log show demo1"
for _ in $(seq 1 120); do
  if oscloud console log show demo1 | grep -q 'oscloud-guest: booted'; then break; fi
  sleep 1
done
oscloud console log show demo1 | tail -n 15

cat <<EOF2

The all-in-one cloud is running at http://127.0.0.1:$PORT (pid $(cat "$DATA_DIR/aio.pid")).
Go on with:
  export OS_CLIENT_CONFIG_FILE=$DATA_DIR/clouds.yaml
  alias oscloud="node $repo/packages/cli/bin/run.js"
  oscloud --os-cloud aio-demo server list
  oscloud --os-cloud aio-admin hypervisor list
  openstack --os-cloud aio-demo server show demo1      # python-openstackclient works too
Stop it (and its guests) with:
  npm stop              # npm stop -- --keep-vms leaves the guests running for the next start
EOF2
