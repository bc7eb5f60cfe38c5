"""Stories a page carries as data (JSON-LD, a Next.js page's state) rather than shows."""

from __future__ import annotations

import io
import json
import logging
import sys
from pathlib import Path
from typing import Any

import pytest
from lxml import html

from newsread import ingest
from newsread.ingest import embedded, load_all, parse_html, read_source

_LEAD = "시가 올해 공공 자전거 3000대를 새로 들인다."
_SECOND = "시는 5일 자전거 대여소 120곳을 늘리고 낡은 자전거 1500대를 바꾼다고 밝혔다. 이용 요금은 그대로다."
_THIRD = '시 관계자는 "출퇴근길에 자전거를 타는 시민이 늘고 있어 대여소를 더 촘촘하게 놓겠다"고 말했다.'


def _page(head: str = "", body: str = "", scripts: str = "") -> str:
    return f"<html><head><meta charset='utf-8'>{head}</head><body>{body}{scripts}</body></html>"


def _ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


def _next(obj: object) -> str:
    return f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(obj, ensure_ascii=False)}</script>'


def test_jsonld_in_a_graph_with_lines_as_paragraphs() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "한빛일보"},
            {
                "@type": ["NewsArticle"],
                "headline": "공공 자전거 3000대 늘린다",
                "articleBody": f"{_LEAD}\n{_SECOND}\n{_THIRD}",
                "author": [{"@type": "Person", "name": "나하준"}],
                "datePublished": "2026-04-05T09:00:00+09:00",
            },
        ],
    }
    article = parse_html(_page(_ld(graph), "<div id='app'>불러오는 중</div>"))
    assert [b.text for b in article.blocks] == ["공공 자전거 3000대 늘린다", _LEAD, _SECOND, _THIRD]
    assert (article.author, article.date) == ("나하준", "2026-04-05T09:00:00+09:00")


def test_a_body_the_page_shows_is_read_from_the_page() -> None:
    # the JSON-LD repeats the story the page shows: the page's own blocks (its subheading) are read
    title = "공공 자전거 3000대 늘린다"
    ld = _ld({"@type": "NewsArticle", "headline": title, "articleBody": f"{_LEAD} {_SECOND} {_THIRD}"})
    body = f"<article><h1>{title}</h1><p>{_LEAD}</p><h3>요금은 그대로</h3><p>{_SECOND}</p><p>{_THIRD}</p></article>"
    article = parse_html(_page(ld, body))
    assert [b.kind for b in article.blocks] == ["title", "paragraph", "heading", "paragraph", "paragraph"]


def test_next_data_html_body_not_a_related_story() -> None:
    state = {
        "props": {
            "pageProps": {
                "related": [{"title": "따릉이 요금 동결", "url": "/a/1"}],
                "data": {
                    "articleTitle": "공공 자전거 3000대 늘린다",
                    "bodyHtml": f"<p>{_LEAD}</p><p>{_SECOND}</p>"
                    f"<figure><img src='a.jpg'><figcaption>대여소 모습.</figcaption></figure><p>{_THIRD}</p>",
                    "reporter": {"displayName": "나하준"},
                },
            }
        }
    }
    article = parse_html(_page(body="<div id='__next'><header>메뉴</header></div>", scripts=_next(state)))
    assert [b.text for b in article.blocks] == ["공공 자전거 3000대 늘린다", _LEAD, _SECOND, _THIRD]
    assert article.author == "나하준"


def test_a_description_is_no_story() -> None:
    ld = _ld({"@type": "NewsArticle", "headline": "공공 자전거", "articleBody": "시가 자전거를 늘린다."})
    assert embedded.embedded_article(html.fromstring(_page(ld, "<p>본문</p>"))) is None


def test_client_rendered_shells() -> None:
    assert embedded.client_rendered(html.fromstring(_page(scripts=_next({"props": {}}))))
    nuxt = "<script>window.__NUXT__={state:{}};</script>"
    assert embedded.client_rendered(html.fromstring(_page(scripts=nuxt)))
    assert not embedded.client_rendered(html.fromstring(_page(scripts="<script>var a = 1;</script>")))


