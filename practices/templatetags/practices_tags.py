from django import template

register = template.Library()


@register.simple_tag
def source_title(source):
    """`{% source_title source as title %}`: the source's title and the language it is in
    (Source.localised_title), for `lang="{{ title.lang }}"`."""
    return source.localised_title()
