"""The copy workflow: versions, guardrail checks, review, approval, publishing and the audit log.

States of a `GeneratedCopy`:

    draft ──submit──> in_review ──approve──> approved ──publish──> published
      ^                  │  │                                         │
      │                  │  └──reject──> rejected ──submit──> in_review│
      └──── edit / revert / regenerate / request changes (from any state) ─┘
    any state ──archive──> archived (and off the storefront)

Editing, restoring or regenerating always lands in draft: an approval is for one text, not for the next one.
A published copy keeps serving its `published_version` to the storefront while a new draft is worked on.
"""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Mapping
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from marketing.models import (
    BrandVoice,
    CopyAuditEntry,
    CopyChannel,
    CopyVersion,
    GeneratedCopy,
    PromptTemplate,
)
from marketing.services.copy_prompts import DEFAULT_BRAND_VOICE, DEFAULT_TEMPLATES, facts_for_checking
from products.exceptions import ApplicationError

GENERATE_COPY_PERMISSION = "marketing.add_generatedcopy"
EDIT_COPY_PERMISSION = "marketing.change_generatedcopy"
APPROVE_COPY_PERMISSION = "marketing.approve_generatedcopy"
PUBLISH_COPY_PERMISSION = "marketing.publish_generatedcopy"

Status = GeneratedCopy.Status
Action = CopyAuditEntry.Action
User = AbstractBaseUser | AnonymousUser


def require_permission(user: User | None, permission: str, message: str) -> None:
    """Raise PermissionDenied (HTTP 403 in views and the API) unless `user` has `permission`."""
    if user is None or not user.is_authenticated or not user.has_perm(permission):  # type: ignore[union-attr, attr-defined]
        raise PermissionDenied(message)


def acting_user(user: User | None) -> Any:
    """The user to record as the actor, or None for anonymous/system actions."""
    return user if user is not None and user.is_authenticated else None


# -- brand voices and templates ------------------------------------------------------------------------


def default_brand_voice() -> BrandVoice:
    """The default brand voice, created from the built-in one when the database has none."""
    voice = BrandVoice.objects.filter(is_default=True).first()
    if voice is None:
        voice, _ = BrandVoice.objects.get_or_create(name=DEFAULT_BRAND_VOICE["name"], defaults=DEFAULT_BRAND_VOICE)
    return voice


def active_prompt_template(channel: str) -> PromptTemplate:
    """The template new requests for `channel` use; version 1 is created from the defaults if none exists."""
    if channel not in CopyChannel.values:
        raise ApplicationError(f"unknown channel {channel!r}")
    template = PromptTemplate.objects.filter(channel=channel, is_active=True).first()
    if template is None:
        latest = PromptTemplate.objects.filter(channel=channel).order_by("-version").first()
        if latest is not None:
            PromptTemplate.objects.filter(pk=latest.pk).update(is_active=True)
            latest.is_active = True
            return latest
        template, _ = PromptTemplate.objects.get_or_create(
            channel=channel, version=1, defaults={**DEFAULT_TEMPLATES[channel], "notes": "Built-in default"}
        )
    return template


TEMPLATE_FIELDS = (
    "system_prompt", "user_template", "review_count", "target_words", "min_words", "max_words", "max_new_tokens",
)


@transaction.atomic
def revise_prompt_template(
    *, template: PromptTemplate, changes: Mapping[str, Any], user: User | None, notes: str = ""
) -> PromptTemplate:
    """Save `changes` as a new, active version of the template's channel; the old version stays as it was.

    Returns `template` unchanged when nothing differs.
    """
    unknown = set(changes) - set(TEMPLATE_FIELDS)
    if unknown:
        raise ApplicationError(f"cannot change {', '.join(sorted(unknown))} of a prompt template")
    current = {name: getattr(template, name) for name in TEMPLATE_FIELDS}
    if all(current[name] == value for name, value in changes.items()):
        return template
    # Lock the channel's templates first (PostgreSQL refuses FOR UPDATE together with an aggregate).
    list(PromptTemplate.objects.select_for_update().filter(channel=template.channel).values_list("pk", flat=True))
    latest = PromptTemplate.objects.filter(channel=template.channel).aggregate(v=Max("version"))["v"]
    PromptTemplate.objects.filter(channel=template.channel, is_active=True).update(is_active=False)
    return PromptTemplate.objects.create(
        channel=template.channel,
        version=(latest or 0) + 1,
        is_active=True,
        notes=notes[:255] or f"Edited from v{template.version}",
        created_by=acting_user(user),
        **{**current, **changes},
    )


