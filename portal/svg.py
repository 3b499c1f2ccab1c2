"""Numbers as SVG reads them, whatever the page's language: the charts and the network map."""


def number(value: float) -> str:
    """A coordinate with one decimal, never "-0.0"."""
    return f"{round(value, 1) + 0.0:.1f}"
