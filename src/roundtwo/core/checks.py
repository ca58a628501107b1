"""Start-up checks that say clearly what is missing."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Warning, register


@register()
def htmx_is_installed(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    if settings.STATICFILES_DIRS:
        return []
    return [
        Warning(
            "htmx is not installed, so pages fall back to full reloads.",
            hint="Run `./dev start` (or `npm ci`) in the repository to install it.",
            id="roundtwo.W001",
        )
    ]
