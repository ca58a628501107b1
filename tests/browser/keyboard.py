"""Moving through a page with the Tab key only, as a keyboard user does."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

FOCUS_RING = """e => {
  const style = getComputedStyle(e);
  const outline = style.outlineStyle !== "none" && style.outlineWidth !== "0px";
  return outline || style.boxShadow !== "none";
}"""


def tab_to(page: Page, target: Locator, limit: int = 80) -> None:
    """Presses Tab until the target has the focus: it must be in the tab order, not just there."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if target.evaluate("e => e === document.activeElement"):
            assert target.evaluate(FOCUS_RING), "the focus is not visible on the target"
            return
    raise AssertionError(f"{limit} presses of Tab never reached {target}")
