from django.apps import AppConfig


class StoriesConfig(AppConfig):
    name = "roundtwo.stories"
    label = "stories"
