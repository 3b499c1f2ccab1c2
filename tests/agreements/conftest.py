import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from agreements.models import Agreement
from portal.roles import PARTNER_NETWORK
from tests.agreements.helpers import A, S, make_version


@pytest.fixture
def agreement(db):
    return Agreement.objects.create(
        slug="aiesopimus", title="Aiesopimus", title_fi="Aiesopimus", title_sv="Avsiktsförklaring"
    )


@pytest.fixture
def versions(agreement):
    return {
        "draft": make_version(agreement, 1, S.DRAFT),
        "steering": make_version(agreement, 2, S.IN_REVIEW, A.STEERING_GROUP),
        "partner": make_version(agreement, 3, S.IN_REVIEW, A.PARTNER_NETWORK),
        "signed": make_version(agreement, 4, S.SIGNED),
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
