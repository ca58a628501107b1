from django.urls import path

from roundtwo.stories import views

app_name = "stories"
urlpatterns = [
    path("stories/", views.library, name="library"),
    path("stories/add/", views.edit, name="add"),
    path("stories/<int:story_pk>/", views.edit, name="edit"),
    path("stories/<int:story_pk>/delete/", views.delete, name="delete"),
    path("stories/<int:story_pk>/tag/", views.accept_tag, name="accept_tag"),
]
