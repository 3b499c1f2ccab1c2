"""`make loadtest`: two gunicorn app servers on loopback sharing one PostgreSQL and one Redis,
as deployed; 60 seconds of mixed browsing by 32 clients over both while a coordinator edits a
practice and posts comments through one of them. Fails on any error, any 5xx, or the other
server serving a page without the text just saved.

    python -m bench.loadtest [--seconds 60] [--clients 32] [--practices 2000]
"""

import argparse
import json
import os
import re
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter

from bench.run import RESULTS, Server, environment, log, manage, recreate_database

BROWSING = [
    "/fi/kaytannot/",
    "/fi/kaytannot/?theme=tyollisyys&evidence=1",
    "/sv/praxis/?q=utbildning",
    "/fi/kaytannot/?q=kotoutuminen&municipality=vaasa",
    "/fi/verkostokartta/",
    "/fi/kattavuus/",
    "/fi/toimijat/",
    "/fi/polut/aikuiset/",
]


def get(url, cookie=None):
    """(status, text); the status is "timeout" or "refused" when no answer came."""
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    try:
        with urllib.request.urlopen(request, timeout=60) as answer:
            return answer.status, answer.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, ""
    except TimeoutError:
        return "timeout", ""
    except OSError:
        return "refused", ""


def post_comment(base, path, cookie, text):
    """A member's comment on the first section, sent as the browser sends it: the form's
    CSRF token and cookie, then the POST. Returns the status of the page it leads to."""
    request = urllib.request.Request(base + path, headers={"Cookie": cookie})
    with urllib.request.urlopen(request, timeout=60) as answer:
        page = answer.read().decode()
        cookies = answer.headers.get_all("Set-Cookie") or []
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    section = re.search(r'name="section" value="(\d+)"', page).group(1)
    csrf = next(c.split(";")[0] for c in cookies if c.startswith("csrftoken="))
    data = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": token, "section": section, "text": text}
    ).encode()
    request = urllib.request.Request(
        base + path, data=data, headers={"Cookie": f"{cookie}; {csrf}", "Referer": base + path}
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as answer:
            answer.read()
            return answer.status
    except urllib.error.HTTPError as error:
        return error.code


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.statuses = Counter()
        self.stale = []

    def add(self, status):
        with self.lock:
            self.statuses[status] += 1


def browse(bases, pages, cookie, deadline, tally, offset):
    index = offset
    while time.monotonic() < deadline:
        base = bases[index % len(bases)]
        path, member = pages[index % len(pages)]
        status, _body = get(base + path, cookie if member else None)
        tally.add(status)
        index += 1


def coordinate(bases, target, deadline, tally):
    """Edits a practice (a model save, as the admin makes it) and comments through the first
    server; reads both at once through the second."""
    env = target["env"]
    round_ = 0
    while time.monotonic() < deadline:
        round_ += 1
        text = f"Kuormitustesti {round_} {time.time_ns()}"
        manage(env, "loadtest_edit", target["slug"], text)
        status, body = get(bases[1] + target["url"])
        tally.add(status)
        # The summary is drawn for each request, the description comes from the cached part.
        description = body.partition('id="description-heading"')[2]
        if text not in body or text not in description:
            tally.stale.append(("practice", round_))
        comment = f"Kommentti {round_} {time.time_ns()}"
        tally.add(post_comment(bases[0], target["review"], target["cookie"], comment))
        status, body = get(bases[1] + target["review"], target["cookie"])
        tally.add(status)
        if comment not in body:
            tally.stale.append(("comment", round_))
        time.sleep(2)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--practices", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--port", type=int, default=int(os.environ.get("BENCH_PORT", 18100)))
    parser.add_argument(
        "--database", default=os.environ.get("LOADTEST_DATABASE", "tietopankki_loadtest")
    )
    parser.add_argument(
        "--redis", default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")
    )
    parser.add_argument("--pg-host", default="127.0.0.1")
    parser.add_argument("--sqlite", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    RESULTS.mkdir(exist_ok=True)
    env = environment(recreate_database(args, args.database), args.redis, 600)
    log(f"Building a database of {args.practices} practices …")
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "bench_data", "--practices", str(args.practices), "--comments", "300")
    manage(env, "collectstatic", "--noinput", "-v0")
    probe = json.loads(manage(env, "bench_probe", capture=True))
    by_name = {page["name"]: page for page in probe["pages"]}
    pages = [(path, False) for path in BROWSING]
    pages += [(by_name["practice detail"]["url"], False)]
    pages += [(by_name["review page"]["url"], True), (by_name["compare versions"]["url"], True)]
    target = {
        "env": env,
        "review": by_name["review page"]["url"],
        "cookie": probe["member_cookie"],
        "url": by_name["practice detail"]["url"],
        "slug": by_name["practice detail"]["url"].rstrip("/").rsplit("/", 1)[-1],
    }
    tally = Tally()
    with (
        Server(env, args.port, args.workers) as one,
        Server(env, args.port + 1, args.workers) as two,
    ):
        bases = [one.base, two.base]
        # Each page once on each server first: what is computed once is then cached for all.
        for base in bases:
            for path, member in pages:
                tally.add(get(base + path, probe["member_cookie"] if member else None)[0])
        deadline = time.monotonic() + args.seconds
        threads = [
            threading.Thread(
                target=browse,
                args=(bases, pages, probe["member_cookie"], deadline, tally, n),
            )
            for n in range(args.clients)
        ]
        threads.append(threading.Thread(target=coordinate, args=(bases, target, deadline, tally)))
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    errors = sum(
        n for status, n in tally.statuses.items() if not isinstance(status, int) or status >= 400
    )
    report = {
        "seconds": args.seconds,
        "clients": args.clients,
        "requests": sum(tally.statuses.values()),
        "statuses": {str(k): v for k, v in sorted(tally.statuses.items(), key=str)},
        "errors": errors,
        "stale_reads_after_edit": len(tally.stale),
    }
    (RESULTS / "loadtest.json").write_text(json.dumps(report, indent=2))
    sys.stdout.write(json.dumps(report, indent=2) + "\n")
    ok = errors == 0 and not tally.stale
    sys.stdout.write("Load test passed.\n" if ok else "Load test FAILED.\n")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
