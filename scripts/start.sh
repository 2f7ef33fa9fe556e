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
  aio_args=(--data-dir "$DATA_DIR" --port "$PORT")
  if [[ ! -f "${OSCLOUD_GUEST_DIR:-$repo/.cache/guest}/manifest.json" ]]; then
    # Without the guest image qemu has nothing to boot: run the whole flow on the fake driver.
    echo "start: the guest image is not built (see above): the all-in-one runs the FAKE virt driver (no real VMs)"
    aio_args+=(--driver fake)
  fi
  nohup node scripts/aio.mjs "${aio_args[@]}" >"$DATA_DIR/aio.log" 2>&1 &
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
driver=$(node -e 'process.stdout.write(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).driver)' "$DATA_DIR/aio.json")
if ! oscloud image show tiny -f value -c id >/dev/null 2>&1; then
  echo "start: ERROR: there is no image tiny to boot (see the aio: lines above): run scripts/build-guest-image, then npm stop && npm start" >&2
  exit 1
fi
if [[ -n "$(oscloud server list --name '^demo1$' -f value -c ID)" ]]; then
  echo "start: server demo1 exists already"
else
  echo "+ oscloud --os-cloud aio-demo server create --image tiny --flavor m1.tiny --network private --wait demo1"
  oscloud --os-cloud aio-demo server create --image tiny --flavor m1.tiny --network private --wait demo1 ||
    echo "start: server create failed" >&2
fi
echo "+ oscloud --os-cloud aio-demo server list"
oscloud --os-cloud aio-demo server list
id=$(oscloud server show demo1 -f value -c id)
status=$(oscloud server show demo1 -f value -c status)
echo "+ oscloud --os-cloud aio-demo console log show demo1"
if [[ $driver == fake ]]; then
  oscloud console log show demo1 | tail -n 5
  echo
  echo "start: the FAKE virt driver runs no guest, so demo1 prints no boot marker (build the guest image for real VMs)"
else
  booted=""
  for _ in $(seq 1 120); do
    [[ $status == ERROR ]] && break
    if oscloud console log show demo1 | grep -q "oscloud-guest: booted $id"; then booted=1; break; fi
    sleep 1
    status=$(oscloud server show demo1 -f value -c status)
  done
  oscloud console log show demo1 | tail -n 15
  if [[ -z $booted ]]; then
    {
      echo
      echo "start: !!! demo1 ($id) did NOT print its boot marker 'oscloud-guest: booted $id' within 120 s (status $status)"
      if [[ $status == ERROR ]]; then
        echo "start: !!! the server is in ERROR: $(oscloud server show demo1 -f value -c fault)"
      else
        echo "start: !!! the guest may still be booting (TCG on a busy host can take minutes): oscloud console log show demo1"
        echo "start: !!! agent log: $DATA_DIR/agent.log"
      fi
    } >&2
  fi
fi
if [[ $status == ERROR ]]; then
  echo "start: ERROR: demo1 is in ERROR" >&2
  exit 1
fi

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
