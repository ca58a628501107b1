from django.urls import path

from roundtwo.panel import views

app_name = "panel"
urlpatterns = [
    path("o/<int:pk>/panel/", views.whole_panel, name="all"),
    path("o/<int:pk>/panel/<int:person_pk>/", views.one_person, name="person"),
]
