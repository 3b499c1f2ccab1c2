"""Django's own messages as the portal words them. Listed here so that makemessages keeps
them in the portal's catalogues, which Django reads before its own: its Swedish asks for a
"mejladress" on forms whose labels say "e-postadress"."""

from django.utils.translation import gettext_noop

REWORDED = (gettext_noop("Enter a valid email address."),)
