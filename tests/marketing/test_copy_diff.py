"""A diff between two versions marks removed and added words and escapes the text."""

import pytest
from django.urls import reverse

from marketing.services import copy_workflow as workflow
from marketing.services.copy_workflow import version_diff_html
from tests.factories import GeneratedCopyFactory


def test_changed_words_are_marked():
    html = version_diff_html("Keeps drinks cold for hours.", "Keeps drinks cold all day.")

    assert html == "Keeps drinks cold <del>for hours.</del><ins>all day.</ins>"


def test_text_in_a_diff_is_escaped():
    html = version_diff_html("Plain text.", "Plain <script>alert(1)</script> text.")

    assert "<script>" not in html and "&lt;script&gt;" in html


@pytest.mark.django_db
def test_the_history_page_shows_a_diff_between_any_two_versions(client, marketer):
    copy = GeneratedCopyFactory(text="One two three.")
    workflow.edit_copy(copy=copy, text="One two four.", user=marketer)
    workflow.edit_copy(copy=copy, text="Five two four.", user=marketer)
    client.force_login(marketer)

    page = client.get(reverse("dashboard:copy-history", args=[copy.pk]), {"a": 1, "b": 3}).content.decode()

    assert "<del>One</del><ins>Five</ins> two <del>three.</del><ins>four.</ins>" in page
