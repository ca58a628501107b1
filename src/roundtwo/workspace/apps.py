from django.apps import AppConfig


class WorkspaceConfig(AppConfig):
    name = "roundtwo.workspace"
    label = "workspace"

    def ready(self) -> None:
        from roundtwo.workspace.revision import connect

        connect()
