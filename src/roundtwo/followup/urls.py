from django.urls import path

from roundtwo.followup import views

app_name = "followup"
urlpatterns = [
    path("o/<int:pk>/followup/debrief/<int:person_pk>/", views.debrief, name="debrief"),
    path("o/<int:pk>/followup/draft/", views.draft_all, name="draft_all"),
    path("o/<int:pk>/followup/draft/<int:person_pk>/", views.redraft_one, name="redraft"),
    path("o/<int:pk>/followup/email/<int:email_pk>/", views.edit_email, name="edit"),
    path("o/<int:pk>/followup/email/<int:email_pk>/send/", views.send, name="send"),
    path("o/<int:pk>/followup/email/<int:email_pk>/eml/", views.download_eml, name="eml"),
    path("o/<int:pk>/followup/email/<int:email_pk>/mark/", views.mark, name="mark"),
    path("o/<int:pk>/followup/email/<int:email_pk>/check-in/", views.check_in, name="check_in"),
    path("o/<int:pk>/followup/settings/", views.mail_settings, name="settings"),
]
