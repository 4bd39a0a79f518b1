"""Editing copy in the editor saves a new version by the person; the model's text stays in the history."""

import pytest
from django.urls import reverse

from marketing.models import CopyVersion
from tests.factories import GeneratedCopyFactory

pytestmark = pytest.mark.django_db


def test_saving_the_editor_adds_a_version(client, marketer):
    copy = GeneratedCopyFactory(text="Model text about a bottle.")
    client.force_login(marketer)

    response = client.post(reverse("dashboard:copy-edit", args=[copy.pk]),
                           {"text": "A person's better text about a bottle.", "note": "tightened"})

    assert response.status_code == 302
    copy.refresh_from_db()
    latest = copy.current_version
    assert (latest.number, latest.author, latest.author_kind, latest.note) == (2, marketer, CopyVersion.Author.USER,
                                                                            "tightened")
    assert copy.versions.get(number=1).text == "Model text about a bottle."


def test_htmx_save_answers_with_the_updated_card(client, marketer):
    copy = GeneratedCopyFactory()
    client.force_login(marketer)

    response = client.post(reverse("dashboard:copy-edit", args=[copy.pk]), {"text": "Fresh words <b>here</b>."},
                           HTTP_HX_REQUEST="true")

    assert response.status_code == 200
    body = response.content.decode()
    assert f'id="variant-{copy.pk}"' in body
    assert "Fresh words &lt;b&gt;here&lt;/b&gt;." in body  # model or person text is never rendered as HTML


def test_saving_the_same_text_again_is_refused(client, marketer):
    copy = GeneratedCopyFactory(text="Same text.")
    client.force_login(marketer)

    client.post(reverse("dashboard:copy-edit", args=[copy.pk]), {"text": "Same text."})

    assert copy.versions.count() == 1
