"""The admin's side of the history, on every content admin (portal.content_admin): each
record's history with what every change did (its own and its inline rows'), restoring an
earlier state, and the deleted records of a model with a way to recover them.

django-simple-history's own admin shows the changes with the fields' names and the links as
rows of their through tables, and its revert is the change form filled with the old values;
these pages name the fields and languages, show the links' names and cover the inline rows
and deleted records, and a restore goes through the model's own rules."""

import heapq

from django.contrib import messages
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from portal.history.changes import (
    DELETED,
    describe,
    history_entries,
    previous_records,
    record_label,
)
from portal.history.restore import RestoreRefused, history_of, is_tracked, restore

PAGE_SIZE = 50


class HistoryAdminMixin:
    """For a ModelAdmin of a tracked model."""

    object_history_template = "admin/portal/history/object_history.html"

    def get_urls(self):
        opts = self.model._meta
        name = f"{opts.app_label}_{opts.model_name}"
        wrap = self.admin_site.admin_view
        own = []
        if is_tracked(self.model):
            own = [
                path("deleted/", wrap(self.deleted_view), name=f"{name}_deleted"),
                path(
                    "<path:object_id>/history/<str:label>/<int:history_id>/restore/",
                    wrap(self.restore_view),
                    name=f"{name}_restore",
                ),
            ]
        return own + super().get_urls()

    # --- What the history of an object covers -------------------------------------------

    def history_sources(self):
        """(model, the column naming the object) for the object and its inline rows."""
        sources = [(self.model, "id")]
        for inline in self.inlines:
            child = inline.model
            if not is_tracked(child):
                continue
            keys = [
                f
                for f in child._meta.concrete_fields
                if f.is_relation
                and f.related_model is self.model
                and (inline.fk_name is None or f.name == inline.fk_name)
            ]
            if keys:
                sources.append((child, keys[0].attname))
        return sources

    def source_for(self, label):
        for model, column in self.history_sources():
            if model._meta.label_lower == label:
                return model, column
        raise Http404

    def restorable_fields(self, request, model, parent):
        """The fields a coordinator edits in this admin: a restore takes those."""
        if model is self.model:
            form = self.get_form(request, parent, change=True)
            return set(form.base_fields)
        for inline in self.get_inline_instances(request, parent):
            if inline.model is model:
                return set(inline.get_formset(request, parent).form.base_fields)
        return set()

    # --- The pages --------------------------------------------------------------------------

    def object_id(self, quoted):
        """The object's id from the address; a malformed one is not found."""
        try:
            return self.model._meta.pk.to_python(unquote(quoted))
        except ValidationError:
            raise Http404 from None

    def history_view(self, request, object_id, extra_context=None):
        object_id = self.object_id(object_id)
        obj = self.get_object(request, object_id)
        latest = history_of(self.model).objects.filter(id=object_id).first()
        if obj is None and latest is None:
            raise Http404
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        asked = request.GET.get("p", "")
        page = int(asked) if asked.isdigit() and 0 < int(asked) < 10_000 else 1
        entries, more = self.history_page(object_id, page)
        may_restore = obj is not None and self.has_change_permission(request, obj)
        may_recover = obj is None and self.has_add_permission(request)
        for entry in entries:
            entry.is_inline_row = entry.model is not self.model
            entry.restore_url = (
                self.restore_url(object_id, entry.model, entry.record) if may_restore else None
            )
        name = str(obj) if obj is not None else record_label(latest, self.model)
        context = {
            **self.admin_site.each_context(request),
            "title": _("History: %(name)s") % {"name": name},
            "subtitle": None,
            "object": obj,
            "object_name": name,
            "deleted_record": latest if obj is None else None,
            "recover_url": self.restore_url(object_id, self.model, latest)
            if may_recover and latest.history_type == DELETED
            else None,
            "opts": self.model._meta,
            "app_label": self.model._meta.app_label,
            "entries": entries,
            "page": page,
            "next_page": page + 1 if more else None,
            **(extra_context or {}),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.object_history_template, context)

    def history_page(self, object_id, page):
        """The page's records of the object and its inline rows, newest first."""
        wanted = page * PAGE_SIZE
        streams = []
        for model, column in self.history_sources():
            records = list(
                history_of(model)
                .objects.filter(**{column: object_id})
                .select_related("history_user")
                .order_by("-history_date", "-history_id")[: wanted + 1]
            )
            streams.append([(r.history_date, r.history_id, model, r) for r in records])
        merged = list(heapq.merge(*streams, key=lambda item: (item[0], item[1]), reverse=True))
        shown = merged[(page - 1) * PAGE_SIZE : wanted]
        by_model = {}
        for _date, _id, model, record in shown:
            by_model.setdefault(model, []).append(record)
        described = {}
        for model, records in by_model.items():
            for entry in history_entries(history_of(model), records):
                described[(model, entry.record.history_id)] = entry
        entries = [described[(model, record.history_id)] for _d, _i, model, record in shown]
        return entries, len(merged) > wanted

    def restore_url(self, object_id, model, record):
        opts = self.model._meta
        return reverse(
            f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_restore",
            args=[quote(object_id), model._meta.label_lower, record.history_id],
        )

    def restore_view(self, request, object_id, label, history_id):
        object_id = self.object_id(object_id)
        model, column = self.source_for(label)
        history_model = history_of(model)
        record = get_object_or_404(history_model, history_id=history_id, **{column: object_id})
        opts = model._meta
        current = model._default_manager.filter(pk=record.id).first()
        needed = "change" if current is not None else "add"
        if not request.user.has_perm(f"{opts.app_label}.{needed}_{opts.model_name}"):
            raise PermissionDenied
        parent = self.get_object(request, object_id)
        history_url = reverse(
            f"{self.admin_site.name}:{self.model._meta.app_label}_"
            f"{self.model._meta.model_name}_history",
            args=[quote(object_id)],
        )
        fields = None if current is None else self.restorable_fields(request, model, parent)
        if request.method == "POST":
            try:
                restored = restore(record, fields)
            except RestoreRefused as refused:
                self.message_user(
                    request,
                    _("Not restored: %(reason)s") % {"reason": " ".join(refused.messages)},
                    messages.ERROR,
                )
                return HttpResponseRedirect(history_url)
            self.message_user(
                request,
                _("%(kind)s “%(name)s” restored as it was on %(date)s.")
                % {
                    "kind": capfirst(opts.verbose_name),
                    "name": restored,
                    "date": self.when(record),
                },
                messages.SUCCESS,
            )
            return HttpResponseRedirect(history_url)
        latest = history_model.objects.filter(id=record.id).first()
        if current is None:
            preview = describe(history_model, [(record, None)])[0]
        else:
            shown = record
            if record.history_type == DELETED:
                shown = previous_records(history_model, [record]).get(record.history_id)
            preview = describe(history_model, [(shown, latest)], fields)[0]
        context = {
            **self.admin_site.each_context(request),
            "title": _("Restore an earlier state")
            if current is not None
            else _("Recover a deleted record"),
            "subtitle": None,
            "opts": self.model._meta,
            "app_label": self.model._meta.app_label,
            "record": record,
            "kind": capfirst(opts.verbose_name),
            "name": record_label(record, model),
            "when": self.when(record),
            "preview": preview,
            "recovering": current is None,
            "history_url": history_url,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/portal/history/restore.html", context)

    def deleted_view(self, request):
        if not (self.has_view_or_change_permission(request) and self.has_add_permission(request)):
            raise PermissionDenied
        history_model = history_of(self.model)
        records = list(
            history_model.objects.filter(history_type=DELETED)
            .exclude(id__in=self.model._default_manager.values("pk"))
            .select_related("history_user")
            .order_by("-history_date", "-history_id")[: PAGE_SIZE * 4]
        )
        latest = {}
        for record in records:
            latest.setdefault(record.id, record)
        rows = [
            {
                "record": record,
                "name": record_label(record, self.model),
                "history_url": reverse(
                    f"{self.admin_site.name}:{self.model._meta.app_label}_"
                    f"{self.model._meta.model_name}_history",
                    args=[quote(record.id)],
                ),
                "recover_url": self.restore_url(record.id, self.model, record),
            }
            for record in latest.values()
        ]
        context = {
            **self.admin_site.each_context(request),
            "title": _("Deleted %(things)s") % {"things": self.model._meta.verbose_name_plural},
            "subtitle": None,
            "opts": self.model._meta,
            "app_label": self.model._meta.app_label,
            "rows": rows,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/portal/history/deleted.html", context)

    @staticmethod
    def when(record):
        return formats.localize(timezone.localtime(record.history_date))
