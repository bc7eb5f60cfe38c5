"""Bytes → text: byte-order marks, UTF-16 without one, UTF-8, then charset-normalizer.

Korean pages saved by old portals are CP949 (a superset of EUC-KR); a detector left alone
sometimes calls short Korean text a Chinese or Cyrillic code page. So a guess outside the
Korean family is only taken when CP949 cannot decode the bytes into mostly-Hangul text.
"""

from __future__ import annotations

import codecs
import logging
import re
import sys
from pathlib import Path

from newsread.errors import InputError

log = logging.getLogger(__name__)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF file (WAV audio or WebP image)"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a DOCX/HWPX document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"ID3", "an MP3 file"),
    (b"OggS", "an Ogg file"),
    (b"fLaC", "a FLAC file"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office or HWP document"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x00\x00\x01\x00", "an icon"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_KOREAN = {"cp949", "euc_kr", "johab", "iso2022_kr", "uhc", "ks_c_5601_1987"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")


def read_source(source: str | Path) -> tuple[bytes, str]:
    """The raw bytes of ``source`` (``"-"`` is stdin) and a name for messages."""
    if str(source) == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    path = Path(source)
    if path.is_dir():
        raise InputError(f"{path} is a directory: give an article file (.txt or .html)")
    try:
        return path.read_bytes(), str(path)
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file: check the path") from exc
    except OSError as exc:
        raise InputError(f"{path} cannot be read ({exc.strerror}): check its permissions") from exc


def _hangul_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if "\uac00" <= c <= "\ud7a3" or "\u3131" <= c <= "\u318e") / len(letters)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return without_lost_characters(text) if codecs.lookup(encoding).name in _KOREAN else text


# Where an editor saving in CP949 met a character the code page lacks (an en or em dash, a bullet, a
# rare Hanja, a pictograph), it wrote '?': never a question's mark inside a word or between spaces.
_LOST_RANGE = re.compile(r"(?<=\d)\?(?=\d)")  # 3?5일: a range's dash
_LOST_DASH = re.compile(r"(?<=[가-힣])\?(?=[가-힣])")  # 글을 읽던 곳?지금은: a dash between words
# 權道?): a Hanja of a name, lost inside a word (a mark or a letter follows); 中? 美: a question, kept
_LOST_HANJA = re.compile(r"(?<=[\u4e00-\u9fff])\?(?=\S)|\?(?=[\u4e00-\u9fff])")
# ? 공유하기 / 팀 ? 031: a line's bullet, an icon before a number; 그랬을까 ? 아무도: a spaced question, kept
_LOST_MARK = re.compile(r"(?m)^([ \t]*)\?[ \t]+(?=\S)|[ \t]\?(?=[ \t]+\d)")


def without_lost_characters(text: str) -> str:
    """CP949 text with the '?' its editor put for each character the code page lacks read as what it
    stood for: a range's dash between figures (``3?5일`` → ``3~5일``), a pause between words (``곳?지금은``
    → ``곳 지금은``), nothing for a lost Hanja, a bullet or an icon (``權道?)`` → ``權道)``, ``? 공유하기``
    → ``공유하기``). A question's mark, after a word and before a space or a line's end, is left."""
    if "?" not in text:
        return text
    text = _LOST_RANGE.sub("~", text)
    text = _LOST_DASH.sub(" ", text)
    text = _LOST_HANJA.sub("", text)
    return _LOST_MARK.sub(lambda m: m[1] or "", text)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark: NUL bytes fall on one parity (ASCII) only."""
    if len(data) % 2:
        return None
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    order = ("utf-16-be", "utf-16-le") if even > odd else ("utf-16-le", "utf-16-be")
    for enc in order:
        text = _strict(data, enc)
        if text is not None and _plausible(text):
            return text
    return None


def _plausible(text: str) -> bool:
    """Mostly ASCII, Hangul and common punctuation, as Korean text is (random bytes are not)."""
    common = sum(
        1
        for c in text
        if c < "\u0100"
        or "\uac00" <= c <= "\ud7a3"
        or "\u3130" <= c <= "\u318f"
        or "\u2000" <= c <= "\u206f"
        or "\u3000" <= c <= "\u303f"
        or "\uff00" <= c <= "\uffef"
    )
    return common >= 0.85 * len(text)


def _declared(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _detect(data: bytes, name: str) -> str:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = _strict(data, enc)
            if text is None and bom == codecs.BOM_UTF8 and (korean := _strict(data[len(bom) :], "cp949")):
                # an editor that put UTF-8's mark before bytes it kept in CP949
                return korean
            if text is None:
                raise InputError(f"{name} starts like {enc} but has invalid bytes: pass --encoding NAME")
            return text.lstrip("\ufeff")
    if b"\x00" in data and (text := _utf16_without_bom(data)) is not None:
        return text
    # Text in an 8-bit encoding (UTF-8, CP949) has next to no control bytes; a binary file has many.
    if len(_CONTROL_BYTES.findall(data)) > max(4, len(data) // 200):
        raise InputError(f"{name} looks like a binary file, not text: give a .txt or .html article")
    if b"\x00" in data:
        log.warning("%s: ignoring %d NUL bytes in the text", name, data.count(0))
        data = data.replace(b"\x00", b"")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    declared = _declared(data)
    if declared in _KOREAN:
        declared = "cp949"  # as browsers do: EUC-KR pages are decoded as its superset, CP949
    if declared and (text := _strict(data, declared)) is not None:
        return text

    from charset_normalizer import from_bytes

    korean = _strict(data, "cp949")
    best = from_bytes(data).best()
    guess = best.encoding if best is not None else None
    if korean is not None and (guess in _KOREAN or _hangul_share(korean) >= 0.5):
        return korean
    text = str(best) if best is not None else ""
    if not _hangul_share(text) and _hangul_share(data.decode("utf-8", "replace")) >= 0.3:
        raise InputError(
            f"{name}: invalid UTF-8 at byte {utf8_error.start} (a damaged file?): repair it or pass --encoding NAME"
        )
    if best is not None:
        log.info("%s: decoding as %s", name, guess)
        return text
    raise InputError(f"{name}: the text encoding cannot be told: pass --encoding (e.g. cp949, utf-16)")


def decode(data: bytes, name: str, *, encoding: str | None = None) -> str:
    """Text of ``data``: ``encoding`` when given, else detected (see the module's docstring)."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name} is {what}, not an article: give a .txt or .html file")
    if encoding:
        try:
            enc = codecs.lookup(encoding).name
        except LookupError as exc:
            raise InputError(f"unknown encoding {encoding!r}: use one such as utf-8, cp949, utf-16") from exc
        text = _strict(data, enc)
        if text is None:
            raise InputError(f"{name} cannot be decoded as {encoding}: check --encoding or leave it out")
        text = text.lstrip("\ufeff")
    else:
        text = _detect(data, name)
    if not text.strip():
        raise InputError(f"{name} is empty: give an article with text in it")
    controls = len(_CONTROL.findall(text))
    if controls > max(2, len(text) // 200):
        raise InputError(f"{name} looks like a binary file, not text: give a .txt or .html article")
    return text
