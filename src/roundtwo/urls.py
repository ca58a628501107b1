from django.urls import include, path

urlpatterns = [
    path("accounts/", include("roundtwo.accounts.urls")),
    path("", include("roundtwo.opportunities.urls")),
    path("", include("roundtwo.workspace.urls")),
    path("", include("roundtwo.plan.urls")),
    path("", include("roundtwo.reflect.urls")),
    path("", include("roundtwo.research.urls")),
    path("", include("roundtwo.resume.urls")),
    path("", include("roundtwo.stories.urls")),
    path("", include("roundtwo.practice.urls")),
    path("", include("roundtwo.ask.urls")),
    path("", include("roundtwo.followup.urls")),
    path("", include("roundtwo.rehearse.urls")),
    path("", include("roundtwo.documents.urls")),
    path("", include("roundtwo.panel.urls")),
    path("", include("roundtwo.backup.urls")),
    path("", include("roundtwo.background.urls")),
    path("", include("roundtwo.coaching.urls")),
    path("", include("roundtwo.organisations.urls")),
]
