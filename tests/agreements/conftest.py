import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from portal.roles import PARTNER_NETWORK
from tests.agreements.factories import AgreementFactory, VersionFactory
from tests.agreements.helpers import A, S


@pytest.fixture
def agreement(db):
    return AgreementFactory(slug="aiesopimus", title_fi="Aiesopimus", title_sv="Avsiktsförklaring")


@pytest.fixture
def versions(agreement):
    return {
        "draft": VersionFactory(agreement=agreement, number=1, status=S.DRAFT),
        "steering": VersionFactory(
            agreement=agreement, number=2, status=S.IN_REVIEW, audience=A.STEERING_GROUP
        ),
        "partner": VersionFactory(
            agreement=agreement, number=3, status=S.IN_REVIEW, audience=A.PARTNER_NETWORK
        ),
        "signed": VersionFactory(agreement=agreement, number=4, status=S.SIGNED),
    }


@pytest.fixture
def partner_member(db):
    user = get_user_model().objects.create_user("partner", "partner@example.org", "pw")
    user.groups.add(Group.objects.get(name=PARTNER_NETWORK))
    return user


@pytest.fixture
def outsider(db):
    return get_user_model().objects.create_user("outsider", "outsider@example.org", "pw")


@pytest.fixture
def users(coordinator, steering_member, partner_member, outsider):
    return {
        "anonymous": None,
        "outsider": outsider,
        "steering": steering_member,
        "partner": partner_member,
        "coordinator": coordinator,
    }
