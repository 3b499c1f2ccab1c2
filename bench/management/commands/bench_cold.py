import json
import statistics
import time

from django.core.management.base import BaseCommand
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from bench.pages import clients, pages


class Command(BaseCommand):
    help = (
        "Each benchmark page timed in the process, one request at a time: the median of "
        "--repeat requests after one, in all and in SQL. Run it with BENCH_CACHE=off for cold."
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
            totals, sql = [], []
            for _ in range(options["repeat"]):
                with CaptureQueriesContext(connection) as queries:
                    started = time.perf_counter()
                    response = client.get(page.url)
                    totals.append((time.perf_counter() - started) * 1000)
                sql.append(sum(float(q["time"]) for q in queries.captured_queries) * 1000)
            row = {
                "name": page.name,
                "status": response.status_code,
                "ms": round(statistics.median(totals), 1),
                "sql_ms": round(statistics.median(sql), 1),
                "queries": len(queries),
            }
            results.append(row)
            if not options["json"]:
                self.stdout.write(
                    f"{row['name']:<28} {row['status']} {row['ms']:>8} ms  "
                    f"sql {row['sql_ms']:>7} ms  {row['queries']} queries"
                )
        if options["json"]:
            self.stdout.write(json.dumps(results))
