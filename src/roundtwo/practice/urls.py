from django.urls import path

from roundtwo.practice import views

app_name = "practice"
urlpatterns = [
    path("o/<int:pk>/practice/build/", views.build, name="build"),
    path("o/<int:pk>/practice/<int:practice_pk>/remove/", views.remove, name="remove"),
]
