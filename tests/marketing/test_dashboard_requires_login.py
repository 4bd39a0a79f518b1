"""Anonymous visitors are sent to the login page from every dashboard URL, and the API refuses them."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

pytestmark = pytest.mark.django_db

SAMPLE_KWARGS = {"job_id": 1, "sku": "SKU-1", "pk": 1}


def dashboard_urls() -> list[str]:
    urls = []

    def walk(patterns, namespace=None):  # type: ignore[no-untyped-def]
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                if pattern.namespace in ("dashboard", "catalog"):
                    walk(pattern.url_patterns, pattern.namespace)
            elif isinstance(pattern, URLPattern) and namespace:
                names = pattern.pattern.converters.keys()
                urls.append(reverse(f"{namespace}:{pattern.name}", kwargs={k: SAMPLE_KWARGS[k] for k in names}))

    walk(get_resolver().url_patterns)
    return urls


def test_there_are_dashboard_urls_to_check():
    assert len(dashboard_urls()) >= 8


@pytest.mark.parametrize("url", dashboard_urls())
@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_users_are_redirected_to_login(client, url, method):
    response = getattr(client, method)(url)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("url", ["/api/v1/products/", "/api/v1/jobs/", "/api/v1/imports/"])
def test_the_api_refuses_anonymous_requests(client, url):
    assert client.get(url).status_code in (401, 403)
