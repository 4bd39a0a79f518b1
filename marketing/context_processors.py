"""What the signed-in person may do, for templates to show or hide buttons."""

from typing import Any

from django.http import HttpRequest

from marketing.roles import role_flags


def roles(request: HttpRequest) -> dict[str, Any]:
    return {"can": role_flags(request.user)}
