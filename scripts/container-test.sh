#!/usr/bin/env bash
# Build mailbot's image with podman and test it end to end, on a machine without a Docker engine and without
# an image registry (as root, Debian 12; see ../shared/design/NOTES.md "Containers"):
#
#   1. apt-get install podman runc mmdebstrap (when missing)
#   2. a base image from Debian's packages: mmdebstrap (python3, python3-venv) → podman import
#      localhost/debian-python:bookworm (kept: made once per machine)
#   3. podman build of ./Dockerfile on that base (--format docker, so HEALTHCHECK and STOPSIGNAL are kept);
#      pip in the build reaches the package index with --network host and the host's pip configuration and
#      CA bundle mounted read-only
#   4. tests/container_e2e.py: Dovecot + aiosmtpd on loopback, a sign-up in the inbox, the container answers
#      it; healthcheck, non-root, clean stop on SIGTERM
#
# Prints the seconds of each step. Needs .venv (scripts/setup.sh) for the test servers.
# Exit 3: this machine cannot run containers at all (tools not installable, no base image, podman cannot start
# a trivial container); any other non-zero exit is a failure of the image or of its checks.
#
#   bash scripts/container-test.sh            KEEP_IMAGE=1 keeps localhost/mailbot:test afterwards
set -euo pipefail
cd "$(dirname "$0")/.."
say() { echo "container-test: $*" >&2; }
t0=$(date +%s)
elapsed() { echo "$(( $(date +%s) - $1 )) s"; }

if [ "$(id -u)" != 0 ]; then
    say "needs root (podman with runc and cgroupfs as set up here; mmdebstrap)"; exit 1
fi
[ -x .venv/bin/python ] || bash scripts/setup.sh

# --- 1. tools -----------------------------------------------------------------------------------
step=$(date +%s)
missing=()
for tool in podman runc mmdebstrap; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" uidmap fuse-overlayfs >/dev/null; } \
        || { say "cannot install ${missing[*]}"; exit 3; }
fi
say "tools ready ($(elapsed "$step"))"

# podman's defaults fail on these machines (setrlimit not permitted; cgroups in hybrid mode).
work=$(mktemp -d /tmp/mailbot-container-XXXXXX)
trap 'rm -rf "$work"' EXIT
cat > "$work/containers.conf" <<'EOF'
[containers]
default_ulimits = []

[engine]
cgroup_manager = "cgroupfs"
events_logger = "file"
EOF
export CONTAINERS_CONF="$work/containers.conf"
podman=(podman --runtime runc)

# --- 2. the base image ----------------------------------------------------------------------------
base=localhost/debian-python:bookworm
step=$(date +%s)
if ! "${podman[@]}" image exists "$base"; then
    say "making $base with mmdebstrap"
    mmdebstrap --quiet --variant=apt --include=python3,python3-venv,ca-certificates bookworm "$work/base.tar" \
        || { say "mmdebstrap cannot make the base image"; exit 3; }
    "${podman[@]}" import --quiet "$work/base.tar" "$base" >/dev/null || { say "podman cannot import the base"; exit 3; }
    rm -f "$work/base.tar"
fi
"${podman[@]}" run --rm --network none "$base" true || { say "podman cannot start a container here"; exit 3; }
say "base image $base ready ($(elapsed "$step"))"

# --- 3. the build -----------------------------------------------------------------------------------
# pip inside the build uses the host's configuration: every pip config file that exists, the files and local
# folders it names (CA bundle, constraints, find-links, file:// indexes), mounted read-only at the same place.
mounts=()
while IFS= read -r path; do
    [ -e "$path" ] && mounts+=(-v "$path:$path:ro")
done < <(.venv/bin/python - <<'EOF'
import re, subprocess
out = subprocess.run([".venv/bin/python", "-m", "pip", "config", "debug"], capture_output=True, text=True).stdout
paths = set(re.findall(r"^\s+(/\S+), exists: True", out, re.M))
for value in re.findall(r"=\s*'?([^'\n]+)'?$", out, re.M) + re.findall(r"^\s+\S+\.\S+: (.+)$", out, re.M):
    for item in value.split():
        local = item.removeprefix("file://")
        if local.startswith("/"):  # a file:// index links its files from next to it: mount its parent
            paths.add(local.rstrip("/").rsplit("/", 1)[0] if item.startswith("file://") else local)
print("\n".join(sorted(paths)))
EOF
)
step=$(date +%s)
say "building localhost/mailbot:test (${#mounts[@]} pip mounts)"
"${podman[@]}" build --quiet --format docker --network host "${mounts[@]}" \
    --build-arg BASE="$base" -t localhost/mailbot:test . >/dev/null
build_s=$(( $(date +%s) - step ))
size=$("${podman[@]}" image inspect --format '{{.Size}}' localhost/mailbot:test)
say "image built in ${build_s} s, $(( size / 1024 / 1024 )) MiB"
if "${podman[@]}" run --rm --no-healthcheck --entrypoint /opt/mailbot/bin/python localhost/mailbot:test -c \
    'import importlib.util as u, sys; sys.exit(any(u.find_spec(m) for m in ("pytest", "hypothesis", "aiosmtpd", "mypy", "ruff")))'; then
    say "ok   no test tools in the image (pytest, hypothesis, aiosmtpd, mypy, ruff)"
else
    say "FAIL the image holds test tools"; exit 1
fi

# --- 4. end to end ----------------------------------------------------------------------------------
step=$(date +%s)
.venv/bin/python tests/container_e2e.py localhost/mailbot:test --podman "${podman[*]}"
say "end-to-end checks took $(elapsed "$step")"

[ -n "${KEEP_IMAGE:-}" ] || "${podman[@]}" rmi -f localhost/mailbot:test >/dev/null 2>&1 || true
say "all passed in $(elapsed "$t0") (build ${build_s} s)"
