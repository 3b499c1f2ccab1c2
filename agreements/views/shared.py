"""What every agreement page needs: the version the reader may see, or the way out."""

from django.contrib.auth.views import redirect_to_login
from django.db.models import prefetch_related_objects
from django.http import Http404

from agreements import access
from agreements.models import Agreement, Version

# Larger numbers cannot be stored, so no row has them: answer 404 before asking the database.
MAX_VERSION_NUMBER = 32767


class LoginRequired(Exception):
    """An anonymous visitor asked for a page only members may see."""


def with_groups(user):
    """The user with their groups fetched once, so access checks in a loop cost no queries."""
    if user.is_authenticated:
        prefetch_related_objects([user], "groups")
    return user


def deny(user):
    """What a reader may not see and what does not exist get the same answer, so that
    nothing tells an outsider what is being drafted: anonymous visitors are sent to log in,
    others get a 404."""
    if not user.is_authenticated:
        raise LoginRequired
    raise Http404


def visible_versions(request, slug):
    """The agreement and its versions the user may see, newest first, or `deny`."""
    agreement = Agreement.objects.filter(slug=slug).first()
    if agreement is None:
        deny(request.user)
    user = with_groups(request.user)
    versions = [v for v in agreement.versions.order_by("-number") if access.can_view(user, v)]
    if not versions:
        deny(request.user)
    return agreement, versions


def visible_version(request, slug, number):
    """The version if the user may see it, otherwise `deny`."""
    if number > MAX_VERSION_NUMBER:
        deny(request.user)
    version = (
        Version.objects.select_related("agreement", "based_on")
        .filter(agreement__slug=slug, number=number)
        .first()
    )
    if version is None or not access.can_view(with_groups(request.user), version):
        deny(request.user)
    return version


def login_redirects(view):
    """Turns LoginRequired into the redirect to the login page."""

    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except LoginRequired:
            return redirect_to_login(request.get_full_path())

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


def printable(value, length=20):
    """A short value without control characters: error messages repeat it on the page."""
    return "".join(character for character in value if character.isprintable())[:length]
