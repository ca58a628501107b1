from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    name = "roundtwo.documents"
    label = "documents"
