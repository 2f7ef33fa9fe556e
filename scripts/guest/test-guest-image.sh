#!/usr/bin/env bash
# Boot test of the tiny guest image (scripts/build-guest-image) under TCG.
#
#   scripts/guest/test-guest-image.sh [--build] [--optional]
#     --build     run scripts/build-guest-image first (a no-op when up to date)
#     --optional  exit 0 with "SKIP ..." when qemu/genisoimage/the image are missing
#
# Tests (each bounded by a timeout; qemu is always killed):
#   1. direct kernel boot (q35, -kernel vmlinux -initrd initrd.img) with a config-2 ISO on
#      virtio-blk: expects "oscloud-guest: booted <uuid>" with the ISO's uuid (not the server
#      metadata's meta.uuid), hostname and keys from user_data, then hot-plugs
#      a disk through QMP (expects a new "oscloud-guest: disks ..." line) and presses the
#      ACPI power button (expects "oscloud-guest: poweroff" and qemu to exit).
#   2. BIOS boot of tiny.qcow2 through a qcow2 overlay, no config drive:
#      expects "oscloud-guest: booted unknown".
#   3. SSH: direct kernel boot with two user-mode NICs (restrict=on: nothing leaves the
#      machine; the first with hostfwd=tcp:127.0.0.1:<free port>-:22) and a config drive
#      carrying a freshly generated ed25519 key, and virtio-rng (entropy for the host key
#      dropbear makes on the first connection; without it that waits 1-20 s): expects a DHCP line per NIC, then
#      `ssh root@127.0.0.1 'echo ok; cat /proc/cmdline'` to answer (retried every second,
#      up to GUEST_SSH_TIMEOUT s, default 60), the sudo/blkid/ip/awk Tempest uses to work,
#      and a wrong key to be refused. No network device, namespace or firewall rule is made.
# Prints PASS/FAIL lines with seconds-to-marker; exit status 0 only when all pass.
# Environment: OSCLOUD_GUEST_DIR (image dir), GUEST_TEST_TIMEOUT (seconds per boot, default 120),
# GUEST_SSH_TIMEOUT (seconds from the boot marker to a working SSH login, default 60).
set -uo pipefail

SCRIPT=$(readlink -f "$0")
REPO=$(cd "$(dirname "$SCRIPT")/../.." && pwd)
G="${OSCLOUD_GUEST_DIR:-$REPO/.cache/guest}"
TIMEOUT="${GUEST_TEST_TIMEOUT:-120}"
SSH_TIMEOUT="${GUEST_SSH_TIMEOUT:-60}"
OPTIONAL=0
BUILD=0
for a in "$@"; do
  case "$a" in
  --optional) OPTIONAL=1 ;;
  --build) BUILD=1 ;;
  *) echo "usage: $0 [--build] [--optional]" >&2; exit 2 ;;
  esac
done

skip() {
  if [ "$OPTIONAL" = 1 ]; then echo "SKIP guest image test: $*"; exit 0; fi
  echo "FAIL guest image test: $*"
  exit 1
}
if [ "$BUILD" = 1 ]; then
  if [ "$OPTIONAL" = 1 ]; then "$REPO/scripts/build-guest-image" --optional || exit 1
  else "$REPO/scripts/build-guest-image" || exit 1; fi
fi
for t in qemu-system-x86_64 qemu-img genisoimage ssh ssh-keygen; do
  command -v "$t" >/dev/null 2>&1 || skip "$t not installed"
done
for f in vmlinux initrd.img tiny.qcow2; do
  [ -s "$G/$f" ] || skip "$G/$f missing (run scripts/build-guest-image)"
done

W=$(mktemp -d "${TMPDIR:-/tmp}/oscloud-guest-test.XXXXXX")
QPIDS=()
cleanup() {
  for p in "${QPIDS[@]}"; do kill "$p" 2>/dev/null; done
  sleep 0.2
  for p in "${QPIDS[@]}"; do kill -9 "$p" 2>/dev/null; done
  rm -rf "$W"
}
trap cleanup EXIT

