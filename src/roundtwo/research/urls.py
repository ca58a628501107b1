from django.urls import path

from roundtwo.research import views

app_name = "research"
urlpatterns = [
    path("o/<int:pk>/research/sources/add/", views.add_source, name="add_source"),
    path(
        "o/<int:pk>/research/sources/<int:source_pk>/refresh/",
        views.refresh_source,
        name="refresh_source",
    ),
    path(
        "o/<int:pk>/research/sources/<int:source_pk>/delete/",
        views.delete_source,
        name="delete_source",
    ),
    path("o/<int:pk>/research/facts/add/", views.add_item, name="add_item"),
    path("o/<int:pk>/research/facts/<int:item_pk>/", views.edit_item, name="edit_item"),
    path("o/<int:pk>/research/facts/<int:item_pk>/delete/", views.delete_item, name="delete_item"),
    path("o/<int:pk>/research/fit/", views.fit_page, name="fit"),
]
