from django.urls import path

from roundtwo.rehearse import capture, review, views

app_name = "rehearse"
urlpatterns = [
    path("o/<int:pk>/rehearse/start/", views.start, name="start"),
    path("o/<int:pk>/rehearse/progress/", views.progress_page, name="progress"),
    path("o/<int:pk>/rehearse/s/<int:session_pk>/", views.session_page, name="session"),
    path(
        "o/<int:pk>/rehearse/s/<int:session_pk>/delete/",
        views.delete_session,
        name="delete_session",
    ),
    path("o/<int:pk>/rehearse/q/<int:prompt_pk>/begin/", capture.begin, name="begin"),
    path("o/<int:pk>/rehearse/q/<int:prompt_pk>/typed/", capture.typed, name="typed"),
    path("o/<int:pk>/rehearse/q/<int:prompt_pk>/upload/", capture.upload, name="upload"),
    path("o/<int:pk>/rehearse/a/<int:attempt_pk>/", views.attempt_page, name="attempt"),
    path("o/<int:pk>/rehearse/a/<int:attempt_pk>/chunk/", capture.chunk, name="chunk"),
    path("o/<int:pk>/rehearse/a/<int:attempt_pk>/finish/", capture.finish, name="finish"),
    path("o/<int:pk>/rehearse/a/<int:attempt_pk>/media/", capture.media, name="media"),
    path("o/<int:pk>/rehearse/a/<int:attempt_pk>/follow-up/", capture.follow_up, name="follow_up"),
    path(
        "o/<int:pk>/rehearse/a/<int:attempt_pk>/delete/",
        views.delete_attempt,
        name="delete_attempt",
    ),
    path("o/<int:pk>/rehearse/a/<int:attempt_pk>/review/", review.review, name="review"),
    path(
        "o/<int:pk>/rehearse/a/<int:attempt_pk>/review-link/",
        review.review_link,
        name="review_link",
    ),
    path("review/<str:token>/", review.public_review, name="public_review"),
    path("review/<str:token>/media/", review.public_media, name="public_media"),
]
