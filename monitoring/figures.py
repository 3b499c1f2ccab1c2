"""How monitoring figures are rounded and written: half up, as statistics round, and with
the decimal comma and digit groups of the reader's language."""

from decimal import ROUND_HALF_UP, Decimal

from django.utils.formats import number_format


def rounded(value, decimals):
    return Decimal(value).quantize(Decimal(1).scaleb(-int(decimals)), rounding=ROUND_HALF_UP)


def format_figure(value, decimals):
    """1 234,5 in Finnish and Swedish."""
    return number_format(
        rounded(value, decimals), decimal_pos=int(decimals), use_l10n=True, force_grouping=True
    )
