from django.contrib.auth import views as auth_views
from django.urls import path

from roundtwo.accounts import account, views

app_name = "accounts"
urlpatterns = [
    path("sign-in/", views.sign_in, name="login"),
    path("sign-out/", auth_views.LogoutView.as_view(), name="logout"),
    path("create/", views.create_account, name="create"),
    path("account/", account.account, name="account"),
    path("account/password/", account.change_password, name="change_password"),
    path("account/delete/", account.delete_account, name="delete"),
]
