"""The read-along page in a real headless Chromium: loads cleanly, follows the audio, takes keys."""

from __future__ import annotations

import functools
import http.server
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from a11y.helpers import axe_script, make_article, read_tone, tricky_article
from newsread.episode import Episode
from newsread.export.readalong import write_readalong


@pytest.fixture(scope="module")
def page_dir(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Episode]:
    episode = read_tone(tricky_article(), per_char=0.02)
    folder = tmp_path_factory.mktemp("readalong") / "page"
    write_readalong(episode, folder)
    return folder, episode


@pytest.fixture(scope="module")
def server(page_dir: tuple[Path, Episode]) -> Iterator[str]:
    folder = page_dir[0]

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _drain(driver: Any) -> None:
    driver.get_log("browser")
    driver.get_log("performance")


def _requests(driver: Any) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def _open(driver: Any, url: str) -> None:
    driver.get("about:blank")
    _drain(driver)
    driver.get(url)
    _wait(driver, "return document.readyState === 'complete' && document.getElementById('audio').readyState >= 1")


def _wait(driver: Any, script: str, timeout: float = 15.0) -> Any:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = driver.execute_script(script)
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for: {script}")


def _state(driver: Any) -> dict[str, Any]:
    return dict(
        driver.execute_script(
            "var a = document.getElementById('audio'); var cur = document.querySelectorAll('.s.current');"
            "return {t: a.currentTime, paused: a.paused, rate: a.playbackRate, n: cur.length,"
            " i: cur.length ? Number(cur[0].getAttribute('data-i')) : -1,"
            " focused: document.activeElement ? document.activeElement.getAttribute('data-i') : null,"
            " status: document.getElementById('status').textContent};"
        )
    )


def _sentence_at(episode: Episode, t: float) -> int:
    found = 0
    for i, timing in enumerate(episode.timings):
        if timing.start <= t + 0.001:
            found = i
    return found


@pytest.mark.parametrize("via", ["file", "http"])
def test_page_loads_cleanly_and_stays_in_its_folder(
    browser: Any, page_dir: tuple[Path, Episode], server: str, via: str
) -> None:
    folder, episode = page_dir
    base = folder.as_uri() + "/" if via == "file" else server
    _open(browser, base + "index.html")
    assert browser.title == episode.title
    # play a little so the audio is really fetched, then look at everything the page asked for
    browser.find_element("id", "play").click()
    _wait(browser, "return document.getElementById('audio').currentTime > 0.2")
    browser.find_element("id", "play").click()
    errors = [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]
    assert errors == []
    urls = _requests(browser)
    assert base + "audio.mp3" in urls and base + "readalong.js" in urls
    # data: URLs are the browser's own media-control icons, not requests
    outside = [u for u in urls if not u.startswith(base) and not u.startswith("data:")]
    assert outside == []
    assert _state(browser)["n"] == 1


def test_highlight_follows_the_audio(browser: Any, page_dir: tuple[Path, Episode]) -> None:
    folder, episode = page_dir
    _open(browser, (folder / "index.html").as_uri())
    assert _state(browser)["i"] == 0
    browser.find_element("id", "play").click()
    seen: list[int] = []
    end = time.monotonic() + 30
    while time.monotonic() < end:
        before = _state(browser)
        state = _state(browser)
        if not state["paused"] and not before["paused"]:
            # the highlighted sentence is one the audio was in between the two reads, allowing
            # the 0.25 s a browser may take between two timeupdate events
            allowed = range(_sentence_at(episode, before["t"] - 0.3), _sentence_at(episode, state["t"]) + 1)
            assert state["i"] in allowed, (before, state)
            if not seen or seen[-1] != state["i"]:
                seen.append(state["i"])
        if state["i"] >= 4:
            break
        time.sleep(0.03)
    browser.find_element("id", "play").click()
    assert seen == sorted(seen) and seen[0] == 0 and seen[-1] == 4
    assert len(seen) >= 3  # seen moving, not only jumping to the end


def test_keys_move_between_sentences_and_change_speed(browser: Any, page_dir: tuple[Path, Episode]) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    folder, episode = page_dir
    _open(browser, (folder / "index.html").as_uri())
    keys = ActionChains(browser)
    keys.send_keys(Keys.ARROW_RIGHT).send_keys(Keys.ARROW_RIGHT).perform()
    state = _state(browser)
    assert state["i"] == 2 and state["focused"] == "2" and state["paused"]
    assert state["t"] == pytest.approx(episode.timings[2].start, abs=0.01)
    assert state["status"] == f"문장 3 / {len(episode.timings)}"
    ActionChains(browser).send_keys(Keys.ARROW_LEFT).perform()
    assert _state(browser)["i"] == 1
    ActionChains(browser).send_keys("]").send_keys("]").perform()
    assert _state(browser)["rate"] == 1.5
    ActionChains(browser).send_keys("[").perform()
    assert _state(browser)["rate"] == 1.25
    ActionChains(browser).send_keys(Keys.SPACE).perform()
    _wait(browser, "return !document.getElementById('audio').paused")
    ActionChains(browser).send_keys(Keys.SPACE).perform()
    _wait(browser, "return document.getElementById('audio').paused")
    for _ in range(len(episode.timings) + 2):
        ActionChains(browser).send_keys(Keys.ARROW_RIGHT).perform()
    assert _state(browser)["i"] == len(episode.timings) - 1  # stops at the last sentence


def test_clicking_a_sentence_plays_from_it(browser: Any, page_dir: tuple[Path, Episode]) -> None:
    folder, episode = page_dir
    _open(browser, (folder / "index.html").as_uri())
    browser.find_element("id", "s5").click()
    _wait(browser, "return !document.getElementById('audio').paused")
    state = _state(browser)
    browser.find_element("id", "play").click()
    assert state["i"] == 4
    assert episode.timings[4].start <= state["t"] < episode.timings[4].end + 0.05


def _axe(browser: Any) -> list[dict[str, Any]]:
    script = axe_script()
    if script is None:
        pytest.skip("axe-core is not installed: run npm install --no-package-lock (or set NEWSREAD_AXE_JS)")
    browser.execute_script(script.read_text(encoding="utf-8"))
    result = browser.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(r.violations); },"
        " function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e)}]); });"
    )
    return list(result)


def test_axe_finds_no_serious_violations(browser: Any, page_dir: tuple[Path, Episode]) -> None:
    folder, _ = page_dir
    _open(browser, (folder / "index.html").as_uri())
    violations = _axe(browser)
    serious = [(v["id"], v["help"]) for v in violations if v["impact"] in ("serious", "critical")]
    assert serious == []


def test_single_sentence_page_works(browser: Any, tmp_path: Path) -> None:
    episode = read_tone(make_article(("paragraph", "정부가 예산을 확정했다."), title="<단신>"))
    write_readalong(episode, tmp_path / "page")
    _open(browser, (tmp_path / "page" / "index.html").as_uri())
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    ActionChains(browser).send_keys(Keys.ARROW_RIGHT).send_keys(Keys.ARROW_LEFT).perform()
    assert _state(browser)["i"] == 0
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []
    assert _axe(browser) is not None
    assert browser.title == "<단신>"
