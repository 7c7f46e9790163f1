#!/usr/bin/env bash
# Idempotent set-up on a Debian machine: the system packages the tests need (as root), then .venv
# with mailbot installed in it. Safe to run again: it only does what is missing or out of date.
#
#   bash scripts/setup.sh            (called by `make demo` and `make test`)
#   PYTHON=python3.12 bash scripts/setup.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
say() { echo "setup: $*" >&2; }

have_dovecot() { command -v dovecot >/dev/null 2>&1 || [ -x /usr/sbin/dovecot ]; }

# --- system packages (only what is missing; only as root on Debian/Ubuntu) -----------------------
missing=()
have_dovecot || missing+=(dovecot-imapd)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
if [ ! -x .venv/bin/python ] && ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    missing+=(python3-venv)
fi
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "installing ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        # Debian's postinst tries to start the system Dovecot; that may fail without systemd, and we
        # never use that service (the tests run their own), so a failing postinst is tolerated.
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || {
            say "apt-get reported an error (often just the service start in postinst); checking what is there"
            dpkg --configure -a >/dev/null 2>&1 || true
        }
        if [[ " ${missing[*]} " == *" dovecot-imapd "* ]] && command -v systemctl >/dev/null 2>&1; then
            systemctl disable --now dovecot >/dev/null 2>&1 || true   # not needed; tests start their own
        fi
    else
        say "missing system packages: ${missing[*]} (install as root: apt-get install ${missing[*]})"
        say "the demo works without them; the tests need dovecot-imapd"
    fi
fi
have_dovecot || say "warning: dovecot is not installed; the IMAP tests will fail until it is"

# --- Python ------------------------------------------------------------------------------------
"$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || {
    say "Python 3.11 or newer is needed; $("$PYTHON" --version 2>&1) found (set PYTHON=…)"; exit 1; }

if [ ! -x .venv/bin/python ]; then
    say "creating .venv"
    "$PYTHON" -m venv .venv
fi

# Reinstall only when the project's dependency files changed since the last successful install.
# requirements.lock pins the runtime dependencies (all the Docker image gets); requirements-dev.lock pins the
# test and development tools on top. Both are constraints here, so `.[test]` resolves to exactly these versions.
locks=()
for candidate in requirements.lock requirements-dev.lock; do
    [ -f "$candidate" ] && locks+=("$candidate")
done
constraints=()
for lock in "${locks[@]}"; do constraints+=(-c "$lock"); done
stamp=.venv/.mailbot-setup
want=$(cat pyproject.toml "${locks[@]}" | sha256sum | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x .venv/bin/mailbot ] && [ -x .venv/bin/pytest ]; then
    exit 0
fi
say "installing mailbot and its dependencies into .venv${locks[*]:+ (pinned by ${locks[*]})}"
.venv/bin/python -m pip install -q --disable-pip-version-check "${constraints[@]}" -e ".[test]"
echo "$want" > "$stamp"
say "done"
