from django.apps import AppConfig


class ResumeConfig(AppConfig):
    name = "roundtwo.resume"
    label = "resume"
