from django.urls import path

from roundtwo.plan import views

app_name = "plan"
urlpatterns = [
    path("o/<int:pk>/plan/", views.task_list, name="list"),
    path("o/<int:pk>/plan/rebuild/", views.rebuild, name="rebuild"),
    path("o/<int:pk>/plan/new/", views.task_form, name="create"),
    path("o/<int:pk>/plan/<int:task_pk>/edit/", views.task_form, name="edit"),
    path("o/<int:pk>/plan/<int:task_pk>/toggle/", views.toggle, name="toggle"),
    path("o/<int:pk>/plan/<int:task_pk>/delete/", views.delete, name="delete"),
]
