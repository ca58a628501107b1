from django.apps import AppConfig


class CoachingConfig(AppConfig):
    name = "roundtwo.coaching"
    label = "coaching"