def test_a_body_given_as_typed_elements() -> None:
    story = {
        "headlines": {"basic": "공공 자전거 3000대 늘린다"},
        "credits": {"by": [{"name": "나하준"}]},
        "content_elements": [
            {"type": "text", "content": _LEAD},
            {"type": "image", "caption": "대여소 모습.", "url": "a.jpg"},
            {"type": "header", "content": "요금은 그대로"},
            {"type": "text", "content": _SECOND},
            {"type": "ad", "content": "광고"},
            {"type": "text", "content": _THIRD},
        ],
    }
    article = parse_html(_page(body="<div id='__next'>메뉴</div>", scripts=_next({"props": {"pageProps": story}})))
    assert [[b.kind, b.text] for b in article.blocks] == [
        ["title", "공공 자전거 3000대 늘린다"],
        ["paragraph", _LEAD],
        ["heading", "요금은 그대로"],
        ["paragraph", _SECOND],
        ["paragraph", _THIRD],
    ]
    assert article.author == "나하준"


def test_typed_elements_with_no_paragraph_are_no_body() -> None:
    state = {"title": "사진으로 보는 한 주", "blocks": [{"type": "image", "caption": "첫눈."}] * 40}
    assert embedded.embedded_article(html.fromstring(_page(scripts=_next(state)))) is None


def test_a_page_that_shows_only_the_lead_is_read_from_its_data() -> None:
    # a paywall: the lead shown, the rest behind a subscription, the whole story in the JSON-LD
    title = "공공 자전거 3000대 늘린다"
    ld = _ld({"@type": "NewsArticle", "headline": title, "articleBody": f"{_LEAD}\n\n{_SECOND}\n\n{_THIRD}"})
    paywall = "<div class='paywall'><p>구독하고 전체 기사를 읽어보세요.</p></div>"
    body = f"<article><h1>{title}</h1><p>{_LEAD}</p>{paywall}</article>"
    assert [b.text for b in parse_html(_page(ld, body)).blocks][1:] == [_LEAD, _SECOND, _THIRD]


def test_a_stores_state_assigned_in_a_script() -> None:
    state = {
        "article": {"title": "공공 자전거 3000대 늘린다", "content": f"<p>{_LEAD}</p><p>{_SECOND}</p><p>{_THIRD}</p>"}
    }
    script = f"<script>window.__INITIAL_STATE__ = {json.dumps(state, ensure_ascii=False)};</script>"
    article = parse_html(_page(body="<div id='app'>로딩 중</div>", scripts=script))
    assert [b.text for b in article.blocks] == ["공공 자전거 3000대 늘린다", _LEAD, _SECOND, _THIRD]


def test_entities_written_in_the_data_are_read_as_characters() -> None:
    said = "시 관계자는 &quot;대여소를 더 촘촘하게 놓겠다&quot;고 말했다. 시는 요금을 올리지 않는다."
    ld = _ld({"@type": "NewsArticle", "headline": "공공 자전거", "articleBody": f"{_LEAD}\n\n{_SECOND}\n\n{said}"})
    article = parse_html(_page(ld, "<div id='root'></div>"))
    assert article.blocks[-1].text == '시 관계자는 "대여소를 더 촘촘하게 놓겠다"고 말했다. 시는 요금을 올리지 않는다.'


def test_jsonld_with_raw_line_breaks_in_its_strings() -> None:
    obj = json.dumps(
        {"@type": "NewsArticle", "headline": "공공 자전거", "articleBody": f"{_LEAD}\n{_SECOND}\n{_THIRD}"}
    )
    ld = f'<script type="application/ld+json">{obj.replace(chr(92) + "n", chr(10))}</script>'
    article = parse_html(_page(ld, "<div id='root'>불러오는 중</div>"))
    assert [b.text for b in article.blocks][1:] == [_LEAD, _SECOND, _THIRD]


