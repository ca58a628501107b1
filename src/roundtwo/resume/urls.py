from django.urls import path

from roundtwo.resume import views

app_name = "resume"
urlpatterns = [
    path("resume/", views.view, name="page"),
    path("resume/upload/", views.upload, name="upload"),
    path("resume/add/", views.edit, name="add"),
    path("resume/<int:experience_pk>/", views.edit, name="edit"),
    path("resume/<int:experience_pk>/delete/", views.delete, name="delete"),
]
