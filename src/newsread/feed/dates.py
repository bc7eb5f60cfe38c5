"""Publication dates: an article's date as a timezone-aware datetime, RFC 2822 for RSS."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

#: Korean news carries Korean time; a date without an offset is read as KST
KST = timezone(timedelta(hours=9), "KST")

_DOTTED = re.compile(
    r"^\s*(\d{4})[.\-/년]\s*(\d{1,2})[.\-/월]\s*(\d{1,2})\s*[.일]?"
    r"(?:[T\s]+(?:(오전|오후)\s*)?(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*$"
)


def parse_date(text: str | None) -> datetime | None:
    """``text`` as an aware datetime, or ``None`` when it is not a date.

    Accepts ISO 8601 (``2024-05-01``, ``2024-05-01T09:30:00+09:00``) and the forms Korean
    portals print (``2024.05.01 09:30``, ``2024년 5월 1일 오후 3:20``). A date with no offset
    is taken to be Korean time.
    """
    if not text or not text.strip():
        return None
    value = text.strip()
    parsed: datetime | None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        parsed = _parse_dotted(value)
    if parsed is None:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=KST)


def _parse_dotted(value: str) -> datetime | None:
    m = _DOTTED.match(value)
    if not m:
        return None
    year, month, day, half, hour, minute, second = m.groups()
    h = int(hour or 0)
    if half == "오후" and h < 12:
        h += 12
    elif half == "오전" and h == 12:
        h = 0
    try:
        return datetime(int(year), int(month), int(day), h, int(minute or 0), int(second or 0))
    except ValueError:
        return None


def now_utc() -> datetime:
    """The current time in UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0)