def test_a_live_pages_entries_in_jsonld() -> None:
    entries = [
        {"@type": "BlogPosting", "headline": "3000대 도입", "articleBody": _LEAD},
        {"@type": "BlogPosting", "headline": "대여소 120곳 추가", "articleBody": _SECOND},
        {"@type": "BlogPosting", "headline": "시 관계자 설명", "articleBody": _THIRD},
    ]
    live = {"@type": "LiveBlogPosting", "headline": "공공 자전거 확대 실시간", "liveBlogUpdate": entries}
    article = parse_html(_page(_ld(live), "<div id='root'>불러오는 중</div>"))
    assert [[b.kind, b.text] for b in article.blocks] == [
        ["title", "공공 자전거 확대 실시간"],
        ["heading", "3000대 도입"],
        ["paragraph", _LEAD],
        ["heading", "대여소 120곳 추가"],
        ["paragraph", _SECOND],
        ["heading", "시 관계자 설명"],
        ["paragraph", _THIRD],
    ]


def test_a_live_pages_entries_in_jsonld_are_said_with_their_times_in_korean_time() -> None:
    entries = [
        {
            "@type": "BlogPosting",
            "datePublished": "2026-05-05T01:20:00Z",
            "headline": "시 관계자 설명",
            "articleBody": _THIRD,
        },
        {"@type": "BlogPosting", "datePublished": "2026-05-05T09:40:00+09:00", "articleBody": _SECOND},
        {"@type": "BlogPosting", "datePublished": "2026-05-05 09:05", "articleBody": _LEAD},
    ]
    live = {"@type": "LiveBlogPosting", "headline": "공공 자전거 확대 실시간", "liveBlogUpdate": entries}
    article = parse_html(_page(_ld(live), "<div id='root'>불러오는 중</div>"))
    assert [[b.kind, b.text] for b in article.blocks][1:] == [
        ["heading", "10:20, 시 관계자 설명"],
        ["paragraph", _THIRD],
        ["paragraph", f"09:40, {_SECOND}"],
        ["paragraph", f"09:05, {_LEAD}"],
    ]


def _nuxt_data(flat: list[object]) -> str:
    return (
        '<script type="application/json" id="__NUXT_DATA__" data-ssr="true">'
        f"{json.dumps(flat, ensure_ascii=False)}</script>"
    )


def test_a_nuxt_page_s_devalue_state_is_revived_and_read() -> None:
    # Nuxt 3: one flat array, each object's values given as indexes into it, wrapped in Reactive
    title = "공공 자전거 3000대 늘린다"
    flat: list[object] = [
        ["ShallowReactive", 1],
        {"data": 2, "state": 12},
        ["ShallowReactive", 3],
        {"article-1024": 4},
        {"id": 5, "title": 6, "content": 7, "reporter": 8, "publishedAt": 10, "tags": 11},
        1024,
        title,
        f"<p>{_LEAD}</p><p>{_SECOND}</p><p>{_THIRD}</p>",
        {"name": 9},
        "김하늘",
        ["Date", "2026-05-05T09:00:00.000Z"],
        ["Set", 6],
        ["Reactive", 13],
        {"loggedIn": 14, "self": 1},
        False,
    ]
    article = parse_html(_page(body="<div id='__nuxt'>로딩 중</div>", scripts=_nuxt_data(flat)))
    assert [b.text for b in article.blocks] == [title, _LEAD, _SECOND, _THIRD]
    assert article.author == "김하늘"
    assert article.date == "2026-05-05T09:00:00+00:00"


def test_devalue_s_flat_array_revives_shared_and_circular_values() -> None:
    flat = [{"a": 1, "b": 1, "me": 0, "gone": -1, "map": 2}, ["Reactive", 3], ["Map", 4, 5], "값", "키", "뜻"]
    assert embedded._revive(flat) == {"a": "값", "b": "값", "me": None, "gone": None, "map": {"키": "뜻"}}
    assert embedded._revive({"not": "devalue"}) is None


