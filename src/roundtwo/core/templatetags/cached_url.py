"""`{% url %}` that keeps the paths it has reversed, loaded into every template as a builtin.

Reversing a named pattern costs Django tens of microseconds, and a workspace page reverses
50-60 of them (the site header, the area links, an edit and a toggle link per listed item):
about a tenth of a page's time under load. A path depends only on the pattern's name, its
arguments, the namespace of the current request, the URL configuration and the script prefix,
so it is kept in a bounded per-process cache keyed by all of them. Arguments other than
numbers and strings (an object whose str() might change) are reversed every time.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from django import template
from django.template.base import Parser, Token
from django.template.context import Context
from django.template.defaulttags import URLNode
from django.template.defaulttags import url as django_url
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils.html import conditional_escape

register = template.Library()
_KEYABLE = (int, str)
_ROUTING = "roundtwo.url_routing"


@lru_cache(maxsize=8192)
def _reverse(
    view_name: str,
    args: tuple[Any, ...],
    kwargs: tuple[tuple[str, Any], ...],
    current_app: str | None,
    urlconf: str | None,
    prefix: str,
) -> str:
    del prefix  # part of the key: reverse() reads it from the thread itself
    return reverse(
        view_name, urlconf=urlconf, args=args, kwargs=dict(kwargs), current_app=current_app
    )


def reverse_kept(
    view_name: str,
    args: list[Any],
    kwargs: dict[str, Any],
    current_app: str | None,
    routing: tuple[str | None, str],
) -> str:
    """`routing`: the URL configuration and script prefix the path is reversed under."""
    values = [*args, *kwargs.values()]
    if not isinstance(view_name, str) or not all(type(v) in _KEYABLE for v in values):
        return reverse(view_name, args=args, kwargs=kwargs, current_app=current_app)
    return _reverse(view_name, tuple(args), tuple(sorted(kwargs.items())), current_app, *routing)


def _routing(context: Context) -> tuple[str | None, str]:
    """The URL configuration and script prefix, read once per page: both are context-local
    lookups that cost more than a kept path."""
    kept: tuple[str | None, str] | None = context.render_context.get(_ROUTING)
    if kept is None:
        kept = (get_urlconf(), get_script_prefix())
        context.render_context[_ROUTING] = kept
    return kept


class KeptURLNode(URLNode):
    """Django's URLNode with the reverse() call replaced by reverse_kept()."""

    def render(self, context: Context) -> str:
        args = [arg.resolve(context) for arg in self.args]
        kwargs = {k: v.resolve(context) for k, v in self.kwargs.items()}
        view_name = self.view_name.resolve(context)
        request = getattr(context, "request", None)
        current_app = getattr(request, "current_app", None)
        if current_app is None:
            current_app = getattr(getattr(request, "resolver_match", None), "namespace", None)
        url = ""
        try:
            url = reverse_kept(view_name, args, kwargs, current_app, _routing(context))
        except NoReverseMatch:
            if self.asvar is None:
                raise
        if self.asvar:
            context[self.asvar] = url
            return ""
        return str(conditional_escape(url)) if context.autoescape else url


@register.tag
def url(parser: Parser, token: Token) -> KeptURLNode:
    node = django_url(parser, token)
    return KeptURLNode(node.view_name, node.args, node.kwargs, node.asvar)
