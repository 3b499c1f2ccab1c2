"""The admin as the coordinators use it, measured at scale: every list, and a save of the
largest record of every model, as a browser sends the form.

A save posts back the change form exactly as the admin drew it (every field, inline and
management form), so it costs what a coordinator's "Save" costs."""

import statistics
import time
from dataclasses import dataclass

import html5lib
from django.contrib import admin
from django.db import connection
from django.db.models import Count
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from agreements.models import Version
from portal.roles import COORDINATOR_APPS

REPEATS = 3
# The record whose form is the heaviest, per model: the most of what its page shows.
LARGEST = {
    "practices.practice": "steps",
    "practices.source": "assessments",
    "monitoring.indicator": "observations",
    "networks.actor": "ties_out",
    "networks.integrationpath": "stages",
    "networks.municipality": "practices",
    "agreements.agreement": "versions",
    "agreements.party": "commitments",
}


@dataclass(frozen=True)
class Timing:
    name: str
    url: str
    status: int
    ms: float
    cpu_ms: float
    queries: int

    def as_dict(self):
        return {
            "name": self.name,
            "url": self.url,
            "status": self.status,
            "ms": self.ms,
            "cpu_ms": self.cpu_ms,
            "queries": self.queries,
        }


def timed(client, method, url, form=None, repeats=REPEATS):
    """The median time of `repeats` requests after a first one, in all and of this process
    alone (what a busy machine's other work does not inflate), and the last one's queries.
    A post sends `form()`, the form as the page shows it just before (a save moves on the
    revision of what it saved, so an older form would be refused)."""
    send = getattr(client, method)
    response = send(url, form()) if form else send(url)
    times, cpu_times = [], []
    for _repeat in range(repeats):
        data = form() if form else None
        started, cpu_started = time.perf_counter(), time.process_time()
        with CaptureQueriesContext(connection) as queries:
            response = send(url, data) if form else send(url)
        times.append((time.perf_counter() - started) * 1000)
        cpu_times.append((time.process_time() - cpu_started) * 1000)
    median = statistics.median
    return response, round(median(times), 1), round(median(cpu_times), 1), len(queries)


def form_data(html, form_id):
    """What a browser sends for the form `form_id` of `html` when its submit is pressed."""
    document = html5lib.parse(html, namespaceHTMLElements=False)
    form = document.find(f".//form[@id='{form_id}']")
    if form is None:
        raise ValueError(f"no form {form_id}")
    data = {}

    def add(name, value):
        data.setdefault(name, []).append(value)

    for element in form.iter():
        name = element.get("name")
        if not name or element.get("disabled") is not None:
            continue
        if element.tag == "input":
            kind = element.get("type", "text")
            if kind in ("checkbox", "radio"):
                if element.get("checked") is not None:
                    add(name, element.get("value", "on"))
            elif kind not in ("submit", "button", "file", "image", "reset"):
                add(name, element.get("value", ""))
        elif element.tag == "textarea":
            text = element.text or ""
            add(name, text[1:] if text.startswith("\n") else text)
        elif element.tag == "select":
            chosen = [o for o in element.iter("option") if o.get("selected") is not None]
            if not chosen and element.get("multiple") is None:
                chosen = list(element.iter("option"))[:1]
            for option in chosen:
                add(name, option.get("value", option.text or ""))
    data["_save"] = ["Save"]
    return data


def largest(model):
    label = model._meta.label_lower
    queryset = model._default_manager.all()
    if label == "agreements.version":
        # Only a draft's text can be saved; the one with most sections.
        queryset = queryset.filter(status=Version.Status.DRAFT)
        return queryset.annotate(n=Count("sections")).order_by("-n", "pk").first()
    if label == "agreements.commitment":
        queryset = queryset.filter(version__status=Version.Status.DRAFT)
    if label in LARGEST:
        return queryset.annotate(n=Count(LARGEST[label])).order_by("-n", "pk").first()
    return queryset.order_by("pk").first()


def measure(client):
    """(lists, saves): a Timing for every admin's list and for a save of its largest record."""
    lists, saves = [], []
    for model in admin.site._registry:
        if model._meta.app_label not in COORDINATOR_APPS:
            continue
        prefix = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        name = str(model._meta.verbose_name_plural)
        url = reverse(f"{prefix}_changelist")
        response, *figures = timed(client, "get", url)
        lists.append(Timing(name, url, response.status_code, *figures))
        obj = largest(model)
        if obj is None:
            continue
        url = reverse(f"{prefix}_change", args=[obj.pk])
        form_id = f"{model._meta.model_name}_form"

        def form(url=url, form_id=form_id):
            return form_data(client.get(url).content.decode(), form_id)

        try:
            form()
        except ValueError:  # no form to save: the record is read only
            continue
        response, *figures = timed(client, "post", url, form)
        saves.append(Timing(name, url, response.status_code, *figures))
    return lists, saves