def test_nuxt_2_s_state_returned_by_a_function_is_read_without_running_it() -> None:
    # window.__NUXT__=(function(a,b,...){return {...}}(...)): names stand for the arguments
    title = "공공 자전거 3000대 늘린다"
    body = f"<p>{_LEAD}</p><p>{_SECOND}</p><p>{_THIRD}</p>".replace("<", "\\u003C").replace('"', '\\"')
    script = (
        '<script>window.__NUXT__=(function(a,b,c,d){return {layout:"default",data:[{article:{id:1024,'
        f'title:c,"content":"{body}",reporter:{{name:d}},views:1.5e3,tags:[a,\'자전거\'],hidden:void 0}}}}],'
        'fetch:{},error:a,serverRendered:b}}(null,true,"' + title + '","김하늘"));</script>'
    )
    tree = html.fromstring(_page(body="<div id='__nuxt'></div>", scripts=script))
    found = embedded.embedded_article(tree)
    assert found is not None and found.title == title and found.author == "김하늘"
    article = parse_html(_page(body="<div id='__nuxt'>로딩 중</div>", scripts=script))
    assert [b.text for b in article.blocks] == [title, _LEAD, _SECOND, _THIRD]


def test_nuxt_2_s_function_that_does_more_than_return_its_state_is_not_read() -> None:
    for script in (
        '(function(a){a.x=1;return {title:a}}("제목"))',  # a statement before the return
        '(function(a){return {title:a,body:f(a)}}("제목"))',  # a call inside
        "(function(a){return {title:a}}(g()))",  # an argument that is a call
        '(function(a){return {title:"제목}}(1))',  # an unclosed string
    ):
        assert embedded._nuxt2(script) is None, script
    assert embedded._nuxt2('(function(a,b){return {t:a,u:[b,\'x\\\'y\'],v:"\\x41\\n"}}("가",2))') == {
        "t": "가",
        "u": [2, "x'y"],
        "v": "A\n",
    }
    assert embedded._nuxt2('(function(){return {e:"\\uD83D\\uDE00"}}())') == {"e": "\U0001f600"}


def test_a_reporter_s_name_given_flat_beside_the_story_is_its_author() -> None:
    state = {
        "props": {"article": {"title": "공공 자전거 3000대 늘린다", "content": f"{_LEAD}\n\n{_SECOND}\n\n{_THIRD}"}}
    }
    for key in ("reporterName", "authorName", "writerName"):
        state["props"]["article"][key] = "김하늘"
        article = parse_html(_page(body="<div id='__next'></div>", scripts=_next(state)))
        assert article.author == "김하늘", key
        del state["props"]["article"][key]


def test_a_body_under_an_app_s_own_key_in_a_dehydrated_query_is_read() -> None:
    article = {
        "title": "공공 자전거 3000대 늘린다",
        "contentType": "news",
        "contentHtml": f"<p>{_LEAD}</p><p>{_SECOND}</p><p>{_THIRD}</p>",
        "reporter": {"name": "나하준"},
        "publishedAt": "2026-04-05T09:00:00+09:00",
    }
    state = {
        "props": {
            "pageProps": {
                "dehydratedState": {
                    "queries": [
                        {"queryKey": ["menu"], "state": {"data": {"items": [{"title": "오늘의 운세"}]}}},
                        {"queryKey": ["article", "a-1"], "state": {"data": article}},
                    ]
                }
            }
        }
    }
    got = parse_html(_page(body="<div id='__next'></div>", scripts=_next(state)))
    assert [b.text for b in got.blocks] == ["공공 자전거 3000대 늘린다", _LEAD, _SECOND, _THIRD]
    assert (got.author, got.date) == ("나하준", "2026-04-05T09:00:00+09:00")


def test_a_short_value_under_a_key_that_only_names_a_body_is_no_body() -> None:
    tree = html.fromstring(_page(scripts=_next({"article": {"title": "제목", "bodyType": "html", "summary": _LEAD}})))
    assert embedded.embedded_article(tree) is None


