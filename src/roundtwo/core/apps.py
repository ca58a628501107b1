from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "roundtwo.core"
    label = "core"

    def ready(self) -> None:
        from django.db.backends.signals import connection_created

        from roundtwo.core import checks  # noqa: F401  (registers the system checks)
        from roundtwo.core.database import keep_sqlite_private

        connection_created.connect(keep_sqlite_private)
