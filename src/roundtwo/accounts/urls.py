from django.contrib.auth import views as auth_views
from django.urls import path

from roundtwo.accounts import account, password_reset, views

app_name = "accounts"
urlpatterns = [
    path("sign-in/", views.sign_in, name="login"),
    path("sign-out/", auth_views.LogoutView.as_view(), name="logout"),
    path("create/", views.create_account, name="create"),
    path("account/", account.account, name="account"),
    path("account/password/", account.change_password, name="change_password"),
    path("account/delete/", account.delete_account, name="delete"),
    path("account/email/", account.change_email, name="change_email"),
    path(
        "account/sessions/<int:signed_in_session_pk>/end/",
        account.end_session,
        name="end_session",
    ),
    path("account/sessions/end-others/", account.end_other_sessions, name="end_other_sessions"),
    path("sign-in/forgot/", password_reset.RequestReset.as_view(), name="reset"),
    path("sign-in/forgot/sent/", password_reset.ResetSent.as_view(), name="reset_sent"),
    path(
        "sign-in/reset/<uidb64>/<token>/",
        password_reset.ChooseNewPassword.as_view(),
        name="reset_choose",
    ),
    path("sign-in/reset/done/", password_reset.ResetDone.as_view(), name="reset_done"),
]
