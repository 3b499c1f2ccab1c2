"""Monitoring figures in the reader's language: numbers with their unit, trends in words."""

from django import template
from django.utils.formats import number_format

from monitoring.figures import format_figure

register = template.Library()


@register.filter
def figure_number(value, decimals):
    """A value with the indicator's decimals and digit groups: 1 234,5 in Finnish."""
    if value is None:
        return ""
    return format_figure(value, decimals)


@register.filter
def figure(value, indicator):
    """A value with its unit: 65,3 %."""
    if value is None:
        return ""
    return f"{figure_number(value, indicator.decimals)} {indicator.unit}"


@register.simple_tag
def trend_text(trend, indicator):
    return trend.describe(indicator.decimals)


@register.filter
def exact_number(value):
    """A value with all its decimals and no trailing zeros: 65,32 and 100."""
    if value is None:
        return ""
    exact = value.quantize(1) if value == value.to_integral_value() else value.normalize()
    return number_format(exact, use_l10n=True, force_grouping=True)
