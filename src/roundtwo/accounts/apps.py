from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "roundtwo.accounts"
    label = "accounts"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in, user_logged_out

        from roundtwo.accounts import sessions

        user_logged_in.connect(sessions.on_signed_in, dispatch_uid="roundtwo-session-in")
        user_logged_out.connect(sessions.on_signed_out, dispatch_uid="roundtwo-session-out")
