from django.apps import AppConfig


class BackupConfig(AppConfig):
    name = "roundtwo.backup"
    label = "backup"
