#!/usr/bin/env bash
# Installs what a fresh machine lacks: the Debian packages oscloud's tests and all-in-one use
# (only those missing, only where apt-get is available) and the npm workspace (npm ci when
# node_modules is missing or older than package-lock.json). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(
  qemu-system-x86 qemu-utils          # virt driver `qemu` and storage driver `file`
  genisoimage                         # config drives (ISO9660 labelled config-2)
  busybox-static cpio e2fsprogs       # scripts/build-guest-image (kernel + initramfs)
  lz4 dosfstools mtools syslinux syslinux-common  # scripts/build-guest-image (vmlinux, bootable disk)
  dropbear-bin                        # scripts/build-guest-image: the guest's SSH server (copied with its libraries)
  openssh-client                      # scripts/guest/test-guest-image.sh: ssh-keygen + ssh into the guest
  python3-openstackclient             # compatibility oracle: python-openstackclient 6
  tempest                             # compatibility oracle: Tempest 33
  python3-swiftclient                 # compatibility oracle: the `swift` CLI against the object store
  python3-boto3                       # compatibility oracle: boto3 against the object store's S3 face
  iputils-ping                        # Tempest's scenario tests ping floating IPs (from the all-in-one's external namespace)
  iproute2 nftables dnsmasq-base conntrack  # network driver `linuxbridge` (bridges, taps, namespaces, SG rules, DHCP)
  chromium                            # packages/dashboard's end-to-end test (playwright-core drives it headless)
)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    [[ "$pkg" == \#* ]] && continue
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
  done
fi
if ((${#missing[@]})); then
  if command -v apt-get >/dev/null 2>&1 && [[ $(id -u) == 0 ]]; then
    echo "setup: installing Debian packages: ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  else
    echo "setup: missing Debian packages (${missing[*]}) and no root apt-get; suites that need them will be skipped" >&2
  fi
fi

if [[ ! -d node_modules || ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "setup: npm ci" >&2
  if ! npm ci --no-audit --no-fund >&2; then
    # npm ci refuses a lock file without the optional packages of other platforms (rollup's
    # and turbo's android/darwin/windows builds); registries that serve only this platform's
    # packages leave them out of every lock npm writes. npm install keeps the locked versions
    # of everything else.
    echo "setup: npm ci refused the lock file; installing with npm install instead" >&2
    npm install --no-audit --no-fund >&2
  fi
fi
