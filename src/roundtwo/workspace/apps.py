from django.apps import AppConfig


class WorkspaceConfig(AppConfig):
    name = "roundtwo.workspace"
    label = "workspace"