@pytest.mark.parametrize(
    "item",
    [
        (
            "<item><title><![CDATA[한빛시, 공공자전거 요금 통일]]></title>"
            "<dc:creator><![CDATA[모예린 기자]]></dc:creator><pubDate>Sat, 05 Sep 2026 09:12:00 +0900</pubDate>"
            "<description><![CDATA[<p>{0}</p><p>{1}</p><a href='https://x.example/1'>더보기</a>]]></description></item>"
        ),
        (
            "<entry><title>한빛시, 공공자전거 요금 통일</title><author><name>모예린 기자</name></author>"
            "<published>2026-09-05T09:12:00+09:00</published>"
            "<content type='html'>&lt;p&gt;{0}&lt;/p&gt;&lt;p&gt;{1}&lt;/p&gt;</content></entry>"
        ),
    ],
)
def test_a_feed_item_saved_alone_reads_its_description_under_its_title(item: str) -> None:
    said = ["한빛시가 다음 달부터 공공자전거 요금을 1시간 1000원으로 통일한다.", "평일과 주말 요금이 달랐다."]
    article = parse_html('<?xml version="1.0" encoding="UTF-8"?>\n' + item.format(*said))
    assert article.title == "한빛시, 공공자전거 요금 통일"
    assert [b.text for b in article.blocks if b.kind == "paragraph"] == said
    assert (article.author, article.date) == ("모예린", "2026-09-05T09:12:00+09:00")


@pytest.mark.parametrize("writer", ["<author><name>도하린</name></author>", "<dc:creator>도하린</dc:creator>"])
def test_a_feed_item_s_writer_named_without_a_title_is_its_author(writer: str) -> None:
    item = (
        f"<entry><title>한빛시, 새 도서관 문 연다</title>{writer}<published>2026-09-05T09:12:00+09:00</published>"
        "<content type='html'>&lt;p&gt;한빛시가 새 도서관의 문을 연다고 5일 밝혔다.&lt;/p&gt;</content></entry>"
    )
    assert parse_html('<?xml version="1.0" encoding="UTF-8"?>\n' + item).author == "도하린"


def test_a_page_s_author_tag_naming_a_person_alone_is_its_author_and_one_naming_the_outlet_is_not() -> None:
    body = "<body><article><h1>새 도서관</h1><p>한빛시가 새 도서관의 문을 연다고 5일 밝혔다.</p></article></body>"
    assert parse_html(f'<html><head><meta name="author" content="도하린"></head>{body}</html>').author == "도하린"
    assert parse_html(f'<html><head><meta name="author" content="연합뉴스"></head>{body}</html>').author is None


def test_a_feed_of_several_items_reads_the_first_and_says_the_others_are_not_read(
    caplog: pytest.LogCaptureFixture,
) -> None:
    item = (
        "<item><title>{0}</title><dc:creator>도하린 기자</dc:creator>"
        "<description>&lt;p&gt;{0} 소식을 전한다고 5일 밝혔다.&lt;/p&gt;</description></item>"
    )
    feed = (
        '<?xml version="1.0"?><rss><channel>' + item.format("새 도서관") + item.format("새 공원") + "</channel></rss>"
    )
    with caplog.at_level(logging.WARNING):
        article = parse_html(feed)
    assert article.title == "새 도서관"
    assert "2 stories" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        parse_html('<?xml version="1.0"?><rss><channel>' + item.format("새 도서관") + "</channel></rss>")
    assert "stories" not in caplog.text


def test_a_feed_of_several_items_loaded_whole_gives_each_story_as_an_article(tmp_path: Path) -> None:
    item = (
        "<item><title>{0}</title><dc:creator>도하린 기자</dc:creator>"
        "<description>&lt;p&gt;{0} 소식을 전한다고 5일 밝혔다.&lt;/p&gt;</description></item>"
    )
    feed = tmp_path / "feed.xml"
    stories = ("새 도서관", "새 공원", "새 다리")
    feed.write_text('<?xml version="1.0"?><rss><channel>' + "".join(map(item.format, stories)) + "</channel></rss>")
    articles = load_all(feed)
    assert [a.title for a in articles] == list(stories)
    assert [a.author for a in articles] == ["도하린"] * 3
    assert all(f"{t} 소식을 전한다고 5일 밝혔다." in a.text for t, a in zip(stories, articles, strict=True))
    one = tmp_path / "one.xml"
    one.write_text('<?xml version="1.0"?><rss><channel>' + item.format("새 도서관") + "</channel></rss>")
    assert [a.title for a in load_all(one)] == ["새 도서관"]


