from django.urls import path

from marketing import views

app_name = "dashboard"
urlpatterns = [
    path("", views.home, name="home"),
    path("jobs/", views.job_list, name="jobs"),
    path("jobs/<int:job_id>/row/", views.job_row, name="job-row"),
    path("jobs/<int:job_id>/cancel/", views.cancel, name="job-cancel"),
    path("sentiment/run/", views.start_sentiment_pass, name="sentiment-run"),
]
