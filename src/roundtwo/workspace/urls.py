from django.urls import path

from roundtwo.workspace import views

app_name = "workspace"
urlpatterns = [
    path("o/<int:pk>/", views.overview, name="overview"),
    path("o/<int:pk>/area/<slug:key>/", views.area, name="area"),
    path("o/<int:pk>/area/<slug:key>/read/", views.mark_read, name="mark_read"),
]
