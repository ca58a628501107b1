from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "roundtwo.accounts"
    label = "accounts"
