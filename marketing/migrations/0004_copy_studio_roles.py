"""Copy studio permissions for the roles, and the built-in prompt templates and brand voice.

Viewers read copy; Marketers also generate and edit it; only Approvers approve, publish and change the
brand voices and prompt templates.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

COPY_VIEW = [
    "view_generatedcopy",
    "view_copyversion",
    "view_copyauditentry",
    "view_brandvoice",
    "view_prompttemplate",
]
COPY_WRITE = ["add_generatedcopy", "change_generatedcopy"]
COPY_APPROVE = [
    "approve_generatedcopy",
    "publish_generatedcopy",
    "add_brandvoice",
    "change_brandvoice",
    "add_prompttemplate",
    "change_prompttemplate",
]
ROLE_COPY_PERMISSIONS = {
    "Viewer": COPY_VIEW,
    "Marketer": COPY_VIEW + COPY_WRITE,
    "Approver": COPY_VIEW + COPY_WRITE + COPY_APPROVE,
}


def grant(apps, schema_editor):
    marketing = apps.get_app_config("marketing")
    marketing.models_module = True
    create_permissions(marketing, apps=apps, verbosity=0)
    marketing.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, codenames in ROLE_COPY_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="marketing", codename__in=codenames)
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    every = set(COPY_VIEW + COPY_WRITE + COPY_APPROVE)
    permissions = Permission.objects.filter(content_type__app_label="marketing", codename__in=every)
    for group in Group.objects.filter(name__in=list(ROLE_COPY_PERMISSIONS)):
        group.permissions.remove(*permissions)


def seed_defaults(apps, schema_editor):
    from marketing.services.copy_prompts import DEFAULT_BRAND_VOICE, DEFAULT_TEMPLATES

    BrandVoice = apps.get_model("marketing", "BrandVoice")
    PromptTemplate = apps.get_model("marketing", "PromptTemplate")
    if not BrandVoice.objects.exists():
        BrandVoice.objects.create(**DEFAULT_BRAND_VOICE)
    for channel, fields in DEFAULT_TEMPLATES.items():
        if not PromptTemplate.objects.filter(channel=channel).exists():
            PromptTemplate.objects.create(channel=channel, version=1, is_active=True, notes="Built-in default", **fields)


class Migration(migrations.Migration):
    dependencies = [
        ("marketing", "0003_copy_studio"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [
        migrations.RunPython(grant, revoke),
        migrations.RunPython(seed_defaults, migrations.RunPython.noop),
    ]
