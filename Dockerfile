# mailbot's image: two stages, runtime dependencies only.
#
# `build` makes a virtualenv in /opt/mailbot with the pinned runtime dependencies (requirements.lock) and mailbot
# itself from a wheel; the final stage copies only that virtualenv. Test and development tools (pytest,
# hypothesis, aiosmtpd, mypy, ruff: requirements-dev.lock) are never installed; tests/test_deployment.py checks it.
#
# Not in the image, mounted at run time (README, "Betrieb / Running in production"):
#   /etc/mailbot/event.toml    the event file                       (MAILBOT_EVENT_FILE)
#   /etc/mailbot/templates/    the wording of every mail             (MAILBOT_TEMPLATES_DIR)
# so organisers change the event or a sentence without a rebuild. Without them `mailbot run` refuses to start
# and says which is missing. Data lives in the volume /app/var (SQLite database, .eml outbox) unless
# MAILBOT_DATABASE_URL points at PostgreSQL (compose.yaml).
#
# BASE is any Debian-like image with python3 >= 3.11 and its venv module. Without a registry (these machines):
#   podman build --build-arg BASE=localhost/debian-python:bookworm …   (scripts/container-test.sh makes that base)
ARG BASE=python:3.11-slim-bookworm

FROM ${BASE} AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1
RUN python3 -m venv /opt/mailbot
COPY requirements.lock /src/requirements.lock
RUN /opt/mailbot/bin/pip install --no-deps -r /src/requirements.lock
COPY pyproject.toml README.md /src/
COPY mailbot /src/mailbot
# --no-deps: everything comes from the lock; `pip check` fails the build when the lock misses a dependency.
RUN /opt/mailbot/bin/pip install --no-deps /src \
    && /opt/mailbot/bin/pip check \
    && /opt/mailbot/bin/pip uninstall -y -q pip \
    && find /opt/mailbot -name '__pycache__' -prune -exec rm -rf {} + \
    && /opt/mailbot/bin/python -m compileall -q /opt/mailbot/lib

FROM ${BASE}
# A fixed non-root user (no useradd needed: the base may be a bare Debian).
RUN echo 'mailbot:x:10001:10001:mailbot:/app:/usr/sbin/nologin' >> /etc/passwd \
    && echo 'mailbot:x:10001:' >> /etc/group \
    && mkdir -p /app/var /etc/mailbot \
    && chown 10001:10001 /app /app/var
COPY --from=build /opt/mailbot /opt/mailbot
ENV PATH=/opt/mailbot/bin:$PATH \
    PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 \
    HOME=/app MPLCONFIGDIR=/tmp/matplotlib \
    MAILBOT_DATABASE_URL=sqlite:////app/var/mailbot.db \
    MAILBOT_OUTBOX_DIR=/app/var/outbox \
    MAILBOT_EVENT_FILE=/etc/mailbot/event.toml \
    MAILBOT_TEMPLATES_DIR=/etc/mailbot/templates
WORKDIR /app
USER 10001:10001
VOLUME ["/app/var"]
# Process and database only (no mail server round trip): an IMAP or SMTP outage is no reason to restart.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["mailbot", "check", "--liveness"]
# `mailbot run` ends the pass under way (at most 20 s) on SIGTERM and exits 0; give it 30 s (docker stop -t 30).
STOPSIGNAL SIGTERM
CMD ["mailbot", "run", "--init"]
