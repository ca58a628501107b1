from django.apps import AppConfig


class ReflectConfig(AppConfig):
    name = "roundtwo.reflect"
    label = "reflect"
