"""Who makes a change and through what: a request (its user and page), a management command
(its name, and the user it was given), or a shell. One unit of work also gathers the records
it wrote, so that the many-to-many links saved after a form's object join its record."""

import sys
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path

ADMIN = "admin"
SYSTEM = "system"


@dataclass
class Unit:
    """A request or a command: whoever acts, through what, and the records written so far."""

    user: object = None
    via: str = ""
    request: object = None
    records: dict = field(default_factory=dict)

    def acting_user(self):
        if self.request is not None:
            user = getattr(self.request, "user", None)
            return user if user is not None and user.is_authenticated else None
        return self.user

    def made_through(self):
        if self.request is None:
            return self.via
        match = getattr(self.request, "resolver_match", None)
        if match is None:
            return self.request.path[:100]
        return ADMIN if match.namespaces[:1] == [ADMIN] else match.view_name[:100]


_unit = ContextVar("portal_history_unit", default=None)


@contextmanager
def acting(via, user=None):
    """Changes made inside the block are recorded as made by `user` (or nobody: the system)
    through `via`, such as a command's name."""
    token = _unit.set(Unit(user=user, via=via))
    try:
        yield
    finally:
        _unit.reset(token)


def current_unit():
    return _unit.get()


def process_via():
    """Outside requests and named blocks: the management command this process runs (shell,
    load_demo, …), else the system."""
    argv = sys.argv
    if len(argv) > 1 and Path(argv[0]).name in {"manage.py", "django-admin"}:
        return argv[1][:100]
    return SYSTEM


def current_user():
    unit = current_unit()
    return unit.acting_user() if unit else None


def current_via():
    unit = current_unit()
    return unit.made_through() if unit else process_via()


def history_user(request=None, instance=None, **kwargs):
    """django-simple-history's `get_user`: the request's user, else the unit's."""
    if request is not None and request.user.is_authenticated:
        return request.user
    return current_user()


class HistoryUnitMiddleware:
    """Each request is one unit of work: its user and the page it was made through."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _unit.set(Unit(request=request))
        try:
            return self.get_response(request)
        finally:
            _unit.reset(token)
