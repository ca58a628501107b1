from django.urls import path

from roundtwo.opportunities import demo_views, views

app_name = "opportunities"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("opportunities/new/", views.create, name="create"),
    path("demo/", demo_views.load, name="demo"),
    path("demo/remove/", demo_views.remove, name="remove_demo"),
    path("o/<int:pk>/edit/", views.edit, name="edit"),
    path("o/<int:pk>/archive/", views.archive, name="archive"),
    path("o/<int:pk>/interviewers/new/", views.interviewer_form, name="interviewer_create"),
    path(
        "o/<int:pk>/interviewers/<int:person_pk>/edit/",
        views.interviewer_form,
        name="interviewer_edit",
    ),
    path(
        "o/<int:pk>/interviewers/<int:person_pk>/delete/",
        views.interviewer_delete,
        name="interviewer_delete",
    ),
]
