"""Sentiment report permissions for the roles.

Everyone with a role reads reports, corrections and published snapshots; Marketers and Approvers also
correct sentiment labels and publish report snapshots.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

REPORT_VIEW = ["view_sentimentcorrection", "view_publishedreport", "view_reviewaspect"]
REPORT_WRITE = ["add_sentimentcorrection", "change_sentimentcorrection", "add_publishedreport"]
ROLE_REPORT_PERMISSIONS = {
    "Viewer": REPORT_VIEW,
    "Marketer": REPORT_VIEW + REPORT_WRITE,
    "Approver": REPORT_VIEW + REPORT_WRITE,
}


def grant(apps, schema_editor):
    marketing = apps.get_app_config("marketing")
    marketing.models_module = True
    create_permissions(marketing, apps=apps, verbosity=0)
    marketing.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, codenames in ROLE_REPORT_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.add(*Permission.objects.filter(content_type__app_label="marketing", codename__in=codenames))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="marketing", codename__in=REPORT_VIEW + REPORT_WRITE)
    for group in Group.objects.filter(name__in=list(ROLE_REPORT_PERMISSIONS)):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("marketing", "0005_sentiment_reports"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(grant, revoke)]
