"""`mailbot run --metrics-port N`: Prometheus metrics over HTTP (prometheus-client).

The counts come from the database at each scrape, not from counters in this process: they are right after a
restart and the same from every worker sharing one database. Only the pass duration is this process's own.

    mailbot_mails_total{outcome}                      mails processed, by the decision's kind (Confirm, NeedsReview…)
    mailbot_replies_total{result}                     outgoing mails sent, or given up (failed)
    mailbot_outbox_mails{status}                      outbox rows by status (queued, retry, sending, sent, failed)
    mailbot_outbox_depth                              mails waiting to go out (queued, retry, sending)
    mailbot_last_success_timestamp_seconds{what}      last poll that reached the inbox, last mail sent (Unix time)
    mailbot_imap_failing_since_timestamp_seconds      start of an ongoing IMAP outage (absent when none)
    mailbot_database_up                               1 when the scrape could read the database
    mailbot_pass_duration_seconds                     histogram of the worker's passes (poll + scheduled work)

No address, name or mail text is ever a label.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

from prometheus_client import CollectorRegistry, Histogram, start_http_server
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from .store import Store
from .store.status import LAST_POLL, POLL_FAILED, WAITING, StatusStore

log = logging.getLogger(__name__)


class StoreCollector(Collector):
    def __init__(self, store: Store) -> None:
        self.store = store

    def collect(self) -> Iterator[Metric]:
        up = GaugeMetricFamily("mailbot_database_up", "1 when the scrape could read the database")
        view = StatusStore(self.store.engine)
        try:
            outcomes = view.outcome_counts()
            outbox = view.outbox_overview()
            moments = view.moments()
        except Exception as exc:  # noqa: BLE001 - a scrape must answer; the database's state is the answer
            log.debug("metrics: the database could not be read (%s)", type(exc).__name__)
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up
        mails = CounterMetricFamily("mailbot_mails", "Mails processed, by outcome", labels=["outcome"])
        for outcome, n in sorted(outcomes.items()):
            mails.add_metric([outcome], n)
        yield mails
        replies = CounterMetricFamily("mailbot_replies", "Outgoing mails sent or given up", labels=["result"])
        replies.add_metric(["sent"], outbox.by_status.get("sent", 0))
        replies.add_metric(["failed"], outbox.by_status.get("failed", 0))
        yield replies
        rows = GaugeMetricFamily("mailbot_outbox_mails", "Outbox rows by status", labels=["status"])
        for status in (*WAITING, "sent", "failed"):
            rows.add_metric([status], outbox.by_status.get(status, 0))
        yield rows
        yield GaugeMetricFamily("mailbot_outbox_depth", "Mails waiting to go out", value=outbox.waiting)
        last = GaugeMetricFamily("mailbot_last_success_timestamp_seconds", "Last successful poll and send",
                                 labels=["what"])
        if LAST_POLL in moments:
            last.add_metric(["poll"], moments[LAST_POLL].at.timestamp())
        if outbox.last_sent_at is not None:
            last.add_metric(["send"], outbox.last_sent_at.timestamp())
        yield last
        poll, failed = moments.get(LAST_POLL), moments.get(POLL_FAILED)
        if failed is not None and (poll is None or failed.at > poll.at):
            yield GaugeMetricFamily("mailbot_imap_failing_since_timestamp_seconds", "Start of an IMAP outage",
                                    value=failed.at.timestamp())


class Metrics:
    """The registry of one worker: the database's numbers and this process's pass durations."""

    def __init__(self, store: Store) -> None:
        self.registry = CollectorRegistry()
        self.registry.register(StoreCollector(store))
        self.pass_duration = Histogram("mailbot_pass_duration_seconds", "Duration of the worker's passes",
                                       buckets=(0.1, 0.5, 1, 2, 5, 10, 30, 60, 300, 900), registry=self.registry)

    def serve(self, port: int, address: str = "0.0.0.0") -> None:
        start_http_server(port, addr=address, registry=self.registry)
        log.info("metrics on http://%s:%d/metrics", address, port)
