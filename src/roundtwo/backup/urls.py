from django.urls import path

from roundtwo.backup import views

app_name = "backup"
urlpatterns = [
    path("backup/", views.backup_page, name="page"),
    path("backup/export/", views.start_export, name="export"),
    path("backup/export/<uuid:job_pk>/download/", views.download, name="download"),
]
