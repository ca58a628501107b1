from django.urls import path

from roundtwo.documents import reference_views, views

app_name = "documents"
urlpatterns = [
    path("o/<int:pk>/documents/checklist/add/", views.add, name="add"),
    path("o/<int:pk>/documents/checklist/suggest/", views.suggest, name="suggest"),
    path("o/<int:pk>/documents/checklist/<int:check_pk>/", views.edit, name="edit"),
    path("o/<int:pk>/documents/checklist/<int:check_pk>/status/", views.set_status, name="status"),
    path("o/<int:pk>/documents/checklist/<int:check_pk>/move/", views.reorder, name="move"),
    path("o/<int:pk>/documents/checklist/<int:check_pk>/delete/", views.delete, name="delete"),
    path(
        "o/<int:pk>/documents/checklist/<int:check_pk>/download/",
        views.attachment,
        name="attachment",
    ),
    path("o/<int:pk>/documents/references/add/", reference_views.add, name="reference_add"),
    path(
        "o/<int:pk>/documents/references/<int:reference_pk>/",
        reference_views.edit,
        name="reference_edit",
    ),
    path(
        "o/<int:pk>/documents/references/<int:reference_pk>/briefed/",
        reference_views.briefed_today,
        name="reference_briefed",
    ),
    path(
        "o/<int:pk>/documents/references/<int:reference_pk>/regenerate/",
        reference_views.regenerate,
        name="reference_regenerate",
    ),
    path(
        "o/<int:pk>/documents/references/<int:reference_pk>/delete/",
        reference_views.delete,
        name="reference_delete",
    ),
    path("o/<int:pk>/documents/pack/", views.pack_page, name="pack"),
    path("o/<int:pk>/documents/pack/make/", views.pack_make, name="pack_make"),
    path("o/<int:pk>/documents/pack/printed/", views.pack_printed, name="pack_printed"),
    path("o/<int:pk>/documents/pack/<uuid:pack_job_pk>/", views.pack_job, name="pack_job"),
    path(
        "o/<int:pk>/documents/pack/<uuid:pack_job_pk>/download/",
        views.pack_download,
        name="pack_download",
    ),
    path("o/<int:pk>/documents/calendar.ics", views.calendar, name="calendar"),
]
