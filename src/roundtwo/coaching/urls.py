from django.urls import path

from roundtwo.coaching import coach_views, sharing_views

app_name = "coaching"
urlpatterns = [
    path("sharing/", sharing_views.sharing, name="sharing"),
    path("sharing/<int:share_pk>/revoke/", sharing_views.revoke_share, name="revoke"),
    path("invitation/<str:token>/", sharing_views.accept_invitation, name="accept"),
    path(
        "invitation/<str:token>/create-account/",
        sharing_views.create_account_to_accept,
        name="create_account",
    ),
    path("notifications/", sharing_views.notifications, name="notifications"),
    path("notifications/read/", sharing_views.read_all, name="read_all"),
    path("coach/", coach_views.dashboard, name="dashboard"),
    path("coach/<int:pk>/", coach_views.workspace, name="workspace"),
    path("coach/<int:pk>/comments/", coach_views.comment, name="comment"),
    path(
        "coach/<int:pk>/comments/<int:comment_pk>/resolve/",
        coach_views.resolve_comment,
        name="resolve",
    ),
    path("coach/<int:pk>/flag/", coach_views.flag, name="flag"),
    path(
        "coach/<int:pk>/attempts/<int:attempt_pk>/media/",
        coach_views.attempt_media,
        name="media",
    ),
    path("coach/<int:pk>/attempts/<int:attempt_pk>/review/", coach_views.review, name="review"),
]
