from django.apps import AppConfig


class BackgroundConfig(AppConfig):
    name = "roundtwo.background"
    label = "background"
