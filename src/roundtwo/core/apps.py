from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "roundtwo.core"
    label = "core"

    def ready(self) -> None:
        from roundtwo.core import checks  # noqa: F401  (registers the system checks)
