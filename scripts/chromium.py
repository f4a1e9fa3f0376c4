"""Launch Debian's headless Chromium through Playwright (never ``playwright install``)."""

import os

__all__ = ["CHROMIUM", "ARGS", "launch", "open_page"]

CHROMIUM = os.environ.get("ACTORGRAPH_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def launch(playwright):
    """Return a Chromium browser launched from `CHROMIUM`."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)


def open_page(browser, path, *, width=1280, height=800, timeout=120_000):
    """Open `path` from file:// with every other request aborted; returns the page once laid out."""
    page = browser.new_page(viewport={"width": width, "height": height})
    page.set_default_timeout(timeout)
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    page.goto(path.resolve().as_uri())
    page.wait_for_selector("html[data-ready=true]", state="attached")
    return page