def test_a_feed_on_standard_input_gives_each_story(monkeypatch: pytest.MonkeyPatch) -> None:
    item = (
        "<item><title>{0}</title><description>&lt;p&gt;{0} 소식을 전한다고 5일 밝혔다.&lt;/p&gt;</description></item>"
    )
    feed = (
        '<?xml version="1.0"?><rss><channel>' + "".join(map(item.format, ("새 도서관", "새 공원"))) + "</channel></rss>"
    )
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(feed.encode("utf-8"))))
    articles = load_all("-")
    assert [a.title for a in articles] == ["새 도서관", "새 공원"]
    assert {a.source for a in articles} == {"<stdin>"}


@pytest.mark.parametrize("name", ["feed.xml", "story.txt"])
def test_load_all_reads_its_file_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    item = (
        "<item><title>{0}</title><description>&lt;p&gt;{0} 소식을 전한다고 5일 밝혔다.&lt;/p&gt;</description></item>"
    )
    path = tmp_path / name
    if name == "feed.xml":
        path.write_text(
            '<?xml version="1.0"?><rss><channel>'
            + item.format("새 도서관")
            + item.format("새 공원")
            + "</channel></rss>"
        )
    else:
        path.write_text("새 도서관 문 열어\n\n새 도서관이 문을 열었다고 5일 밝혔다.\n", encoding="utf-8")
    reads: list[str] = []

    def counted(source: str | Path) -> tuple[bytes, str]:
        reads.append(str(source))
        return read_source(source)

    monkeypatch.setattr(ingest, "read_source", counted)
    assert load_all(path)
    assert reads == [str(path)]


def test_a_mail_s_subject_as_headline_structures_the_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str | None] = []
    real = ingest.structure

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(kwargs.get("title"))
        return real(*args, **kwargs)

    monkeypatch.setattr(ingest, "structure", counted)
    mail = (
        "From: 모닝레터 <letter@hanbit.example>\nSubject: [모닝레터] 전기요금 내년 동결\n\n"
        "안녕하세요, 모닝레터입니다.\n\n정부는 내년 전기요금을 동결하기로 했다고 5일 밝혔다.\n"
    )
    article = ingest.parse_text(mail)
    assert article.title == "[모닝레터] 전기요금 내년 동결"
    assert len(calls) == 1


def _two_articles_page(first: tuple[str, str], own: tuple[str, str]) -> str:
    def ld(headline: str, when: str) -> str:
        return (
            '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
            f'"headline":"{headline}","datePublished":"{when}"}}</script>'
        )

    return (
        f'<html lang="ko"><head><meta charset="utf-8"><title>{own[0]}</title>{ld(*first)}{ld(*own)}</head>'
        f"<body><article><h1>{own[0]}</h1><p>누리 기자</p>"
        "<p>누리시가 올해 마을버스 노선 6개를 새로 만든다. 버스가 닿지 않던 산동네 주민들의 요청이 많았다.</p>"
        "<p>시는 새 노선에 전기버스 24대를 넣고 배차 간격을 15분으로 맞추겠다고 밝혔다. 요금은 같다.</p>"
        "<p>첫 노선은 다음 달 1일 운행을 시작한다. 나머지 노선은 하반기 안에 차례로 연다.</p>"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("first", "own", "day"),
    [
        (
            ("한빛구, 도서관 두 곳 새로 연다", "2026-02-11T08:00:00+09:00"),
            ("누리시, 마을버스 노선 6개 신설", "2026-03-05T10:30:00+09:00"),
            "2026-03-05",
        ),
        (
            ("봄꽃 축제 이번 주말 개막", "2025-04-01T09:00:00Z"),
            ("누리시 마을버스 노선 여섯 곳 늘려", "2025-04-20T23:30:00Z"),
            "2025-04-21",
        ),
    ],
)
def test_of_two_articles_in_the_json_ld_the_shown_ones_headline_and_day_are_taken(
    first: tuple[str, str], own: tuple[str, str], day: str
) -> None:
    article = parse_html(_two_articles_page(first, own))
    assert article.title == own[0]
    assert article.date is not None and article.date.startswith(day)
