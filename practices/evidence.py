"""The published evidence scale, after the Finnish Kasvun tuki (Itla) ratings, and its rules.

Kasvun tuki has no Swedish name that could be confirmed, so the Swedish pages name it in Finnish.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EvidenceLevel(models.IntegerChoices):
    """Levels 1–5 rise with the strength of evidence; the two findings sit beside the scale."""

    HARMFUL = -2, _("Evaluated: harmful effects")
    NO_EFFECT = -1, _("Evaluated: no effect")
    NOT_ASSESSED = 0, _("Not yet assessed")
    WELL_DESCRIBED = 1, _("1 – Well described")
    THEORETICALLY_GROUNDED = 2, _("2 – Theoretically grounded")
    SOME_EVIDENCE = 3, _("3 – Some documented evidence")
    MODERATE_EVIDENCE = 4, _("4 – Moderate evidence")
    STRONG_EVIDENCE = 5, _("5 – Strong evidence")


SCALE = [
    EvidenceLevel.WELL_DESCRIBED,
    EvidenceLevel.THEORETICALLY_GROUNDED,
    EvidenceLevel.SOME_EVIDENCE,
    EvidenceLevel.MODERATE_EVIDENCE,
    EvidenceLevel.STRONG_EVIDENCE,
]
FINDINGS = [EvidenceLevel.NO_EFFECT, EvidenceLevel.HARMFUL]

CRITERIA = {
    EvidenceLevel.NOT_ASSESSED: _("No one has assessed the practice's evidence yet."),
    EvidenceLevel.WELL_DESCRIBED: _(
        "The aims, the target group, the steps and the resources of the practice are "
        "documented, so that others can adopt it."
    ),
    EvidenceLevel.THEORETICALLY_GROUNDED: _(
        "Besides the description, a documented rationale explains why the practice should "
        "work, drawing on research or an established theory."
    ),
    EvidenceLevel.SOME_EVIDENCE: _(
        "Monitoring or a before–after evaluation shows positive change among the "
        "participants. Needs at least one evaluation, monitoring or research source."
    ),
    EvidenceLevel.MODERATE_EVIDENCE: _(
        "An evaluation with a comparison group shows positive effects. Needs an evaluation "
        "or research source."
    ),
    EvidenceLevel.STRONG_EVIDENCE: _(
        "Controlled studies or replicated results show positive effects, preferably in a "
        "Nordic setting. Needs an evaluation or research source."
    ),
    EvidenceLevel.NO_EFFECT: _(
        "The practice has been evaluated and showed no effect on the outcomes it aims at."
    ),
    EvidenceLevel.HARMFUL: _("The practice has been evaluated and showed harmful effects."),
}

# How our levels read on three established scales, for staff who know those: Kasvun tuki
# (Itla) rates research evidence as strong, moderate or weak and reports effects separately;
# the Early Intervention Foundation (EIF) uses levels 2–4 and NL2/NE; CEBC uses 1–5 and NR.
CROSSWALK = {
    EvidenceLevel.WELL_DESCRIBED: (
        _("No research evidence yet (described)"),
        _("NL2: below level 2, logic model only"),
        _("NR – Not able to be rated"),
    ),
    EvidenceLevel.THEORETICALLY_GROUNDED: (
        _("No research evidence yet (theoretical basis documented)"),
        _("NL2: below level 2, evidence-based logic model"),
        _("NR – Not able to be rated"),
    ),
    EvidenceLevel.SOME_EVIDENCE: (
        _("Weak research evidence"),
        _("Level 2: preliminary evidence"),
        _("NR – Not able to be rated (no control group)"),
    ),
    EvidenceLevel.MODERATE_EVIDENCE: (
        _("Moderate research evidence"),
        _("Level 3: one rigorous evaluation"),
        _("3 – Promising research evidence"),
    ),
    EvidenceLevel.STRONG_EVIDENCE: (
        _("Strong research evidence"),
        _("Level 4: two or more rigorous evaluations"),
        _("1–2 – Well-supported or supported by research evidence"),
    ),
    EvidenceLevel.NO_EFFECT: (
        _("No effect"),
        _("NE: found not to be effective"),
        _("4 – Evidence fails to demonstrate effect"),
    ),
    EvidenceLevel.HARMFUL: (
        _("Harmful effects"),
        _("NE: negative effects found"),
        _("5 – Concerning practice"),
    ),
}


def source_rule_error(level, source_kinds):
    """Why the sources cannot carry the level, or None when they can.

    Level 3 needs an evaluation, monitoring or research source; levels 4 and 5 need an
    evaluation or research source."""
    from practices.models import EVIDENCE_KINDS, EVIDENCE_OF_EFFECT_KINDS

    kinds = set(source_kinds)
    if level >= EvidenceLevel.MODERATE_EVIDENCE and not kinds & set(EVIDENCE_OF_EFFECT_KINDS):
        return _("Levels 4 and 5 need at least one evaluation or research source.")
    if level == EvidenceLevel.SOME_EVIDENCE and not kinds & set(EVIDENCE_KINDS):
        return _("Level 3 needs at least one evaluation, monitoring or research source.")
    return None
