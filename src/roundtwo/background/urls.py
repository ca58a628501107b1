from django.urls import path

from roundtwo.background import views

app_name = "background"
urlpatterns = [
    path("jobs/<uuid:pk>/", views.job_status, name="job"),
    path("jobs/<uuid:pk>/again/", views.retry, name="retry"),
]
