"""Search terms for practices (placeholder until the search helper lands)."""


def terms_for(practice):
    return "", ""


def update_vector(practice):
    return None
