from django.apps import AppConfig


class BenchConfig(AppConfig):
    """The benchmark's data generator and probes; installed only by bench.settings."""

    name = "bench"
    verbose_name = "Benchmark"
