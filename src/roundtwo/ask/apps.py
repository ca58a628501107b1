from django.apps import AppConfig


class AskConfig(AppConfig):
    name = "roundtwo.ask"
    label = "ask"
