"""System checks of what the portal needs beyond its Python packages' code."""

from django.core import checks

from portal.search_terms import HUNSPELL_SWEDISH, hunspell_dictionary_path


@checks.register()
def swedish_dictionary_installed(app_configs, **kwargs):
    """The Swedish Hunspell dictionary's files: without them the first save of Swedish text
    would fail, so `manage.py check` (and migrate, runserver, check --deploy) says so first."""
    path = hunspell_dictionary_path(HUNSPELL_SWEDISH)
    if all(path.with_suffix(suffix).exists() for suffix in (".dic", ".aff")):
        return []
    return [
        checks.Error(
            f"The Swedish Hunspell dictionary is missing: {path}.dic and .aff.",
            hint="Install the requirements (the hunspell-sv package) in this environment: "
            "pip install -r requirements.txt.",
            id="portal.E001",
        )
    ]
