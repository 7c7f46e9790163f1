FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app

COPY requirements.lock pyproject.toml README.md ./
RUN pip install -r requirements.lock
COPY mailbot ./mailbot
COPY templates ./templates
COPY config ./config
COPY examples ./examples
# Editable: the code finds templates/, config/ and examples/ next to the package, in /app.
RUN pip install --no-deps -e . \
    && useradd --create-home --uid 10001 mailbot \
    && mkdir -p /app/var && chown mailbot:mailbot /app/var

USER mailbot
VOLUME ["/app/var"]
ENV MAILBOT_DATABASE_URL=sqlite:////app/var/mailbot.db MAILBOT_OUTBOX_DIR=/app/var/outbox
CMD ["mailbot", "run", "--init"]
