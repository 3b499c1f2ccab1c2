"""`make bench`: builds a database of generated content, serves it with gunicorn on loopback and
measures each key page with wrk against the floor page, in one run. Prints a Markdown table
and writes the same as JSON (bench-results/bench.json).

    python -m bench.run [--sqlite] [--practices 10000] [--large 100000] [--seconds 5]
"""

import argparse
import json
import operator
import os
import platform
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(os.environ.get("BENCH_RESULTS", ROOT / "bench-results"))
PYTHON = sys.executable

# (page, minimum share of the floor's requests per second) without the whole-page cache: met
# cold (every cache off, Django's DummyCache) and warm (the cached parts of pages kept).
UNCACHED_TARGETS = {
    "practice detail": 0.10,
    "actor page": 0.10,
    "path page": 0.10,
    "practice list": 0.08,
    "practice list, 3 filters": 0.06,
    "practice list, search": 0.05,
    "practice list, common word": 0.05,
    "practice list, rare word": 0.08,
    "site search": 0.05,
    "network map": 0.05,
    "coverage matrix": 0.05,
    "review page": 0.03,
    "compare versions": 0.03,
    # The open-data API (issue 20): lists of 50 records whole, and one record.
    "api: practice list": 0.08,
    "api: practice list, search": 0.08,
    "api: practice": 0.10,
    "api: actor list": 0.08,
    "api: actor": 0.10,
}
LARGE_SEARCH_TARGET = 0.03
CACHED_TARGET = 0.5
STATIC_TARGET = 0.9
LIST_PAGES = {name for name in UNCACHED_TARGETS if name.startswith("practice list")}
LIST_QUERIES, OTHER_QUERIES = 12, 10
# An API record comes whole: a query for each kind of linked record (a practice's themes,
# stages, steps, assessments, adoptions, …), the same however many rows.
API_PAGES = {name for name in UNCACHED_TARGETS if name.startswith("api: ")}
API_QUERIES = 16
# A practice's page reads ten kinds of linked records (its steps, assessments and their
# sources, sources, stages, links and attachments, adoptions, commitments, feedback, and the
# lists of names) besides the practice itself.
PAGE_QUERIES = {"practice detail": 11}
# Every admin list and save, as a coordinator waits for it.
ADMIN_MS = 500


def log(message):
    sys.stderr.write(f"{message}\n")
    sys.stderr.flush()


# --- The databases --------------------------------------------------------------------------


def postgres_url(name, host):
    return f"postgres://postgres@{host}:5432/{name}"


def recreate_database(args, name):
    """An empty database: a new PostgreSQL database, or no SQLite file."""
    if args.sqlite:
        path = RESULTS / f"{name}.sqlite3"
        path.unlink(missing_ok=True)
        return f"sqlite:///{path}"
    import psycopg2

    connection = psycopg2.connect(host=args.pg_host, user="postgres", dbname="postgres")
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()
    return postgres_url(name, args.pg_host)


def copy_database(args, name, source):
    """A copy of the database `source` under `name`: its SQLite file, or a PostgreSQL
    database made from it as a template."""
    if args.sqlite:
        path = RESULTS / f"{name}.sqlite3"
        shutil.copyfile(RESULTS / f"{source}.sqlite3", path)
        return f"sqlite:///{path}"
    import psycopg2

    connection = psycopg2.connect(host=args.pg_host, user="postgres", dbname="postgres")
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}"')
    connection.close()
    return postgres_url(name, args.pg_host)


def environment(database_url, redis_url, page_cache_seconds=0, cold=False):
    """The server's environment; `cold`: every cache off (bench.settings, BENCH_CACHE)."""
    env = dict(os.environ)
    env.pop("BENCH_CACHE", None)
    if cold:
        env["BENCH_CACHE"] = "off"
    env.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        DJANGO_PAGE_CACHE_SECONDS=str(page_cache_seconds),
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


def manage(env, *arguments, capture=False):
    command = [PYTHON, str(ROOT / "manage.py"), *arguments]
    result = subprocess.run(
        command, env=env, cwd=ROOT, check=True, capture_output=capture, text=True
    )
    return result.stdout if capture else None


