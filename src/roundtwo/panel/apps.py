from django.apps import AppConfig


class PanelConfig(AppConfig):
    name = "roundtwo.panel"
    label = "panel"
