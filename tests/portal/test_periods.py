"""A public hearing and a priority round are open for a period (portal.periods): each is
coming, open or closed by the same rules, and neither may close before it opens."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from hearings.models import Hearing
from rounds.models import Round
from tests.hearings.test_hearings import make_hearing
from tests.rounds.test_rounds import make_round

pytestmark = pytest.mark.django_db

MAKERS = {Hearing: make_hearing, Round: make_round}


@pytest.mark.parametrize("model", [Hearing, Round])
def test_coming_open_and_closed_by_the_same_rules(model):
    make = MAKERS[model]
    coming, open_, closed = make("tuleva", (1, 5)), make("auki", (-1, 5)), make("ohi", (-5, -1))
    now = timezone.now()
    assert list(model.objects.upcoming(now)) == [coming]
    assert list(model.objects.open(now)) == [open_]
    assert list(model.objects.closed(now)) == [closed]
    assert open_.is_open(now) and not coming.is_open(now) and not closed.is_open(now)
    assert closed.has_closed(now) and not open_.has_closed(now)
    assert open_.has_opened(now) and not coming.has_opened(now)


@pytest.mark.parametrize("model", [Hearing, Round])
@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("fi", "Sulkeutumisajan on oltava avautumisajan jälkeen."),
        ("sv", "Stängningstiden måste vara efter öppningstiden."),
    ],
)
def test_closing_before_opening_is_refused_with_a_message_in_the_readers_language(
    model, lang, message
):
    record = MAKERS[model]()
    record.closes_at = record.opens_at - datetime.timedelta(hours=1)
    with translation.override(lang), pytest.raises(ValidationError) as refused:
        record.full_clean()
    assert message in refused.value.messages
