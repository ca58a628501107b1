from django.apps import AppConfig


class OrganisationsConfig(AppConfig):
    name = "roundtwo.organisations"
    label = "organisations"
