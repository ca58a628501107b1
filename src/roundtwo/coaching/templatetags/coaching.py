from __future__ import annotations

from typing import Any

from django import template

register = template.Library()


@register.filter
def get_item(mapping: dict[str, Any], key: str) -> Any:
    return mapping.get(key, [])


@register.filter
def target(obj: Any, kind: str) -> str:
    """The "kind:id" name of a comment's target, as the comment form posts it."""
    return f"{kind}:{obj.pk}"