@transaction.atomic
def activate_prompt_template(*, template: PromptTemplate) -> PromptTemplate:
    """Make this version the one new requests for its channel use (e.g. to roll back an edit)."""
    PromptTemplate.objects.filter(channel=template.channel, is_active=True).exclude(pk=template.pk).update(
        is_active=False
    )
    PromptTemplate.objects.filter(pk=template.pk).update(is_active=True)
    template.is_active = True
    return template


# -- guardrails ----------------------------------------------------------------------------------------


def guardrail_findings(
    *, copy: GeneratedCopy, text: str, template: PromptTemplate | None = None
) -> dict[str, Any]:
    """Fact check against the product's facts and brand-voice issues for `text`, ready to store on a version."""
    from ml.guardrails import check_brand_voice, check_facts

    product = copy.product
    facts = check_facts(text, facts_for_checking(product), title=product.title)
    template = template or active_prompt_template(copy.channel)
    voice = copy.brand_voice
    target = (copy.request_options or {}).get("target_words")
    max_words = template.max_words
    if target and max_words:
        max_words = max(max_words, int(target * 1.6))
    issues = check_brand_voice(
        text, avoid_words=voice.avoid_list if voice else (), min_words=template.min_words, max_words=max_words
    )
    return {
        "claims": [_claim_dict(claim) for claim in facts.claims],
        "unsupported_count": facts.unsupported_count,
        "voice_issues": [{"kind": issue.kind, "message": issue.message} for issue in issues],
    }


def _claim_dict(claim: Any) -> dict[str, Any]:
    return {
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "kind": claim.kind,
        "supported": bool(claim.supported),
        "reason": getattr(claim, "reason", ""),
    }


# -- versions ------------------------------------------------------------------------------------------


def record_version(
    *,
    copy: GeneratedCopy,
    text: str,
    author_kind: str,
    author: User | None = None,
    note: str = "",
    based_on: CopyVersion | None = None,
    template: PromptTemplate | None = None,
    **provenance: Any,
) -> CopyVersion:
    """Append a version to `copy` (checked by the guardrails) and make it the current one.

    Callers hold a transaction; the copy row is locked so two writers cannot take the same number.
    """
    text = text.strip()
    if not text:
        raise ApplicationError("the copy text is empty")
    GeneratedCopy.objects.select_for_update().filter(pk=copy.pk).first()
    number = (copy.versions.aggregate(n=Max("number"))["n"] or 0) + 1
    findings = guardrail_findings(copy=copy, text=text, template=template)
    version = CopyVersion.objects.create(
        copy=copy,
        number=number,
        text=text,
        author_kind=author_kind,
        author=acting_user(author),
        note=note[:500],
        based_on=based_on,
        prompt_template=template,
        **findings,
        **provenance,
    )
    copy.current_version = version
    copy.unsupported_claims = version.unsupported_count
    copy.save(update_fields=["current_version", "unsupported_claims", "updated_at"])
    return version


def return_to_draft(copy: GeneratedCopy) -> str:
    """Put the copy back to draft, withdrawing any approval; returns the status it had."""
    previous = copy.status
    copy.status = Status.DRAFT
    copy.approved_version = None
    copy.save(update_fields=["status", "approved_version", "updated_at"])
    return previous


def audit_copy(
    copy: GeneratedCopy, action: str, user: User | None, *, version: CopyVersion | None = None,
    comment: str = "", **details: Any,
) -> CopyAuditEntry:
    """Record who did `action` to `copy` (and to which version) in the audit log."""
    return CopyAuditEntry.objects.create(
        copy=copy, version=version, action=action, actor=acting_user(user), comment=comment, details=details
    )


def lock_copy(copy: GeneratedCopy) -> GeneratedCopy:
    """The copy re-read under a row lock, so that state checks see the latest status."""
    # of=("self",): PostgreSQL cannot lock the nullable side of the outer joins select_related adds.
    return GeneratedCopy.objects.select_for_update(of=("self",)).select_related("product", "brand_voice", "current_version").get(
        pk=copy.pk
    )


