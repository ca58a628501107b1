from django.urls import path

from roundtwo.reflect import views

app_name = "reflect"
urlpatterns = [
    path("o/<int:pk>/reflect/questions/add/", views.add_question, name="add"),
    path("o/<int:pk>/reflect/questions/<int:question_pk>/", views.edit_question, name="edit"),
    path(
        "o/<int:pk>/reflect/questions/<int:question_pk>/delete/",
        views.delete_question,
        name="delete",
    ),
    path("o/<int:pk>/reflect/questions/<int:question_pk>/move/", views.move_question, name="move"),
    path("o/<int:pk>/reflect/debrief/", views.debrief, name="debrief"),
    path("o/<int:pk>/reflect/consistency/", views.check_consistency, name="check"),
    path("o/<int:pk>/reflect/import/", views.upload_transcript, name="upload"),
    path("o/<int:pk>/reflect/import/<int:draft_pk>/", views.review_transcript, name="review"),
    path(
        "o/<int:pk>/reflect/import/<int:draft_pk>/discard/",
        views.discard_transcript,
        name="discard",
    ),
]
