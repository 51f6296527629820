"""Back to the page that was open: after a panic, the next start (or Continue on the plain start page) returns
to it, once.

Only a neutral id is kept (``Settings.view``): the section's number and, for a guidance page, a short hash of
its name, e.g. ``"1-3fa2c91b"``; nothing that says what was being read. It is written at the panic (after every
window is hidden) and cleared once used, so an ordinary restart opens on the start page.
"""

from __future__ import annotations

import contextlib
import re

_VIEW = re.compile(r"^([1-9])(?:-([0-9a-f]{8}))?$")


def page_token(page_id: str) -> str:
    import hashlib  # here: loading OpenSSL's hashes is not needed before the first frame of a fresh start

    return hashlib.blake2s(page_id.encode("utf-8"), digest_size=4, person=b"view").hexdigest()


def current_view(window) -> str:
    """The neutral id of what ``window`` shows ("" for nothing worth returning to: the start page, no page)."""
    from iia_help.ui.main_window import PAGES

    name = window.current_page_name()
    if not name:
        return ""
    number = next(i for i, spec in enumerate(PAGES, start=1) if spec.name == name)
    page = window.built_pages().get(name)
    from iia_help.ui.guidance_page import GuidancePage

    page_id = page.current_page_id() if isinstance(page, GuidancePage) else ""
    if number == 1:
        from iia_help.ui.guidance_page import HOME_PAGE

        return "" if not page_id or page_id == HOME_PAGE else f"1-{page_token(page_id)}"
    return str(number)


def remember(ctx, window) -> None:
    """Keep what is on screen (called at a panic, after the windows are hidden). The plain page keeps the old one."""
    import shiboken6

    cover = window.shell.start_cover  # the plain page of the discreet start
    if ctx.guest or (cover is not None and shiboken6.isValid(cover)):
        return
    view = current_view(window)
    if view != ctx.settings.view:
        with contextlib.suppress(OSError, ValueError):
            ctx.update_settings(view=view)


def resume(ctx, window, *, focus: bool = False) -> bool:
    """Go back to the remembered page, if any, and forget it. Returns True if it did."""
    from iia_help.ui.main_window import PAGES

    match = _VIEW.match(ctx.settings.view or "")
    if ctx.settings.view:
        with contextlib.suppress(OSError, ValueError):
            ctx.update_settings(view="")
    if match is None or int(match.group(1)) > len(PAGES):
        return False
    name = PAGES[int(match.group(1)) - 1].name
    token = match.group(2)
    if name == PAGES[0].name and token is None:
        return False
    page = window.navigate(name, focus=focus)
    if token:
        from iia_help.ui.guidance_page import GuidancePage

        library = page.library if isinstance(page, GuidancePage) else None
        target = next((pid for pid in (library.pages if library is not None else {}) if page_token(pid) == token),
                      None)
        if target is None:
            return False
        page.open_page(target, record=False)
        if focus:
            page.focus_first()
    return True


def install(ctx, window) -> None:
    """Remember the page at every panic."""
    ctrl = window.shell.panic
    if ctrl is not None:
        ctrl.panic_started.connect(lambda _source: remember(ctx, window))
