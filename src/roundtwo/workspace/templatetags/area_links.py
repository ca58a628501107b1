"""`{% area_links %}`: the list of area links, rendered once per page though shown twice.

The header shows the same links as a row on a wide screen and as a folded menu on a phone
(CSS shows one), and those links were a twentieth of a workspace page's time under load.
"""

from __future__ import annotations

from django import template
from django.template.context import Context
from django.utils.safestring import SafeString, mark_safe

register = template.Library()
TEMPLATE = "workspace/_area_links.html"


@register.simple_tag(takes_context=True)
def area_links(context: Context) -> SafeString:
    # The page's render context: shared by the page and what it includes, gone after the page.
    kept: SafeString | None = context.render_context.get(TEMPLATE)
    if kept is None:
        assert context.template is not None
        html = context.template.engine.get_template(TEMPLATE).render(context)
        kept = mark_safe(html)  # noqa: S308 (a template's own output, escaped as it rendered)
        context.render_context[TEMPLATE] = kept
    return kept
