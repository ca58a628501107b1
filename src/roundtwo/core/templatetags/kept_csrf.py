"""`{% csrf_token %}` that builds its hidden field once per page, loaded as a builtin.

A plan page holds a form per task; Django's tag evaluates the lazy token and formats the field
each time (about 30 microseconds, a tenth of a task's rendering). The token is the same for
the whole page (the context evaluates it once), so the field is kept beside it.
"""

from __future__ import annotations

from django import template
from django.template.base import Parser, Token
from django.template.context import Context
from django.template.defaulttags import CsrfTokenNode
from django.utils.html import format_html
from django.utils.safestring import SafeString

register = template.Library()


class KeptCsrfTokenNode(CsrfTokenNode):
    KEY = "roundtwo.csrf_field"

    def render(self, context: Context) -> str:
        token = context.get("csrf_token")
        if not token or token == "NOTPROVIDED":  # noqa: S105 (Django's marker, no secret)
            return str(super().render(context))  # Django's own warning and empty answer
        kept: tuple[object, SafeString] | None = context.render_context.get(self.KEY)
        if kept is None or kept[0] is not token:
            field = format_html(
                '<input type="hidden" name="csrfmiddlewaretoken" value="{}">', token
            )
            kept = (token, field)
            context.render_context[self.KEY] = kept
        return kept[1]


@register.tag
def csrf_token(parser: Parser, token: Token) -> KeptCsrfTokenNode:
    return KeptCsrfTokenNode()
