from django.apps import AppConfig


class FollowupConfig(AppConfig):
    name = "roundtwo.followup"
    label = "followup"
