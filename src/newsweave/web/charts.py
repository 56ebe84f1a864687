"""Server-side chart layout: the story timeline as SVG coordinates (the template draws them).

Past events are filled dots, scheduled ones (dated after the article that mentions them) hollow
dashed dots; ranges are bars; the span the story was reported over is shaded. Labels are placed
in lanes so they do not overlap.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

WIDTH = 760
LEFT, RIGHT = 16, 16
LANE_H = 26
TOP = 34


def _d(s: str | None) -> date | None:
    try:
        return date.fromisoformat(s) if s else None
    except ValueError:
        return None


def timeline_layout(entries: list[dict[str, Any]], reported: tuple[str | None, str | None]) -> dict[str, Any] | None:
    """Coordinates for the timeline of :func:`newsweave.query.story_detail`; None if nothing is dated."""
    pts = [(e, _d(e.get("start")), _d(e.get("end"))) for e in entries]
    pts = [(e, s, en) for e, s, en in pts if s is not None]
    if not pts:
        return None
    r0, r1 = _d((reported[0] or "")[:10]), _d((reported[1] or "")[:10])
    lo = min([s for _, s, _ in pts] + [x for x in (r0,) if x])
    hi = max([en or s for _, s, en in pts] + [x for x in (r1,) if x])
    pad = max(1, (hi - lo).days // 12)
    lo, hi = lo - timedelta(days=pad), hi + timedelta(days=pad)
    span = max(1, (hi - lo).days)
    inner = WIDTH - LEFT - RIGHT

    def x(d: date) -> float:
        return round(LEFT + inner * (d - lo).days / span, 1)

    lanes: list[float] = []  # right edge of the last label in each lane
    items = []
    for i, (e, s, en) in enumerate(sorted(pts, key=lambda p: p[1])):
        x0 = x(s)
        x1 = x(en) if en and en > s else None
        label = (e.get("text") or e.get("date") or "")
        short = label if len(label) <= 34 else label[:32] + "…"
        w = 7 * len(short) + 16
        anchor = "start" if x0 + w < WIDTH else "end"
        left = x0 if anchor == "start" else x0 - w
        lane = next((k for k, edge in enumerate(lanes) if edge < left - 4), None)
        if lane is None:
            lanes.append(0.0)
            lane = len(lanes) - 1
        lanes[lane] = left + w
        y = TOP + 18 + lane * LANE_H
        items.append({"x": x0, "x1": x1, "y": y, "label": short, "full": label, "date": e.get("date"),
                      "scheduled": e.get("scheduled"), "anchor": anchor,
                      "tx": x0 + 9 if anchor == "start" else x0 - 9, "n": i + 1})
    ticks = _ticks(lo, hi, x)
    height = TOP + 18 + len(lanes) * LANE_H + 8
    band = None
    if r0 and r1:
        band = {"x": x(r0), "w": max(2.0, x(r1) - x(r0)), "h": height - TOP + 6}
    return {"width": WIDTH, "height": height, "axis_y": TOP, "items": items, "ticks": ticks, "band": band}


def _ticks(lo: date, hi: date, x) -> list[dict[str, Any]]:
    days = (hi - lo).days
    out = []
    if days <= 45:
        step = max(1, days // 8)
        d = lo
        while d <= hi:
            if 24 < x(d) < WIDTH - 24:
                out.append({"x": x(d), "label": d.strftime("%d %b")})
            d += timedelta(days=step)
    elif days <= 800:
        d = date(lo.year, lo.month, 1)
        step = max(1, days // 240)
        while d <= hi:
            if d >= lo and 24 < x(d) < WIDTH - 24:
                out.append({"x": x(d), "label": d.strftime("%b %Y") if d.month == 1 or not out else d.strftime("%b")})
            m = d.month - 1 + step
            d = date(d.year + m // 12, m % 12 + 1, 1)
    else:
        step = max(1, (hi.year - lo.year) // 8)
        for y in range(lo.year + 1, hi.year + 1, step):
            out.append({"x": x(date(y, 1, 1)), "label": str(y)})
    return out