@transaction.atomic
def edit_copy(*, copy: GeneratedCopy, text: str, user: User | None, note: str = "") -> CopyVersion:
    """Save a person's text as a new version; the copy goes back to draft (any approval is withdrawn)."""
    require_permission(user, EDIT_COPY_PERMISSION, "You may not edit copy.")
    copy = lock_copy(copy)
    if copy.current_version is not None and copy.current_version.text == text.strip():
        raise ApplicationError("nothing changed: the text is the same as the current version")
    version = record_version(
        copy=copy, text=text, author_kind=CopyVersion.Author.USER, author=user, note=note,
        based_on=copy.current_version,
    )
    previous = return_to_draft(copy)
    audit_copy(copy, Action.EDITED, user, version=version, comment=note, previous_status=previous)
    return version


@transaction.atomic
def revert_copy(*, copy: GeneratedCopy, version: CopyVersion, user: User | None) -> CopyVersion:
    """Restore an earlier version's text as a new version (history is never rewritten); back to draft."""
    require_permission(user, EDIT_COPY_PERMISSION, "You may not edit copy.")
    copy = lock_copy(copy)
    if version.copy_id != copy.pk:
        raise ApplicationError("that version belongs to another copy")
    if copy.current_version_id == version.pk:
        raise ApplicationError(f"version {version.number} is already the current version")
    restored = record_version(
        copy=copy, text=version.text, author_kind=CopyVersion.Author.USER, author=user,
        note=f"Restored version {version.number}", based_on=version,
    )
    previous = return_to_draft(copy)
    audit_copy(copy, Action.REVERTED, user, version=restored, restored_number=version.number, previous_status=previous)
    return restored


# -- review and publishing -------------------------------------------------------------------------------


@transaction.atomic
def submit_copy_for_review(*, copy: GeneratedCopy, user: User | None) -> GeneratedCopy:
    """Send a draft (or rejected) copy to the approvers."""
    require_permission(user, EDIT_COPY_PERMISSION, "You may not send copy for review.")
    copy = lock_copy(copy)
    if copy.status not in (Status.DRAFT, Status.REJECTED):
        raise ApplicationError(f"only draft or rejected copy can be sent for review (this one is {copy.get_status_display().lower()})")
    if copy.current_version is None:
        raise ApplicationError("this copy has no text yet")
    copy.status = Status.IN_REVIEW
    copy.save(update_fields=["status", "updated_at"])
    audit_copy(copy, Action.SUBMITTED, user, version=copy.current_version)
    return copy


@transaction.atomic
def approve_copy(*, copy: GeneratedCopy, user: User | None, override: bool = False, reason: str = "") -> GeneratedCopy:
    """Approve the current version of a copy in review.

    A version with unsupported claims is refused unless `override` is set with a reason; the override and the
    claims it waved through are recorded in the audit log.
    """
    require_permission(user, APPROVE_COPY_PERMISSION, "Only approvers can approve copy.")
    copy = lock_copy(copy)
    if copy.status != Status.IN_REVIEW:
        raise ApplicationError(f"only copy in review can be approved (this one is {copy.get_status_display().lower()})")
    version = copy.current_version
    if version is None:
        raise ApplicationError("this copy has no text yet")
    action = Action.APPROVED
    details: dict[str, Any] = {}
    if version.unsupported_count:
        if not override:
            raise ApplicationError(
                f"version {version.number} has {version.unsupported_count} claim(s) the product's facts do not "
                "back; fix them or approve with an override and a reason",
                extra={"unsupported_claims": [c["text"] for c in version.claims if not c["supported"]]},
            )
        if not reason.strip():
            raise ApplicationError("an override needs a reason")
        action = Action.APPROVED_WITH_OVERRIDE
        details["unsupported_claims"] = [c["text"] for c in version.claims if not c["supported"]]
    copy.status = Status.APPROVED
    copy.approved_version = version
    copy.save(update_fields=["status", "approved_version", "updated_at"])
    audit_copy(copy, action, user, version=version, comment=reason.strip(), **details)
    return copy


