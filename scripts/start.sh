#!/usr/bin/env bash
# `npm start [-- --driver qemu|fake]`: the main job. Installs what is missing, builds, builds
# the tiny guest image, starts the all-in-one cloud in the background, creates a server with
# the CLI and shows it booting. Without a guest image (e.g. no cloud kernel can be downloaded
# or found in apt's cache) it stops with an error unless `--driver fake` was asked for.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
DATA_DIR=${OSCLOUD_AIO_DIR:-$repo/.oscloud/aio}
PORT=${OSCLOUD_AIO_PORT:-8774}

DRIVER=""
while (($#)); do
  case "$1" in
  --driver) (($# >= 2)) || { echo "start: --driver needs qemu or fake" >&2; exit 2; }; DRIVER=$2; shift 2 ;;
  --driver=*) DRIVER=${1#--driver=}; shift ;;
  -h | --help) echo "usage: npm start [-- --driver qemu|fake]"; exit 0 ;;
  *) echo "start: unknown argument: $1 (usage: npm start [-- --driver qemu|fake])" >&2; exit 2 ;;
  esac
done
case "$DRIVER" in "" | qemu | fake) ;; *) echo "start: --driver must be qemu or fake, not $DRIVER" >&2; exit 2 ;; esac

bash scripts/setup.sh
npx turbo run build --output-logs=errors-only
guest_dir=${OSCLOUD_GUEST_DIR:-$repo/.cache/guest}
guest_rc=0
bash scripts/build-guest-image || guest_rc=$?
banner() { # banner LINE... : to stderr, impossible to miss
  local bar='start: ##########################################################################################'
  { echo; echo "$bar"; for l in "$@"; do echo "start: !!! $l"; done; echo "$bar"; echo; } >&2
}
if [[ ! -f "$guest_dir/manifest.json" ]]; then
  if [[ $DRIVER == fake ]]; then
    echo "start: no guest image (see above); --driver fake was asked for: the all-in-one runs no real VMs"
  else
    banner "ERROR: NO GUEST IMAGE: scripts/build-guest-image failed (exit $guest_rc, its message is above)," \
      "so no real VM can boot. Typical cause: the package registry is unreachable and no cloud kernel .deb" \
      "(linux-image-*-cloud-amd64) is in .cache/guest-debs or /var/cache/apt/archives." \
      "Fix that and run npm start again, or run without real VMs: npm start -- --driver fake"
    exit 1
  fi
elif ((guest_rc != 0)); then
  banner "WARNING: scripts/build-guest-image failed (exit $guest_rc, see above): the all-in-one uses the" \
    "PREVIOUSLY BUILT guest image in $guest_dir, which may be out of date (e.g. without SSH)."
fi

mkdir -p "$DATA_DIR"
oscloud() { node "$repo/packages/cli/bin/run.js" "$@"; }
running() { [[ -f "$DATA_DIR/aio.pid" ]] && kill -0 "$(cat "$DATA_DIR/aio.pid")" 2>/dev/null; }

if running; then
  echo "start: the all-in-one is already running (pid $(cat "$DATA_DIR/aio.pid"))"
else
  rm -f "$DATA_DIR/ready"
  aio_args=(--data-dir "$DATA_DIR" --port "$PORT")
  [[ -n $DRIVER ]] && aio_args+=(--driver "$DRIVER")
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
# The demo key pair: its private key stays in the data dir.
key="$DATA_DIR/id_ed25519"
[[ -f $key ]] || ssh-keygen -q -t ed25519 -N '' -C demo@oscloud-aio -f "$key"
if ! oscloud keypair show demo -f value -c name >/dev/null 2>&1; then
  echo "+ oscloud --os-cloud aio-demo keypair create --public-key $key.pub demo"
  oscloud keypair create --public-key "$key.pub" demo -f value -c fingerprint
fi
if [[ -n "$(oscloud server list --name '^demo1$' -f value -c ID)" ]]; then
  echo "start: server demo1 exists already"
else
  echo "+ oscloud --os-cloud aio-demo server create --image tiny --flavor m1.tiny --network private --key-name demo --wait demo1"
  oscloud --os-cloud aio-demo server create --image tiny --flavor m1.tiny --network private --key-name demo --wait demo1 ||
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

# A floating IP on demo1, reached over SSH from the namespace that plays public's outside world.
ext_ns=$(node -e 'process.stdout.write(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).external_netns ?? "")' "$DATA_DIR/aio.json")
ssh_line=""
if [[ $driver != fake && -n $ext_ns ]]; then
  fip=$(oscloud floating ip list --port "$(oscloud port list --server demo1 -f value -c ID | head -n 1)" -f value -c "Floating IP Address" | head -n 1)
  if [[ -z $fip ]]; then
    fip=$(oscloud floating ip create public -f value -c floating_ip_address)
    echo "+ oscloud --os-cloud aio-demo server add floating ip demo1 $fip"
    oscloud server add floating ip demo1 "$fip"
  fi
  ssh_opts=(-i "$key" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -o BatchMode=yes -o ConnectTimeout=5)
  answered=""
  for _ in $(seq 1 60); do
    if out=$(ip netns exec "$ext_ns" ssh "${ssh_opts[@]}" "root@$fip" 'echo "$(hostname) up $(cut -d" " -f1 /proc/uptime) s"' 2>/dev/null); then answered=$out; break; fi
    sleep 2
  done
  if [[ -n $answered ]]; then
    echo "start: demo1 answers SSH on its floating IP $fip: $answered"
    ssh_line="  oscloud --os-cloud aio-demo server ssh -l root -i $key demo1      # ssh root@$fip from namespace $ext_ns"
  else
    echo "start: !!! demo1 did not answer SSH on $fip within 120 s; try: ip netns exec $ext_ns ssh -i $key root@$fip" >&2
  fi
fi

cat <<EOF2

The all-in-one cloud is running at http://127.0.0.1:$PORT (pid $(cat "$DATA_DIR/aio.pid")).
Go on with:
  export OS_CLIENT_CONFIG_FILE=$DATA_DIR/clouds.yaml
  alias oscloud="node $repo/packages/cli/bin/run.js"
  oscloud --os-cloud aio-demo server list
${ssh_line:+$ssh_line
}  oscloud --os-cloud aio-admin hypervisor list
  openstack --os-cloud aio-demo server show demo1      # python-openstackclient works too
Open the dashboard at http://127.0.0.1:$PORT/dashboard (user demo, domain Default, password in $DATA_DIR/clouds.yaml)
Stop it (and its guests) with:
  npm stop              # npm stop -- --keep-vms leaves the guests running for the next start
EOF2
