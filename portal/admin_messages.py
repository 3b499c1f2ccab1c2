"""Django's admin messages that are built from a model's verbose name, translated again.

Django's Finnish catalogue puts the verbose name where Finnish needs another case ("Muokkaa
käytäntö" for "Change practice", "3 "käytännöt"-kohdetta poistettu") or starts a sentence
with it in lower case ("käytäntö "X" on lisätty."). Our catalogue (LOCALE_PATHS) comes before
Django's, so the same msgids translated there win; marking them here keeps makemessages from
dropping them as unused. Swedish keeps Django's wording with Swedish quotation marks.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

MESSAGES = (
    # The headings of the change form and of the action that deletes the selected rows.
    gettext_noop("Change %s"),
    gettext_noop("Delete selected %(verbose_name_plural)s"),
    # The messages after a save or a deletion.
    gettext_noop("The {name} “{obj}” was added successfully."),
    gettext_noop("The {name} “{obj}” was added successfully. You may add another {name} below."),
    gettext_noop("The {name} “{obj}” was changed successfully."),
    gettext_noop("The {name} “{obj}” was changed successfully. You may edit it again below."),
    gettext_noop("The {name} “{obj}” was changed successfully. You may add another {name} below."),
    gettext_noop("The %(name)s “%(obj)s” was deleted successfully."),
    gettext_noop("Successfully deleted %(count)d %(items)s."),
    gettext_noop("%(name)s with ID “%(key)s” doesn’t exist. Perhaps it was deleted?"),
    # The history of an object.
    gettext_noop("Added {name} “{object}”."),
    gettext_noop("Changed {fields} for {name} “{object}”."),
    gettext_noop("Deleted {name} “{object}”."),
    # The confirmation before the selected rows are deleted.
    gettext_noop(
        "Are you sure you want to delete the selected %(objects_name)s? All of the following "
        "objects and their related items will be deleted:"
    ),
    gettext_noop(
        "Deleting the selected %(objects_name)s would result in deleting related objects, but "
        "your account doesn't have permission to delete the following types of objects:"
    ),
    gettext_noop(
        "Deleting the selected %(objects_name)s would require deleting the following protected "
        "related objects:"
    ),
)

PLURAL_MESSAGES = (
    # After saving rows edited in the list.
    ngettext_lazy(
        "%(count)s %(name)s was changed successfully.",
        "%(count)s %(name)s were changed successfully.",
        "count",
    ),
)