def relevance(args):
    """The relevance test set's recall on the demo content, every cache off."""
    log("The relevance test set on the demo content, every cache off …")
    url = copy_database(args, f"{args.database}_relevance", base_name(args))
    env = environment(url, args.redis, cold=True)
    return json.loads(manage(env, "bench_relevance", capture=True))


def base_name(args):
    return f"{args.database}_base"


def build_base(args):
    """The migrated database with the demo content that each of the run's databases starts
    as a copy of: migrating and loading the demo took 40 s a database."""
    started = time.monotonic()
    env = environment(recreate_database(args, base_name(args)), args.redis)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo", capture=True)
    return time.monotonic() - started


def build(args, name, scale_arguments):
    """A copy of the base with the generated content at a scale: its environment and the
    seconds it took."""
    started = time.monotonic()
    env = environment(copy_database(args, name, base_name(args)), args.redis)
    manage(env, "bench_data", "--demo-loaded", *scale_arguments)
    return env, time.monotonic() - started


# --- The server and the load ----------------------------------------------------------------


class Server:
    """gunicorn with the README's sync workers, on loopback."""

    def __init__(self, env, port, workers):
        self.env, self.port, self.workers = env, port, workers
        self.base = f"http://127.0.0.1:{port}"

    def __enter__(self):
        command = [
            str(Path(PYTHON).parent / "gunicorn"),
            "portal.wsgi",
            "--bind",
            f"127.0.0.1:{self.port}",
            "--workers",
            str(self.workers),
            "--log-level",
            "warning",
            # A cold network map or search at scale may take seconds on a busy machine.
            "--timeout",
            "300",
        ]
        self.process = subprocess.Popen(command, env=self.env, cwd=ROOT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.base}/_bench/floor", timeout=2) as answer:
                    if answer.status == 200 and len(self.worker_pids()) == self.workers:
                        return self
            except OSError:
                time.sleep(0.3)
        raise RuntimeError("gunicorn did not start")

    def __exit__(self, *exc):
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def worker_pids(self):
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()] if children.exists() else []

    def reset_peak_memory(self):
        for pid in self.worker_pids():
            # Writing 5 resets the peak resident set size (VmHWM) that the kernel tracks.
            try:
                Path(f"/proc/{pid}/clear_refs").write_text("5")
            except OSError:
                pass

    def peak_memory_mib(self):
        peaks = []
        for pid in self.worker_pids():
            status = Path(f"/proc/{pid}/status").read_text()
            match = re.search(r"VmHWM:\s+(\d+) kB", status)
            if match:
                peaks.append(int(match.group(1)) / 1024)
        return round(max(peaks), 1) if peaks else None


def wrk(url, seconds, connections, cookie=None):
    # wrk wants a connection for each of its threads.
    threads = min(2, connections)
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s"]
    command += ["-s", str(ROOT / "bench" / "wrk_report.lua")]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    output = subprocess.run(command + [url], capture_output=True, text=True, check=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("WRK_JSON "))
    figures = json.loads(line.removeprefix("WRK_JSON "))
    errors = sum(figures[k] for k in ("connect_errors", "read_errors", "write_errors", "timeouts"))
    return {
        "rps": round(figures["requests"] / (figures["duration_us"] / 1e6), 1),
        "p50_ms": round(figures["p50_us"] / 1000, 2),
        "p95_ms": round(figures["p95_us"] / 1000, 2),
        "errors": errors + figures["status_errors"],
        "requests": figures["requests"],
    }


def fetch_once(url, cookie):
    """One request alone, so that what is computed once (and cached) is computed once, not
    by every connection at the same time."""
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    with urllib.request.urlopen(request, timeout=300) as answer:
        answer.read()


def measure(server, page, args, cookie):
    url = server.base + page["url"]
    fetch_once(url, cookie if page["member"] else None)
    if args.warm_up:
        wrk(url, args.warm_up, args.connections, cookie if page["member"] else None)
    server.reset_peak_memory()
    figures = wrk(url, args.seconds, args.connections, cookie if page["member"] else None)
    figures["peak_mib"] = server.peak_memory_mib()
    log(f"  {page['name']:<26} {figures['rps']:>8.1f} req/s  p95 {figures['p95_ms']} ms")
    return figures


