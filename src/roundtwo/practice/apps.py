from django.apps import AppConfig


class PracticeConfig(AppConfig):
    name = "roundtwo.practice"
    label = "practice"
