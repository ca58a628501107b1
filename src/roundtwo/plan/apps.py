from django.apps import AppConfig


class PlanConfig(AppConfig):
    name = "roundtwo.plan"
    label = "plan"
