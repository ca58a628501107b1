from django.apps import AppConfig


class OpportunitiesConfig(AppConfig):
    name = "roundtwo.opportunities"
    label = "opportunities"