FAILS=0
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; FAILS=$((FAILS + 1)); }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# wait_for FILE REGEX SECONDS PID -> 0 when REGEX appears in FILE
wait_for() {
  local file=$1 re=$2 secs=$3 pid=$4 end
  end=$(($(date +%s) + secs))
  while [ "$(date +%s)" -lt "$end" ]; do
    grep -aEq "$re" "$file" 2>/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || { grep -aEq "$re" "$file" 2>/dev/null; return $?; }
    sleep 0.1
  done
  return 1
}
stop_qemu() { kill "$1" 2>/dev/null; sleep 0.3; kill -9 "$1" 2>/dev/null; wait "$1" 2>/dev/null; }
free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
  echo 24444
}
# qmp PORT CMD... : one QMP session over TCP, commands sent after qmp_capabilities
qmp() {
  local port=$1 c
  shift
  exec 7<>"/dev/tcp/127.0.0.1/$port" || return 1
  timeout 5 head -n 1 <&7 >/dev/null
  echo '{"execute":"qmp_capabilities"}' >&7
  timeout 5 head -n 1 <&7 >/dev/null
  for c in "$@"; do
    echo "$c" >&7
    sleep 0.3
  done
  exec 7>&-
}
show_log() {
  echo "---- $1 (last 15 lines)"
  tr -d '\r\033' <"$1" | tail -n 15
  for e in "$W"/qemu*.err; do [ -s "$e" ] && { echo "-- $e:"; tail -n 5 "$e"; }; done
  echo "----"
}

QEMU_COMMON=(-accel tcg,tb-size=16 -m 96M -nodefaults -display none -monitor none -no-reboot)
CMDLINE="console=ttyS0 no_timer_check panic=-1 8250.nr_uarts=1 quiet"
if [ -f "$G/manifest.json" ]; then
  c=$(sed -n 's/^ *"kernel_cmdline": *"\(.*\)",*$/\1/p' "$G/manifest.json")
  [ -n "$c" ] && CMDLINE=$c
fi