@transaction.atomic
def reject_copy(*, copy: GeneratedCopy, user: User | None, comment: str = "") -> GeneratedCopy:
    """Send a copy in review back to its writers as rejected, with the reviewer's comment."""
    require_permission(user, APPROVE_COPY_PERMISSION, "Only approvers can reject copy.")
    copy = lock_copy(copy)
    if copy.status != Status.IN_REVIEW:
        raise ApplicationError(f"only copy in review can be rejected (this one is {copy.get_status_display().lower()})")
    copy.status = Status.REJECTED
    copy.save(update_fields=["status", "updated_at"])
    audit_copy(copy, Action.REJECTED, user, version=copy.current_version, comment=comment.strip())
    return copy


@transaction.atomic
def publish_copy(*, copy: GeneratedCopy, user: User | None) -> GeneratedCopy:
    """Put the approved version on the storefront, in one step, recorded in the audit log.

    Another variant that was live for the same product, channel and language is taken off and archived.
    """
    require_permission(user, PUBLISH_COPY_PERMISSION, "Only approvers can publish copy.")
    copy = lock_copy(copy)
    if copy.status != Status.APPROVED or copy.approved_version_id is None:
        raise ApplicationError(f"only approved copy can be published (this one is {copy.get_status_display().lower()})")
    live = (
        GeneratedCopy.objects.select_for_update()
        .filter(product_id=copy.product_id, channel=copy.channel, language=copy.language, published_version__isnull=False)
        .exclude(pk=copy.pk)
    )
    for other in live:
        replaced = other.published_version
        other.published_version = None
        other.status = Status.ARCHIVED
        other.save(update_fields=["published_version", "status", "updated_at"])
        audit_copy(other, Action.ARCHIVED, user, version=replaced, comment=f"Replaced by variant {copy.variant}")
    copy.status = Status.PUBLISHED
    copy.published_version = copy.approved_version
    copy.published_at = timezone.now()
    copy.save(update_fields=["status", "published_version", "published_at", "updated_at"])
    audit_copy(copy, Action.PUBLISHED, user, version=copy.published_version, replaced=[o.pk for o in live])
    return copy


@transaction.atomic
def archive_copy(*, copy: GeneratedCopy, user: User | None, comment: str = "") -> GeneratedCopy:
    """Retire a variant. Taking live copy off the storefront needs the publish permission."""
    require_permission(user, EDIT_COPY_PERMISSION, "You may not archive copy.")
    copy = lock_copy(copy)
    if copy.status == Status.ARCHIVED:
        raise ApplicationError("this copy is already archived")
    if copy.published_version_id is not None:
        require_permission(user, PUBLISH_COPY_PERMISSION, "Only approvers can take published copy off the storefront.")
    was_live = copy.published_version
    copy.status = Status.ARCHIVED
    copy.published_version = None
    copy.approved_version = None
    copy.save(update_fields=["status", "published_version", "approved_version", "updated_at"])
    audit_copy(copy, Action.ARCHIVED, user, version=was_live or copy.current_version, comment=comment.strip())
    return copy


# -- diffs ------------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"\s+|[^\s]+")


def version_diff_html(old: str, new: str) -> str:
    """A word-level diff of two texts as escaped HTML with <del> and <ins>; safe to render.

    Changes separated only by whitespace are shown as one change, which reads better than word-by-word.
    """
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    # Runs of (equal text) or (removed, added) pairs; whitespace between two changes joins them.
    runs: list[tuple[str, str] | str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            runs.append("".join(a[i1:i2]))
            continue
        removed = "".join(a[i1:i2]) if op in ("delete", "replace") else ""
        added = "".join(b[j1:j2]) if op in ("insert", "replace") else ""
        if len(runs) >= 2 and isinstance(runs[-2], tuple) and isinstance(runs[-1], str) and not runs[-1].strip():
            space = runs.pop()
            assert isinstance(space, str)
            previous = runs.pop()
            assert isinstance(previous, tuple)
            removed = previous[0] + space + removed if previous[0] or removed else ""
            added = previous[1] + space + added if previous[1] or added else ""
        runs.append((removed, added))
    parts: list[str] = []
    for run in runs:
        if isinstance(run, str):
            parts.append(html.escape(run))
            continue
        if run[0]:
            parts.append(f"<del>{html.escape(run[0])}</del>")
        if run[1]:
            parts.append(f"<ins>{html.escape(run[1])}</ins>")
    return "".join(parts)
