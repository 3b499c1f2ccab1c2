"""A small catalogue of published practices for the list, search, CSV and feed tests."""

import datetime

from django.utils import timezone

from networks.models import IntegrationPath, Language, Municipality, PathStage, SubRegion
from practices.evidence import EvidenceLevel
from practices.models import Practice, TargetGroup, Theme
from tests.translated import translated


def published(days_ago, **values):
    practice = Practice.objects.create(status=Practice.Status.PUBLISHED, **translated(**values))
    # Fixed publishing times, so that "newest first" has a known order.
    Practice.objects.filter(pk=practice.pk).update(
        published_at=timezone.now() - datetime.timedelta(days=days_ago)
    )
    return practice


def set_level(practice, level):
    Practice.objects.filter(pk=practice.pk).update(evidence_level=level)


def make_catalogue():
    """Four published practices, a draft and an archived one, with known links."""
    work_theme = Theme.objects.create(
        slug="tyollisyys", **translated(name_fi="Työllisyys", name_sv="Sysselsättning")
    )
    language_theme = Theme.objects.create(
        slug="kieli", **translated(name_fi="Kieli", name_sv="Språk")
    )
    inclusion = Theme.objects.create(
        slug="osallisuus", **translated(name_fi="Osallisuus", name_sv="Delaktighet")
    )
    young = TargetGroup.objects.create(
        slug="nuoret", **translated(name_fi="Nuoret", name_sv="Unga")
    )
    parents = TargetGroup.objects.create(
        slug="kotivanhemmat", **translated(name_fi="Kotivanhemmat", name_sv="Hemmaföräldrar")
    )
    finnish = Language.objects.create(code="fi", **translated(name_fi="suomi", name_sv="finska"))
    swedish = Language.objects.create(code="sv", **translated(name_fi="ruotsi", name_sv="svenska"))
    arabic = Language.objects.create(code="ar", **translated(name_fi="arabia", name_sv="arabiska"))
    region = SubRegion.objects.create(
        slug="seutu", **translated(name_fi="Testiseutu", name_sv="Testregion")
    )
    other_region = SubRegion.objects.create(
        slug="toinen", **translated(name_fi="Toinen seutu", name_sv="Annan region")
    )
    alpha = Municipality.objects.create(
        slug="alfa", sub_region=region, **translated(name_fi="Alfa", name_sv="Alfa sv")
    )
    beta = Municipality.objects.create(
        slug="beeta", sub_region=region, **translated(name_fi="Beeta", name_sv="Beta")
    )
    gamma = Municipality.objects.create(
        slug="gamma", sub_region=other_region, **translated(name_fi="Gamma", name_sv="Gamma sv")
    )
    work = IntegrationPath.objects.create(
        slug="tyo", order=1, **translated(name_fi="Työn polku", name_sv="Arbetets väg")
    )
    children = IntegrationPath.objects.create(
        slug="lapset", order=2, **translated(name_fi="Lasten polku", name_sv="Barnens väg")
    )
    mapping = PathStage.objects.create(
        path=work, order=1, **translated(name_fi="Kartoitus", name_sv="Kartläggning")
    )
    plan = PathStage.objects.create(
        path=work, order=2, **translated(name_fi="Suunnitelma", name_sv="Plan")
    )
    school = PathStage.objects.create(
        path=children, order=1, **translated(name_fi="Koulu", name_sv="Skola")
    )

    assessment = published(
        30,
        slug="alkukartoitus",
        origin=Practice.Origin.REGIONAL,
        title_fi="Alkukartoitus työnhakijoille",
        title_sv="Inledande kartläggning för arbetssökande",
        summary_fi="Osaaminen ja kielitaito selvitetään ensimmäisten viikkojen aikana.",
        summary_sv="Kunskaper och språkfärdigheter utreds under de första veckorna.",
    )
    assessment.themes.set([work_theme])
    assessment.stages.set([mapping])
    assessment.municipalities.set([alpha])
    assessment.languages.set([finnish, swedish])
    set_level(assessment, EvidenceLevel.SOME_EVIDENCE)

    training = published(
        20,
        slug="verkkokurssi",
        origin=Practice.Origin.NATIONAL,
        title_fi="Kotoutumiskoulutus verkossa",
        title_sv="Integrationsutbildning på nätet",
        summary_fi="Suomen kieltä opiskellaan työn ohessa.",
        summary_sv="En utbildning i svenska och finska vid sidan av arbetet.",
        ended_on=datetime.date(2020, 12, 31),
    )
    training.themes.set([language_theme, work_theme])
    training.target_groups.set([young])
    training.stages.set([plan])
    training.municipalities.set([beta])
    training.languages.set([finnish, arabic])
    set_level(training, EvidenceLevel.STRONG_EVIDENCE)

    mentors = published(
        10,
        slug="mentorit",
        origin=Practice.Origin.NORDIC,
        title_fi="Järjestö mentorina",
        title_sv="Föreningen som mentor",
        summary_fi="Paikallinen yhdistys tukee perheitä arjessa.",
        summary_sv="En lokal förening stöder familjerna i vardagen.",
    )
    mentors.themes.set([inclusion])
    mentors.target_groups.set([parents])
    mentors.stages.set([school])
    mentors.municipalities.set([gamma])
    mentors.languages.set([swedish])
    set_level(mentors, EvidenceLevel.NO_EFFECT)

    employers = published(
        1,
        slug="tyonantajaverkosto",
        origin=Practice.Origin.REGIONAL,
        title_fi="Työnantajien verkosto",
        title_sv="Nätverk för arbetsgivare",
        summary_fi="Hankkeen tavoite on parempi työllisyys.",
        summary_sv="Företagen och kommunen samarbetar.",
        description_fi="Mukana on myös järjestöjä.",
    )
    employers.themes.set([work_theme])
    employers.municipalities.set([alpha, gamma])
    employers.languages.set([finnish, swedish])
    set_level(employers, EvidenceLevel.WELL_DESCRIBED)

    Practice.objects.create(
        slug="luonnos",
        **translated(
            title_fi="Alkukartoitus luonnoksena",
            title_sv="Inledande kartläggning, utkast",
            summary_fi="Kotoutumiskoulutus ja järjestöt, työllisyys.",
        ),
    )
    Practice.objects.create(
        slug="arkistoitu",
        status=Practice.Status.ARCHIVED,
        **translated(title_fi="Vanha alkukartoitus", summary_fi="Työllisyys ennen."),
    )
    return {
        "practices": (assessment, training, mentors, employers),
        "stages": (mapping, plan, school),
    }