# ---- test 1: direct kernel boot with config drive ------------------------------------
UUID="$(cat /proc/sys/kernel/random/uuid 2>/dev/null || echo 3f0c9a4e-1b2c-4d5e-8f90-123456789abc)"
mkdir -p "$W/cd/openstack/latest"
cat >"$W/cd/openstack/latest/meta_data.json" <<EOF
{"uuid": "$UUID", "hostname": "guest-test.example", "name": "guest-test",
 "public_keys": {"test": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAITESTKEY test@oscloud\n"},
 "meta": {"uuid": "evil", "hostname": "evil-host", "note": "a \\"quoted\\" } value"}}
EOF
cat >"$W/cd/openstack/latest/user_data" <<'EOF'
#!/bin/sh
echo "user-data-check host=$(hostname) keys=$(wc -l </root/.ssh/authorized_keys)"
EOF
genisoimage -quiet -V config-2 -r -J -o "$W/config.iso" "$W/cd" || skip "genisoimage failed"

PORT=$(free_port)
LOG1="$W/direct.log"
t0=$(now)
qemu-system-x86_64 -machine q35 "${QEMU_COMMON[@]}" \
  -kernel "$G/vmlinux" -initrd "$G/initrd.img" -append "$CMDLINE" \
  -serial "file:$LOG1" -qmp "tcp:127.0.0.1:$PORT,server=on,wait=off" \
  -device pcie-root-port,id=rp1,chassis=1,slot=1 \
  -drive "file=$W/config.iso,if=virtio,readonly=on,format=raw" 2>"$W/qemu1.err" &
Q1=$!
QPIDS+=("$Q1")
if wait_for "$LOG1" "oscloud-guest: booted $UUID" "$TIMEOUT" "$Q1"; then
  pass "direct kernel boot (q35, vmlinux + initrd, config drive): marker after $(elapsed "$t0" "$(now)") s"
  if grep -aq "user-data-check host=guest-test keys=1" "$LOG1"; then
    pass "config drive: hostname, authorized_keys, user_data"
  else
    fail "config drive: user_data output 'user-data-check host=guest-test keys=1' missing"
    show_log "$LOG1"
  fi
  # hot-plug a disk: expect a disks line containing two vd devices
  qemu-img create -q -f qcow2 "$W/extra.qcow2" 16M
  wait_for "$LOG1" "^oscloud-guest: disks vda" 10 "$Q1"
  qmp "$PORT" \
    "{\"execute\":\"blockdev-add\",\"arguments\":{\"node-name\":\"extra\",\"driver\":\"qcow2\",\"file\":{\"driver\":\"file\",\"filename\":\"$W/extra.qcow2\"}}}" \
    '{"execute":"device_add","arguments":{"driver":"virtio-blk-pci","id":"vol1","drive":"extra","bus":"rp1"}}'
  if wait_for "$LOG1" "oscloud-guest: disks vda vdb" 30 "$Q1"; then
    pass "hot-plugged disk reported: $(grep -a 'oscloud-guest: disks vda vdb' "$LOG1" | tr -d '\r' | head -n 1)"
  else
    fail "hot-plugged disk not reported on the console"
    show_log "$LOG1"
  fi
  qmp "$PORT" '{"execute":"system_powerdown"}'
  if wait_for "$LOG1" "oscloud-guest: poweroff" 30 "$Q1"; then
    end=$(($(date +%s) + 20))
    while kill -0 "$Q1" 2>/dev/null && [ "$(date +%s)" -lt "$end" ]; do sleep 0.2; done
    if kill -0 "$Q1" 2>/dev/null; then fail "ACPI power button: guest printed poweroff but qemu still running"
    else pass "ACPI power button: guest powered off"; fi
  else
    fail "ACPI power button: no 'oscloud-guest: poweroff' line"
    show_log "$LOG1"
  fi
else
  fail "direct kernel boot: no 'oscloud-guest: booted $UUID' within ${TIMEOUT}s"
  show_log "$LOG1"
fi
stop_qemu "$Q1"

# ---- test 2: BIOS boot of tiny.qcow2 through an overlay, no config drive -------------------
qemu-img create -q -f qcow2 -F qcow2 -b "$G/tiny.qcow2" "$W/overlay.qcow2" || fail "qemu-img create overlay"
LOG2="$W/bios.log"
t0=$(now)
qemu-system-x86_64 -machine q35 "${QEMU_COMMON[@]}" \
  -serial "file:$LOG2" -drive "file=$W/overlay.qcow2,if=virtio,format=qcow2" 2>"$W/qemu2.err" &
Q2=$!
QPIDS+=("$Q2")
if wait_for "$LOG2" "oscloud-guest: booted unknown" "$TIMEOUT" "$Q2"; then
  pass "BIOS boot of tiny.qcow2 (q35, SeaBIOS + syslinux, overlay, no config drive): marker after $(elapsed "$t0" "$(now)") s"
else
  fail "BIOS boot of tiny.qcow2: no 'oscloud-guest: booted unknown' within ${TIMEOUT}s"
  show_log "$LOG2"
fi
stop_qemu "$Q2"

# ---- test 3: SSH into the guest through user-mode networking (hostfwd on 127.0.0.1) ---------
UUID3="$(cat /proc/sys/kernel/random/uuid 2>/dev/null || echo 5a1e0c9d-2b3c-4d5e-8f90-abcdef012345)"
ssh-keygen -q -t ed25519 -N '' -C oscloud-guest-test -f "$W/id_test" &&
  ssh-keygen -q -t ed25519 -N '' -C oscloud-guest-wrong -f "$W/id_wrong" || skip "ssh-keygen failed"
mkdir -p "$W/cd3/openstack/latest"
cat >"$W/cd3/openstack/latest/meta_data.json" <<EOF
{"uuid": "$UUID3", "hostname": "ssh-test", "name": "ssh-test",
 "public_keys": {"test": "$(cat "$W/id_test.pub")\n"}}
EOF
genisoimage -quiet -V config-2 -r -J -o "$W/config3.iso" "$W/cd3" || skip "genisoimage failed"
SSHPORT=$(free_port)
LOG3="$W/ssh.log"
SSH_OPTS=(-F /dev/null -o BatchMode=yes -o IdentitiesOnly=yes -o PasswordAuthentication=no
  -o KbdInteractiveAuthentication=no -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null
  -o LogLevel=ERROR -o ConnectTimeout=15 -o ServerAliveInterval=5 -o ServerAliveCountMax=4 -p "$SSHPORT")
# gssh KEY COMMAND -> ssh root@127.0.0.1 COMMAND, bounded by 30 s
gssh() { timeout 30 ssh "${SSH_OPTS[@]}" -i "$1" root@127.0.0.1 "$2" </dev/null; }
t0=$(now)
# restrict=on: the guest reaches nothing beyond slirp (DHCP); hostfwd still forwards.
qemu-system-x86_64 -machine q35 "${QEMU_COMMON[@]}" \
  -kernel "$G/vmlinux" -initrd "$G/initrd.img" -append "$CMDLINE" \
  -serial "file:$LOG3" \
  -netdev "user,id=n0,restrict=on,hostfwd=tcp:127.0.0.1:$SSHPORT-:22" -device virtio-net-pci,netdev=n0 \
  -netdev "user,id=n1,restrict=on,net=10.0.3.0/24" -device virtio-net-pci,netdev=n1 \
  -device virtio-rng-pci \
  -drive "file=$W/config3.iso,if=virtio,readonly=on,format=raw" 2>"$W/qemu3.err" &
Q3=$!
QPIDS+=("$Q3")
if wait_for "$LOG3" "oscloud-guest: booted $UUID3" "$TIMEOUT" "$Q3"; then
  tb=$(elapsed "$t0" "$(now)")
  if grep -aq "oscloud-guest: ssh dropbear port 22" "$LOG3"; then pass "ssh: dropbear started (boot marker after $tb s)"
  else fail "ssh: no 'oscloud-guest: ssh dropbear port 22' line"; fi
  # the lease first: a connection slirp forwards before the guest listens hangs in SYN backoff
  for nic in eth0 eth1; do
    if wait_for "$LOG3" "oscloud-guest: net $nic dhcp [0-9.]+/[0-9]+" 10 "$Q3"; then
      pass "dhcp on $nic: $(grep -aEo "oscloud-guest: net $nic dhcp [0-9.]+/[0-9]+" "$LOG3" | head -n 1)"
    else
      fail "dhcp on $nic: no 'oscloud-guest: net $nic dhcp <ip>/<prefix>' line"
    fi
  done
  # first login: retried every second (the lease, dropbear's on-demand host key, TCG crypto)
  out=""
  end=$(($(date +%s) + SSH_TIMEOUT))
  while :; do
    out=$(gssh "$W/id_test" 'echo ok; cat /proc/cmdline' 2>"$W/ssh.err") && [ "$(echo "$out" | head -n 1)" = ok ] && break
    out=""
    [ "$(date +%s)" -lt "$end" ] && kill -0 "$Q3" 2>/dev/null || break
    sleep 1
  done
  if [ -n "$out" ] && grep -q 'console=ttyS0' <<<"$out"; then
    pass "ssh root@127.0.0.1 with the config drive's key: answered after $(elapsed "$t0" "$(now)") s from qemu start ($(echo "$out" | sed -n 2p | cut -c1-60)...)"
  else
    fail "ssh root@127.0.0.1 -p $SSHPORT with the config drive's key: no 'ok' + /proc/cmdline within ${SSH_TIMEOUT}s ($(tail -n 2 "$W/ssh.err" | tr '\n' ' '))"
    show_log "$LOG3"
  fi
  if [ -n "$out" ]; then
    # what Tempest's remote client runs: sudo, blkid -L ... -o device, ip, awk, the udhcpc pid file
    tools=$(gssh "$W/id_test" 'sudo -n id -u; blkid -L config-2 -o device; ip -4 -o addr show dev eth1 | awk "{print \$4}"; test -s /var/run/udhcpc.eth0.pid && echo pidfile' 2>&1 | tr '\n' ' ')
    if grep -Eq '^0 /dev/vda 10\.0\.3\.[0-9]+/24 pidfile $' <<<"$tools"; then pass "ssh: sudo, blkid, ip, awk, udhcpc pid file: $tools"
    else fail "ssh: sudo/blkid/ip/awk/pid file check printed: '$tools'"; show_log "$LOG3"; fi
    if wrong=$(gssh "$W/id_wrong" 'echo ok' 2>&1); then
      fail "ssh with a wrong key was accepted: $wrong"
    elif grep -q 'Permission denied' <<<"$wrong"; then
      pass "ssh with a wrong key refused ($(echo "$wrong" | tail -n 1 | cut -c1-80))"
    else
      fail "ssh with a wrong key: expected 'Permission denied', got: $wrong"
      show_log "$LOG3"
    fi
  fi
else
  fail "ssh boot: no 'oscloud-guest: booted $UUID3' within ${TIMEOUT}s"
  show_log "$LOG3"
fi
stop_qemu "$Q3"

if [ "$FAILS" -eq 0 ]; then
  echo "PASS guest image test"
  exit 0
fi
echo "FAIL guest image test ($FAILS failed)"
exit 1