def run_phase(name, env, pages, args, cookie):
    log(f"{name}:")
    results = {}
    with Server(env, args.port, args.workers) as server:
        for page in pages:
            results[page["name"]] = measure(server, page, args, cookie)
    floor = results["floor"]["rps"]
    for figures in results.values():
        # No floor answered (a machine too busy for a one-second run): no ratios either.
        figures["ratio"] = round(figures["rps"] / floor, 3) if floor else None
    return results


# --- The report -----------------------------------------------------------------------------


COMPARISONS = {">=": operator.ge, "<=": operator.le, "==": operator.eq}


def target(name, measured, wanted, comparison=">="):
    # "==" compared as "<=" before: a False "equal at both scales" counted as met.
    met = measured is not None and COMPARISONS[comparison](measured, wanted)
    return {"target": name, "measured": measured, "wanted": f"{comparison} {wanted}", "met": met}


def evaluate(report):
    pages, small = report["pages"], {p["name"]: p for p in report["small_pages"]}
    cold, uncached, cached = report.get("cold", {}), report["uncached"], report["cached"]
    checks = []
    for page in pages:
        name = page["name"]
        if name in ("floor", "static file"):
            continue
        limit = LIST_QUERIES if name in LIST_PAGES else OTHER_QUERIES
        limit = API_QUERIES if name in API_PAGES else limit
        limit = PAGE_QUERIES.get(name, limit)
        checks.append(target(f"queries: {name}", page["queries"], limit, "<="))
        checks.append(
            target(
                f"queries at {report['small_scale']} = at {report['scale']} practices: {name}",
                small[name]["queries"] == page["queries"],
                True,
                "==",
            )
        )
    for name, wanted in UNCACHED_TARGETS.items():
        if name in cold:
            checks.append(target(f"cold: {name}", cold[name]["ratio"], wanted))
        if name in uncached:  # Every page unless the run chose some (--load-page).
            checks.append(target(f"warm: {name}", uncached[name]["ratio"], wanted))
    if report.get("large"):
        ratio = report["large"]["practice list, search"]["ratio"]
        checks.append(
            target(f"uncached at {report['large_scale']}: practice list, search", ratio, 0.03)
        )
    for name, figures in cached.items():
        if name not in ("floor", "static file"):
            checks.append(target(f"cached: {name}", figures["ratio"], CACHED_TARGET))
    checks.append(target("static file", uncached["static file"]["ratio"], STATIC_TARGET))
    checks += admin_targets(report)
    for language, found in report.get("relevance", {}).items():
        for where in ("site", "list"):
            checks.append(
                target(f"relevance set, {RECALLED_IN[where]} ({language})", *found[where], "==")
            )
    phases = ("cold", "uncached", "cached")
    errors = sum(f["errors"] for phase in phases for f in report.get(phase, {}).values())
    checks.append(target("no errors and no non-2xx answers", errors, 0, "<="))
    for check in checks:
        if check["wanted"] == "== True":
            check["measured"], check["wanted"] = check["measured"], "equal"
    return checks


def admin_targets(report):
    """Each admin list and save under ADMIN_MS, each save saved (a redirect), and each list's
    queries the same at both scales."""
    if "admin" not in report:
        return []
    checks = []
    small = {t["name"]: t for t in report.get("small_admin", {}).get("lists", [])}
    for kind in ("lists", "saves"):
        for timing in report["admin"][kind]:
            what = f"admin {kind[:-1]}: {timing['name']}"
            checks.append(target(f"{what} (ms)", timing["ms"], ADMIN_MS, "<="))
            wanted = 200 if kind == "lists" else 302
            checks.append(target(f"{what} answers {wanted}", timing["status"], wanted, "=="))
            if kind == "lists" and timing["name"] in small:
                equal = small[timing["name"]]["queries"] == timing["queries"]
                checks.append(
                    target(
                        f"queries at {report['small_scale']} = at {report['scale']} "
                        f"practices: {what}",
                        equal,
                        True,
                        "==",
                    )
                )
    return checks


def admin_markdown(report):
    admin = report.get("admin")
    if not admin:
        return []
    saves = {t["name"]: t for t in admin["saves"]}
    lines = [
        "",
        "Admin, as a logged-in coordinator (median of three after one, in the process: "
        "all / of the process alone):",
        "",
        "| admin | list ms | list cpu ms | list queries | save ms | save cpu ms | save queries |",
        "|---|--:|--:|--:|--:|--:|--:|",
    ]
    for timing in admin["lists"]:
        save = saves.get(timing["name"])
        saved = f"{save['ms']} | {save['cpu_ms']} | {save['queries']}" if save else "– | – | –"
        lines.append(
            f"| {timing['name']} | {timing['ms']} | {timing['cpu_ms']} | {timing['queries']} | "
            f"{saved} |"
        )
    return lines


