from django.apps import AppConfig


class RehearseConfig(AppConfig):
    name = "roundtwo.rehearse"
    label = "rehearse"
