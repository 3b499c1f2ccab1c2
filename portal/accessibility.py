"""What the accessibility statement must hold beyond its editable text (Act on the Provision
of Digital Services 306/2019, section 16): a way to give feedback, which reaches the
coordinators by e-mail, and the enforcement procedure with the supervisory authority.

The supervisory authority, as far as the stored public material confirms it (checked
2.12.2026): Etelä-Suomen aluehallintovirasto's accessibility supervision unit
(Saavutettavuusvalvonnan yksikkö / Enheten för tillgänglighetstillsyn vid
Regionförvaltningsverket i Södra Finland) supervised the Act until the regional state
administrative agencies were wound up on 1.1.2026; their supervisory tasks passed to the new
Lupa- ja valvontavirasto (Tillstånds- och tillsynsverket), which is named below. What could
not be confirmed: government proposal HE 71/2024 would have moved accessibility supervision
to Traficom (Liikenne- ja viestintävirasto) from 1.1.2025 instead; the stored material shows
it still pending in 2025, not enacted. Nor could the new agency's own name for the unit, its
e-mail address or its telephone number be confirmed, so the statement gives only the official
public web addresses, saavutettavuusvaatimukset.fi and tillganglighetskrav.fi, where the
authority takes notifications. Correct AUTHORITY when either is confirmed."""

import logging
from dataclasses import dataclass

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.honeypot import HoneypotMixin
from portal.mail import send_templated_mail
from portal.ratelimit import RateLimit
from portal.roles import coordinator_addresses

logger = logging.getLogger(__name__)

# Five messages an hour from one address is more than anyone writes by hand.
FEEDBACK = RateLimit("accessibility-feedback", limit=5, period=60 * 60)
MAX_MESSAGE_LENGTH = 5000


@dataclass(frozen=True)
class Authority:
    name: str
    unit: str
    url: str
    url_label: str


AUTHORITY = {
    "fi": Authority(
        name="Lupa- ja valvontavirasto",
        unit="saavutettavuusvalvonta",
        url="https://www.saavutettavuusvaatimukset.fi/",
        url_label="saavutettavuusvaatimukset.fi",
    ),
    "sv": Authority(
        name="Tillstånds- och tillsynsverket",
        unit="tillgänglighetstillsynen",
        url="https://www.tillganglighetskrav.fi/",
        url_label="tillganglighetskrav.fi",
    ),
}


class FeedbackForm(HoneypotMixin, forms.Form):
    """Feedback on accessibility: the message alone is required; a name and an address
    only from those who want a reply."""

    message = forms.CharField(
        label=_("Your feedback"),
        max_length=MAX_MESSAGE_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "What was hard to use, or missing? You can also ask for content in a form you "
            "can use. At most 5000 characters."
        ),
    )
    page = forms.CharField(
        label=_("Address of the page (optional)"),
        max_length=500,
        required=False,
        help_text=_("The page your feedback is about, if it is about one."),
    )
    # The visitor's own name and address: browsers may fill them in (WCAG 1.3.5).
    name = forms.CharField(
        label=_("Your name (optional)"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Your e-mail address (optional)"),
        required=False,
        help_text=_("Only if you want a reply: without it we cannot answer you."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


def recipients(page):
    """The statement's feedback address, or else every active coordinator's address."""
    if page is not None and page.feedback_email:
        return [page.feedback_email]
    return coordinator_addresses()


def send_feedback(page, data, language):
    """E-mails the feedback to the coordinators, in Finnish and Swedish; a reply goes to the
    sender's address when they gave one. False when it could not be sent: nothing is kept
    in the portal, so the form is shown again with what was written."""
    to = recipients(page)
    if not to:
        logger.error("Accessibility feedback has no recipient: set the statement's address.")
        return False
    context = {**data, "language": language, "received_at": timezone.localtime()}
    return send_templated_mail(
        "portal/email/accessibility_feedback",
        to,
        lambda code: context,
        reply_to=[data["email"]] if data.get("email") else None,
    )
