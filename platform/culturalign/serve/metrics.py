"""Prometheus metrics of ``culturalign serve`` (``GET /metrics``), through ``prometheus_client``.

Each app owns a ``CollectorRegistry`` (not the process-wide default): tests and benchmarks run several apps in
one process, and each must count only its own requests. Engines report their current state (queue depth, adapters
in memory, requests holding them) as plain :class:`GaugeFamily` values, read at scrape time, so they need not know
about Prometheus.

Series: ``culturalign_requests_total`` {locale, adapter, route, status} (errors by locale, adapter version and route
reason are its non-200 statuses), prompt/completion token counters, latency and queue-wait histograms, batch sizes,
``culturalign_errors_total`` {status, code} (every error response, including those before routing) and
``culturalign_reloads_total`` {result}.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily

LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64)
CONTENT_TYPE = CONTENT_TYPE_LATEST
ROUTED = ("locale", "adapter", "route")  # what the router decided for a request: its labels


@dataclass
class GaugeFamily:
    """A gauge an engine reports at scrape time: name, help text, and (labels, value) samples."""

    name: str
    text: str
    samples: list[tuple[Mapping[str, str], float]] = field(default_factory=list)


class _Gauges:
    """Collector that asks ``read`` for the engine's gauges on every scrape."""

    def __init__(self, read: Callable[[], Iterable[GaugeFamily]]) -> None:
        self.read = read

    def collect(self):
        for family in self.read():
            labels = sorted({k for lb, _ in family.samples for k in lb})
            metric = GaugeMetricFamily(family.name, family.text, labels=labels)
            for lb, value in family.samples:
                metric.add_metric([str(lb.get(k, "")) for k in labels], value)
            yield metric


class Metrics:
    """One app's series in its own registry; thread-safe (the batcher thread reports batch sizes)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter(
            "culturalign_requests", "Chat completion requests by locale, adapter, route and status.",
            [*ROUTED, "status"], registry=r,
        )  # fmt: skip
        self.prompt_tokens = Counter(
            "culturalign_prompt_tokens", "Prompt tokens (chat template included).", ["locale", "adapter"], registry=r
        )
        self.completion_tokens = Counter(
            "culturalign_completion_tokens", "Generated tokens.", ["locale", "adapter"], registry=r
        )
        self.errors = Counter(
            "culturalign_errors", "Error responses by HTTP status and error code.", ["status", "code"], registry=r
        )
        self.reloads = Counter("culturalign_reloads", "Adapter reloads by result.", ["result"], registry=r)
        self.duration = Histogram(
            "culturalign_request_duration_seconds", "Chat completion latency, request to last byte.",
            ROUTED, buckets=LATENCY_BUCKETS, registry=r,
        )  # fmt: skip
        self.queue_wait = Histogram(
            "culturalign_queue_wait_seconds", "Time a request waited for its micro-batch.", ["adapter"],
            buckets=LATENCY_BUCKETS, registry=r,
        )  # fmt: skip
        self.batch_size = Histogram(
            "culturalign_batch_size", "Requests per micro-batch.", buckets=BATCH_BUCKETS, registry=r
        )

    def watch(self, read: Callable[[], Iterable[GaugeFamily]]) -> None:
        """Report ``read()``'s gauges on every scrape (an engine's current state)."""
        self.registry.register(_Gauges(read))

    def request(self, routed: Mapping[str, str], status: str, seconds: float) -> None:
        """One finished request (answered or refused after routing)."""
        self.requests.labels(*(routed[k] for k in ROUTED), status).inc()
        self.duration.labels(*(routed[k] for k in ROUTED)).observe(seconds)

    def tokens(self, routed: Mapping[str, str], prompt: int, completion: int, queue_s: float) -> None:
        self.prompt_tokens.labels(routed["locale"], routed["adapter"]).inc(prompt)
        self.completion_tokens.labels(routed["locale"], routed["adapter"]).inc(completion)
        self.queue_wait.labels(routed["adapter"]).observe(queue_s)

    def error(self, status: int, code: str) -> None:
        self.errors.labels(str(status), code).inc()

    def reload(self, result: str) -> None:
        self.reloads.labels(result).inc()

    def batch(self, size: int) -> None:
        self.batch_size.observe(size)

    def render(self) -> bytes:
        return generate_latest(self.registry)
