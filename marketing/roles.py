"""The three dashboard roles and what each may do. Groups are created by a data migration."""

from typing import Any

VIEWER, MARKETER, APPROVER = "Viewer", "Marketer", "Approver"

# Permission codenames each group gets (app_label.codename). Approvers can do what Marketers can, and more.
ROLE_PERMISSIONS: dict[str, list[str]] = {
    VIEWER: [
        "products.view_category",
        "products.view_product",
        "products.view_review",
        "products.view_catalogimport",
        "marketing.view_job",
        "marketing.view_reviewsentiment",
    ],
}
ROLE_PERMISSIONS[MARKETER] = ROLE_PERMISSIONS[VIEWER] + [
    "products.add_product",
    "products.change_product",
    "products.add_review",
    "products.change_review",
    "products.add_category",
    "products.change_category",
    "products.add_catalogimport",
    "marketing.add_job",
    "marketing.change_job",
]
ROLE_PERMISSIONS[APPROVER] = list(ROLE_PERMISSIONS[MARKETER])

IMPORT_PERMISSION = "products.add_catalogimport"
RUN_JOBS_PERMISSION = "marketing.add_job"


def role_flags(user: Any) -> dict[str, bool]:
    """Flags for templates: what the user may do in the dashboard."""
    if not getattr(user, "is_authenticated", False):
        return {"import": False, "run_jobs": False}
    return {"import": user.has_perm(IMPORT_PERMISSION), "run_jobs": user.has_perm(RUN_JOBS_PERMISSION)}
