"""Writes for the marketing app: jobs, sentiment, copy. Views, API views and tasks call these."""
