"""Vietnamese date wording shared by the builder (article dates) and the server (today's clock)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime

VIETNAM_TZ = timezone(timedelta(hours=7), "ICT")  # Asia/Ho_Chi_Minh has no daylight saving time
WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")


def weekday(day: date) -> str:
    """ "Thứ năm" for a Thursday."""
    return WEEKDAYS[day.weekday()]


def clock(day: date) -> str:
    """The header clock of a portal: "Thứ hai, ngày 23 tháng 11 năm 2026"."""
    return f"{weekday(day)}, ngày {day:%d} tháng {day:%m} năm {day:%Y}"


def today_in_vietnam() -> date:
    """The date a portal in Vietnam shows as today, whatever the host's time zone."""
    return datetime.now(VIETNAM_TZ).date()


def vndate(moment: datetime, fmt: str) -> str:
    """Format with `str.format` fields: {dt:%d/%m/%Y}, unpadded {d} and {m}, weekday {thu}, 12-hour {h12:02}
    with {ap} (AM/PM) or {sa} (SA/CH, the Vietnamese marks).

    Real portals mix padded and unpadded parts and Vietnamese weekday names, which strftime
    cannot spell portably (its %p and %a follow the host's locale).
    """
    morning = moment.hour < 12
    return fmt.format(
        dt=moment,
        d=moment.day,
        m=moment.month,
        thu=weekday(moment),
        h12=moment.hour % 12 or 12,
        ap="AM" if morning else "PM",
        sa="SA" if morning else "CH",
    )


def rfc822(moment: datetime) -> str:
    """RSS pubDate of a local Vietnamese time: "Thu, 14 May 2020 10:13:00 +0700"."""
    return format_datetime(moment.replace(tzinfo=VIETNAM_TZ))
