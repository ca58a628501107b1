from django.urls import path

from roundtwo.organisations import views

app_name = "organisations"
urlpatterns = [
    path("organisations/", views.mine, name="mine"),
    path(
        "organisations/memberships/<int:membership_pk>/leave/",
        views.leave_organisation,
        name="leave",
    ),
    path("organisations/<int:org_pk>/", views.organisation_page, name="page"),
    path(
        "organisations/<int:org_pk>/members/<int:membership_pk>/remove/",
        views.remove_member,
        name="remove",
    ),
    path(
        "organisations/<int:org_pk>/invitations/<int:org_invitation_pk>/withdraw/",
        views.withdraw_invitation,
        name="withdraw",
    ),
    path("organisations/join/<str:token>/", views.join, name="join"),
    path(
        "organisations/join/<str:token>/create-account/",
        views.create_account_to_join,
        name="create_account",
    ),
]