RECALLED_IN = {"site": "site search", "list": "practice list"}


def relevance_markdown(report):
    """The relevance set's recall: queries whose record is among the first three."""
    if not report.get("relevance"):
        return []
    lines = [
        "",
        "Relevance test set (tests/portal/relevance_queries.py) on the demo content: queries "
        "that find their record among the first three of its kind.",
        "",
        "| language | site search | practice list | missed |",
        "|---|--:|--:|---|",
    ]
    for language, found in report["relevance"].items():
        site, listed = found["site"], found["list"]
        missed = ", ".join(found["missed"]) or "–"
        lines.append(f"| {language} | {site[0]}/{site[1]} | {listed[0]}/{listed[1]} | {missed} |")
    return lines


def markdown(report):
    lines = [
        f"Scale: {report['scale']} practices (query counts also at {report['small_scale']}); "
        f"database {report['database']}; {report['workers']} gunicorn workers; wrk with "
        f"{report['connections']} connections, {report['seconds']} s a page.",
        "",
        "Cold: every cache off (Django's DummyCache). Warm: the cached parts of pages kept, "
        "the whole-page cache off. Cached: the whole page cached for anonymous visitors.",
        "",
        "| page | queries | cold p50 ms | cold req/s | cold × floor | warm p50 ms | warm p95 ms "
        "| warm req/s | warm × floor | cached req/s | cached × floor | peak MiB |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for page in report["pages"]:
        name = page["name"]
        k, u, c = (
            report.get("cold", {}).get(name),
            report["uncached"].get(name),
            report["cached"].get(name),
        )
        cold = f"{k['p50_ms']} | {k['rps']} | {k['ratio']}" if k else "– | – | –"
        warm = (
            f"{u['p50_ms']} | {u['p95_ms']} | {u['rps']} | {u['ratio']}" if u else "– | – | – | –"
        )
        cached = f"{c['rps']} | {c['ratio']}" if c else "– | –"
        peak = u["peak_mib"] if u else "–"
        lines.append(f"| {name} | {page['queries']} | {cold} | {warm} | {cached} | {peak} |")
    if report.get("large"):
        for name, f in report["large"].items():
            lines.append(
                f"| {name} at {report['large_scale']} | – | – | – | – | {f['p50_ms']} | "
                f"{f['p95_ms']} | {f['rps']} | {f['ratio']} | – | – | {f['peak_mib']} |"
            )
    lines += admin_markdown(report)
    lines += relevance_markdown(report)
    lines += ["", "| target | wanted | measured | met |", "|---|---|---|---|"]
    for check in report["targets"]:
        lines.append(
            f"| {check['target']} | {check['wanted']} | {check['measured']} | "
            f"{'yes' if check['met'] else '**no**'} |"
        )
    met = sum(check["met"] for check in report["targets"])
    lines += ["", f"{met} of {len(report['targets'])} targets met."]
    return "\n".join(lines)


def machine():
    def first(pattern, text):
        match = re.search(pattern, text, re.M)
        return match.group(1).strip() if match else "?"

    cpuinfo = Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").exists() else ""
    meminfo = Path("/proc/meminfo").read_text() if Path("/proc/meminfo").exists() else ""
    return {
        "nproc": os.cpu_count(),
        "cpu": first(r"^model name\s*:\s*(.+)$", cpuinfo),
        "ram_gib": round(int(first(r"^MemTotal:\s+(\d+)", meminfo) or 0) / 1024 / 1024, 1),
        "python": platform.python_version(),
        "load_before": os.getloadavg()[0],
    }


# --- The run --------------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sqlite", action="store_true", help="SQLite instead of PostgreSQL")
    parser.add_argument("--practices", type=int, default=10_000)
    parser.add_argument("--small", type=int, default=100, help="scale of the query-count check")
    parser.add_argument("--large", type=int, default=100_000, help="scale of the search check")
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument(
        "--warm-up", type=int, default=1, help="seconds of load before each page's; 0: none"
    )
    parser.add_argument(
        "--load-page",
        dest="load_pages",
        action="append",
        metavar="NAME",
        help="measure only this page under load (repeatable; the floor and the static file "
        "always); every page is still probed for its answer and its queries",
    )
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=max(2, 2 * (os.cpu_count() or 1)))
    parser.add_argument("--port", type=int, default=int(os.environ.get("BENCH_PORT", 18000)))
    parser.add_argument("--database", default=os.environ.get("BENCH_DATABASE", "tietopankki_bench"))
    parser.add_argument(
        "--redis", default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")
    )
    parser.add_argument("--pg-host", default="127.0.0.1")
    parser.add_argument(
        "--no-relevance",
        dest="relevance",
        action="store_false",
        help="skip the relevance test set's recall (a minute: the demo loaded and searched)",
    )
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is missing: apt-get install wrk (make bench installs it).")
    RESULTS.mkdir(exist_ok=True)
    started = time.monotonic()
    report = {
        "machine": machine(),
        "scale": args.practices,
        "small_scale": args.small,
        "database": "SQLite" if args.sqlite else "PostgreSQL",
        "workers": args.workers,
        "connections": args.connections,
        "seconds": args.seconds,
    }

    log("Migrating a database and loading the demo content …")
    base_seconds = build_base(args)
    log(f"Building the {args.small}-practice database for the query counts …")
    small_scale = ["--practices", str(args.small), "--sources", "20", "--comments", "300"]
    small_env, _seconds = build(args, f"{args.database}_small", small_scale)
    # The pages name the hashed static files: a fresh clone has none collected yet.
    manage(small_env, "collectstatic", "--noinput", "-v0")

    if args.relevance:
        report["relevance"] = relevance(args)

    report["small_pages"] = json.loads(manage(small_env, "bench_probe", capture=True))["pages"]
    report["small_admin"] = json.loads(manage(small_env, "bench_admin", capture=True))

    log(f"Building the {args.practices}-practice database …")
    env, seconds = build(args, args.database, ["--practices", str(args.practices)])
    report["build_seconds"] = round(base_seconds + seconds)
    probe = json.loads(manage(env, "bench_probe", capture=True))
    report["pages"] = probe["pages"]
    bad = [p["name"] for p in probe["pages"] if p["status"] != 200]
    if bad:
        sys.exit(f"These pages did not answer 200: {', '.join(bad)}")
    report["machine"].update(probe["versions"])

    pages, cookie = probe["pages"], probe["member_cookie"]
    if args.load_pages:
        unknown = set(args.load_pages) - {page["name"] for page in pages}
        if unknown:
            sys.exit(f"No such pages: {', '.join(sorted(unknown))}")
        always = {"floor", "static file", *args.load_pages}
        pages = [page for page in pages if page["name"] in always]
    cold_env = environment(env["DATABASE_URL"], args.redis, cold=True)
    report["cold"] = run_phase("Cold (every cache off)", cold_env, pages, args, cookie)
    report["uncached"] = run_phase("Warm (cached parts kept)", env, pages, args, cookie)
    cached_env = environment(env["DATABASE_URL"], args.redis, page_cache_seconds=600)
    report["cached"] = run_phase(
        "Cached", cached_env, [p for p in pages if p["cached"]], args, cookie
    )
    log("Admin lists and saves …")
    report["admin"] = json.loads(manage(env, "bench_admin", capture=True))
    if args.large > args.practices:
        log(f"Copying the practices up to {args.large} …")
        manage(env, "bench_expand", str(args.large))
        report["large_scale"] = args.large
        wanted = [p for p in pages if p["name"] in ("floor", "practice list, search")]
        report["large"] = run_phase(f"Uncached at {args.large}", env, wanted, args, cookie)
    report["targets"] = evaluate(report)
    report["seconds_total"] = round(time.monotonic() - started)
    (RESULTS / "bench.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    table = markdown(report)
    (RESULTS / "bench.md").write_text(table + "\n")
    sys.stdout.write(table + "\n")
    log(f"Done in {report['seconds_total']} s; bench-results/bench.json and bench.md written.")
    return 0 if all(check["met"] for check in report["targets"]) else 1


if __name__ == "__main__":
    sys.exit(main())
