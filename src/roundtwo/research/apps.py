from django.apps import AppConfig


class ResearchConfig(AppConfig):
    name = "roundtwo.research"
    label = "research"
