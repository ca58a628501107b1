"""The builtin tags made cheaper: {% url %} keeps reversed paths, {% csrf_token %} its field."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from django.template import Context, Template
from django.test import Client
from django.urls import NoReverseMatch, set_script_prefix

from roundtwo.core.templatetags import cached_url
from roundtwo.opportunities.models import Opportunity


def render(source: str, **values: object) -> str:
    return Template(source).render(Context(values))


def test_the_same_name_and_arguments_are_reversed_once() -> None:
    cached_url._reverse.cache_clear()
    for _ in range(3):
        assert render("{% url 'plan:list' pk %}", pk=41) == "/o/41/plan/"
    assert cached_url._reverse.cache_info().hits == 2


def test_each_argument_and_script_prefix_gets_its_own_path() -> None:
    assert render("{% url 'plan:list' pk %}", pk=42) == "/o/42/plan/"
    set_script_prefix("/roundtwo/")
    try:
        assert render("{% url 'plan:list' pk %}", pk=42) == "/roundtwo/o/42/plan/"
    finally:
        set_script_prefix("/")
    assert render("{% url 'plan:list' pk %}", pk=42) == "/o/42/plan/"


def test_as_var_keeps_the_path_and_an_unknown_name_still_fails() -> None:
    assert render("{% url 'plan:list' 7 as link %}<a href='{{ link }}'>", pk=7) == (
        "<a href='/o/7/plan/'>"
    )
    assert render("{% url 'no:such' as link %}[{{ link }}]") == "[]"
    with pytest.raises(NoReverseMatch):
        render("{% url 'no:such' %}")


def test_every_form_on_a_plan_page_carries_a_token_the_site_accepts(
    alice: User, alices_opportunity: Opportunity
) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    page = client.get(f"/o/{alices_opportunity.pk}/plan/").content.decode()
    tokens = re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert len(tokens) > 2 and len(set(tokens)) == 1
    task = alices_opportunity.plan_tasks.first()
    assert task is not None
    toggle = f"/o/{alices_opportunity.pk}/plan/{task.pk}/toggle/"
    assert client.post(toggle, {"csrfmiddlewaretoken": tokens[-1]}).status_code == 302
    assert client.post(toggle, {"csrfmiddlewaretoken": "forged" * 8}).status_code == 403
