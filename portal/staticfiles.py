"""The static files app as the portal configures it."""

from django.contrib.staticfiles.apps import StaticFilesConfig as BaseStaticFilesConfig


class StaticFilesConfig(BaseStaticFilesConfig):
    """collectstatic without the jQuery UI package's own style sheets: the admin uses only its
    script, and the sheets name their images URL-encoded, which the hashing storage cannot
    resolve (collectstatic failed on them)."""

    ignore_patterns = [
        *BaseStaticFilesConfig.ignore_patterns,
        "jquery-ui.css",
        "jquery-ui.min.css",
        "jquery-ui.theme.css",
    ]
