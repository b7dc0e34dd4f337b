"""Vietnamese names for facets and for the coded values the store keeps in English."""

from __future__ import annotations

# The facets the search page shows, in sidebar order.
FACET_LABELS: dict[str, str] = {
    "province": "Tỉnh, thành phố",
    "district": "Huyện",
    "inspecting_level": "Cấp kiểm tra",
    "kind": "Loại bài",
    "year": "Năm",
    "month": "Tháng",
    "leader": "Trưởng đoàn",
    "unit_type": "Loại đơn vị",
    "portal": "Cổng thông tin",
}
# Facets a URL may filter on but the sidebar does not list.
EXTRA_FILTER_LABELS: dict[str, str] = {
    "is_inspection": "Bài về kiểm tra",
}
VALUE_LABELS: dict[str, dict[str, str]] = {
    "kind": {"visit": "Kiểm tra thực tế", "plan": "Kế hoạch", "results": "Kết quả", "other": "Khác"},
    "inspecting_level": {"ministry": "Bộ, ngành", "province": "Tỉnh", "district": "Huyện", "commune": "Xã"},
    "is_inspection": {"true": "Có", "false": "Không"},
}
SORT_LABELS = {"relevance": "Liên quan nhất", "date": "Mới nhất", "date_asc": "Cũ nhất"}


def facet_label(name: str) -> str:
    return FACET_LABELS.get(name) or EXTRA_FILTER_LABELS.get(name, name)


def value_label(facet: str, value: str) -> str:
    if facet == "month" and len(value) == 7 and value[4] == "-":
        return f"{value[5:]}/{value[:4]}"  # "2024-10" reads "10/2024" in Vietnamese
    return VALUE_LABELS.get(facet, {}).get(value, value)


# Canonical metric keys (`Metric.key`, see extract/components/metrics.py) as column headings.
METRIC_LABELS: dict[str, str] = {
    "rate_on_time": "Tỷ lệ hồ sơ đúng hạn",
    "rate_early": "Tỷ lệ hồ sơ trước hạn",
    "rate_on_time_or_early": "Tỷ lệ trước và đúng hạn",
    "rate_late": "Tỷ lệ hồ sơ trễ hạn",
    "records_received": "Hồ sơ tiếp nhận",
    "records_resolved": "Hồ sơ đã giải quyết",
    "records_late": "Hồ sơ trễ hạn",
    "rate_digitised": "Tỷ lệ số hóa hồ sơ",
    "rate_online": "Tỷ lệ hồ sơ trực tuyến",
    "online_payment": "Thanh toán trực tuyến",
    "rate_online_payment": "Tỷ lệ thanh toán trực tuyến",
    "tasks_done": "Nhiệm vụ hoàn thành",
    "tasks_done_pct": "Tỷ lệ nhiệm vụ hoàn thành",
    "units_inspected": "Đơn vị được kiểm tra",
}


def metric_label(key: str) -> str:
    return METRIC_LABELS.get(key, key)
