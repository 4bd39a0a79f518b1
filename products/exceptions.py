"""Errors a service raises when a request cannot be carried out; views turn them into clear messages."""

from typing import Any


class ApplicationError(Exception):
    """A refusal with a message meant for the person who asked (never a stack trace)."""

    def __init__(self, message: str, extra: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.extra = extra or {}
