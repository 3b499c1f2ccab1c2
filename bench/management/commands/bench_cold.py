import json

from django.core.management.base import BaseCommand
from django.test import override_settings

from bench.pages import clients, pages
from bench.split import measured


class Command(BaseCommand):
    help = (
        "Each benchmark page timed in the process, one request at a time: the request of "
        "median time among --repeat after one, in all and in its parts (bench.split). Run it "
        "with BENCH_CACHE=off for cold."
    )

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=5)
        parser.add_argument("--only", default="", help="pages whose name contains this")
        parser.add_argument("--json", action="store_true")

    @override_settings(PAGE_CACHE_SECONDS=0, ALLOWED_HOSTS=["*"])
    def handle(self, *args, **options):
        anonymous, logged_in = clients()
        results = []
        for page in pages():
            if options["only"] not in page.name:
                continue
            client = logged_in if page.member else anonymous
            client.get(page.url)
            measurements = []
            for _ in range(options["repeat"]):
                with measured() as parts:
                    response = client.get(page.url)
                measurements.append(parts)
            # The request of median time, whole, so that its parts add up.
            median = sorted(measurements, key=lambda parts: parts.total)[len(measurements) // 2]
            row = {
                "name": page.name,
                "status": response.status_code,
                "ms": round(median.total, 1),
                "sql_ms": round(median.sql, 1),
                "compiling_ms": round(median.compiling, 1),
                "rendering_ms": round(median.rendering, 1),
                "rest_ms": round(median.rest, 1),
                "queries": median.statements,
            }
            results.append(row)
            if not options["json"]:
                self.stdout.write(
                    f"{row['name']:<28} {row['status']} {row['ms']:>7} ms: sql {row['sql_ms']:>6}"
                    f"  compiling {row['compiling_ms']:>5}  rendering {row['rendering_ms']:>6}"
                    f"  rest {row['rest_ms']:>6}  ({row['queries']} queries)"
                )
        if options["json"]:
            self.stdout.write(json.dumps(results))
