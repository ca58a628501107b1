from django.urls import path

from roundtwo.ask import views

app_name = "ask"
urlpatterns = [
    path("o/<int:pk>/ask/add/", views.add, name="add"),
    path("o/<int:pk>/ask/suggest/<int:person_pk>/", views.suggest, name="suggest"),
    path("o/<int:pk>/ask/<int:ask_pk>/", views.edit, name="edit"),
    path("o/<int:pk>/ask/<int:ask_pk>/move/", views.reorder, name="move"),
    path("o/<int:pk>/ask/<int:ask_pk>/delete/", views.delete, name="delete"),
]
