"""Two people register for the last place at the same moment, each request on its own
database connection: one gets the place, the other the waiting list. PostgreSQL only: SQLite
has no row locks and serialises writers itself."""

import threading
import time

import pytest
from django.db import connection, connections

from events import registrations
from events.models import Registration
from tests.events.test_events import make_event

pytestmark = pytest.mark.django_db(transaction=True)


def test_of_two_registrations_for_the_last_place_one_gets_it(monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("two truly concurrent registrations need PostgreSQL's row locks")
    event = make_event(capacity=1)
    counted = registrations.places_left

    def slow_count(locked_event):
        # Both requests count before either writes, unless the event's row keeps them apart.
        left = counted(locked_event)
        time.sleep(0.3)
        return left

    monkeypatch.setattr(registrations, "places_left", slow_count)
    released = threading.Barrier(2)

    def register(email):
        try:
            released.wait()
            registrations.register(event, {"name": "N", "email": email}, "fi")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=register, args=(f"{n}@example.org",)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    statuses = sorted(Registration.objects.values_list("status", flat=True))
    assert statuses == ["confirmed", "waiting"]
