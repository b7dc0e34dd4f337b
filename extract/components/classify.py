"""Article-level decisions: is it an inspection article, which kind, who inspects at which level,
which province, which dates were inspection days and which units were inspected.

Rules over cues with weights, title cues counting more than body cues: with the few hundred
annotated articles we have, explicit rules generalise better than a trained classifier and
each decision can be explained from the cues that fired.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from cchc.vntext import UPPER, fold
from extract.components.state import Found, in_caption, sentence_of
from extract.gazetteer import gazetteer
from extract.lexicon import UNIT_LEVEL

_CCHC = re.compile(
    r"cai cach hanh chinh|cchc|mot cua|thu tuc hanh chinh|tthc|chinh quyen dien tu|chuyen doi so"
)
_INSPECT = re.compile(r"kiem tra|to kiem tra|doan kiem tra")
# Near misses: CCHC words and "kiểm tra", but not an inspection of reform work.
_NEAR_MISS = [
    re.compile(
        r"kiem tra dot xuat|ky luat,? ky cuong|gio giac|chap hanh gio|ky luat lao dong|le loi lam viec"
    ),
    re.compile(
        r"chi so (cai cach hanh chinh|cchc|par)|par index|cham diem|tham dinh (ket qua )?chi so|xac dinh chi so"
    ),
    re.compile(r"do thi van minh|nong thon moi|van minh do thi|tham dinh xa"),
    re.compile(r"so ket|tong ket|hoi nghi|hoi thi|cuoc thi|tap huan|boi duong|tuyen truyen"),
    re.compile(r"thanh tra thue|thanh tra xay dung|kiem tra thue|ve sinh an toan thuc pham|phong chay"),
]
_PLAN = re.compile(
    r"(ban hanh|xay dung|trien khai) ke hoach kiem tra|ke hoach kiem tra|se (tien hanh )?kiem tra|du kien|lich kiem tra|se thanh lap doan"
)
_RESULTS = re.compile(
    r"ket qua kiem tra|tong hop ket qua|qua kiem tra (tai|cac)|da kiem tra (tai )?\d+|kiem tra (truc tiep )?(tai )?\d+ |thong bao ket qua|"
    r"tu dau nam den nay,? doan kiem tra|sau (dot|cac dot) kiem tra"
)
_VISIT = re.compile(
    r"lam viec (tai|voi)|kiem tra (thuc te |truc tiep )?tai (xa|phuong|thi tran|huyen|so|phong|trung tam|ubnd|bo phan)|"
    r"den kiem tra|da co buoi|tien hanh kiem tra"
)
_LEVEL_CUES = [
    (
        "ministry",
        re.compile(
            r"\bbo noi vu\b|\bbo (?!phan\b)[a-z]+ [a-z ]{0,20}kiem tra|doan kiem tra (cua|thuoc) bo\b|thu truong|vu truong"
        ),
    ),
    (
        "province",
        re.compile(
            r"doan kiem tra[a-z ]{0,40} (cua|thuoc) (ubnd |uy ban nhan dan )?tinh|^tinh kiem tra|ubnd tinh kiem tra|so noi vu (to chuc |tien hanh )?kiem tra|doan (cong tac|kiem tra) cua tinh|giam doc so"
        ),
    ),
    (
        "district",
        re.compile(
            r"doan kiem tra[a-z ]{0,40} (cua|thuoc) (ubnd |uy ban nhan dan )?(huyen|thi xa|thanh pho|quan)|phong noi vu|ubnd (huyen|thi xa|quan) (ban hanh|kiem tra)|chanh van phong hdnd|van phong hdnd|ubnd huyen|^huyen [a-z ]+ kiem tra"
        ),
    ),
    (
        "commune",
        re.compile(
            r"(doan|to) kiem tra[a-z ]{0,40} (cua|thuoc) (ubnd |uy ban nhan dan )?(xa|phuong|thi tran)|chu tich ubnd (xa|phuong)|ubnd xa (ban hanh|kiem tra|to chuc)|tu kiem tra|kiem tra tai cac (ap|thon)"
        ),
    ),
]
_LEVEL_OF_POST = [
    ("ministry", re.compile(r"\bbo\b|thu truong|vu truong|cuc")),
    ("province", re.compile(r"\bso\b|tinh")),
    ("district", re.compile(r"huyen|thi xa|quan|thanh pho|phong")),
    ("commune", re.compile(r"\bxa\b|phuong|thi tran")),
]
_LEVEL_ABOVE = {"commune": "district", "district": "province", "province": "ministry", "hamlet": "commune"}
_NOT_INSPECTION_DATE = re.compile(
    r"(truoc|han|cham nhat|den het|den|tinh den|ke tu|ban hanh|ky|nien do|thoi ky|giai doan|bao cao|nhiem vu tu|"
    r"ket qua (thuc hien )?tu)\s*(ngay)?\s*$"
)
_INSPECTION_CONTEXT = re.compile(r"kiem tra|lam viec|doan|to cong tac|khao sat")
_INSPECTED_TRIGGER = re.compile(
    r"(kiem tra|lam viec|khao sat|den)[^.;]{0,80}?\b(tai|voi|o)\b|kiem tra (cac|o|tai)\b|tai cac|nhu:|gom:|sau:|"
    r"doi voi|kiem tra (cong tac )?(cai cach hanh chinh|cchc) (cua|o|tai)|den kiem tra|(da|se) kiem tra|\bgom\b"
)
_MEMBERS = re.compile(
    r"thanh vien|dai dien|tham gia doan|cung tham gia|phoi hop voi|cong chuc (cua )?$|can bo (cua )?$"
)
# A unit named after a directive in the same clause receives a task; it was not inspected.
_DIRECTIVE = re.compile(
    r"(de nghi|kien nghi|yeu cau|giao cho|giao nhiem vu|(?<!ban )chi dao|gui ve|gui bao cao|huong dan cua)\b[^;]*$"
)
_OWNER_BEFORE = re.compile(
    r"(cua|thuoc|tren dia ban|dia ban|truc thuoc|chu tich|giam doc|truong phong|lanh dao|qua|\(qua|nha nuoc|chanh)\s*$"
)


def _score_relevance(title: str, body: str) -> tuple[bool, list[str]]:
    cues: list[str] = []
    head = fold(title) if title else ""
    text = fold(body[:4000])
    score = 0.0
    if _CCHC.search(head):
        score += 2
        cues.append("cchc in title")
    if _INSPECT.search(head):
        score += 2
        cues.append("inspection in title")
    if _CCHC.search(text):
        score += 1
    if re.search(
        r"doan kiem tra|to kiem tra|ke hoach kiem tra|ket qua kiem tra|kiem tra cong tac (cai cach|cchc)",
        text,
    ):
        score += 2
        cues.append("inspection team/plan in body")
    if re.search(r"kiem tra (cong tac |viec thuc hien )?(cai cach hanh chinh|cchc)", head + " " + text):
        score += 1
    for pattern in _NEAR_MISS:
        if pattern.search(head) or len(pattern.findall(text)) >= 2:
            score -= 3
            cues.append(f"near miss: {pattern.pattern[:30]}")
            break
    return score >= 4, cues


def _kind(title: str, body: str) -> str:
    head, text = fold(title or ""), fold(body[:3000])
    scores = Counter()
    for name, pattern, weight in (("plan", _PLAN, 3), ("results", _RESULTS, 3), ("visit", _VISIT, 2)):
        if pattern.search(head):
            scores[name] += weight * 2
        scores[name] += min(len(pattern.findall(text)), 3) * weight / 2
    if re.search(r"\bket qua\b", head):
        scores["results"] += 3
    if re.search(r"\bke hoach\b", head):
        scores["plan"] += 3
    if not scores or max(scores.values()) == 0:
        return "visit"
    return scores.most_common(1)[0][0]


def _level(doc: Doc, title: str) -> str | None:
    text = fold((title or "") + "\n" + doc._.text[:3000])
    for level, pattern in _LEVEL_CUES:
        if pattern.search(fold(title or "")):
            return level
    for found in doc._.leaders:
        post = fold(found.value.title or "")
        for level, pattern in _LEVEL_OF_POST:
            if pattern.search(post):
                return level
    for level, pattern in _LEVEL_CUES:
        if pattern.search(text):
            return level
    units = [u for u in doc._.units if "inspected" in u.tags and u.value.type]
    levels = [UNIT_LEVEL.get(u.value.type or "") for u in units]
    levels = [lv for lv in levels if lv]
    if levels:
        return _LEVEL_ABOVE.get(Counter(levels).most_common(1)[0][0])
    return None


def _clause_end(text: str, pos: int) -> int:
    """End of the clause a legal reference opens: its subject ("về việc ...") names no inspected unit."""
    stops = [i for i in (text.find(c, pos) for c in (",", ";", ". ", "\n", ":")) if i >= 0]
    return min(stops) if stops else len(text)


def _is_address_of(text: str, chosen: list[Found], found: Found) -> bool:
    """ "xã Tân Tập, huyện Cần Giuộc": the district only locates the commune named just before it."""
    if not chosen or text[chosen[-1].end : found.start].strip() not in (",", ""):
        return False
    levels = ("commune", "district", "province")
    before, after = (UNIT_LEVEL.get(f.value.type or "") for f in (chosen[-1], found))
    return before in levels and after in levels and levels.index(after) > levels.index(before)


_BODY_OF_TEAM = re.compile(
    r"(?:Đoàn|đoàn|Tổ|tổ) (?:kiểm tra|công tác)[^.;:\n]{0,70}? (?:của|thuộc) (?P<body>(?:UBND |Ủy ban nhân dân |Uỷ ban nhân dân )?"
    r"(?:tỉnh|huyện|thị xã|thành phố|quận|xã|phường|thị trấn|Bộ|Sở|[Pp]hòng)(?: "
    + UPPER
    + r"\w*| và| vụ| pháp| tư)*)"
)
_BODY_ORGANISES = re.compile(
    r"(?P<body>(?:Bộ|Sở|[Pp]hòng) Nội vụ|UBND (?:tỉnh|huyện|thị xã|thành phố|xã)(?: " + UPPER + r"\w*)*)"
    r" (?:đã )?(?:tổ chức|tiến hành|thành lập đoàn|kiểm tra)"
)
_POST_ORGANISATION = re.compile(
    r"(?P<body>(?:UBND|Ủy ban nhân dân|HĐND – UBND|Sở|Bộ|[Pp]hòng|Văn phòng) .+)$"
)


def _inspecting_body(doc: Doc) -> str | None:
    """Who inspects: the team's own "của ..." phrase, a body that organises the inspection, or the leader's office."""
    text = doc._.text[:4000]
    for pattern in (_BODY_OF_TEAM, _BODY_ORGANISES):
        match = pattern.search(text)
        if match and match.group("body").strip() not in (
            "Bộ",
            "Sở",
            "phòng",
            "Phòng",
        ):  # a bare office word names nothing
            return match.group("body").strip()
    for found in doc._.leaders:
        match = _POST_ORGANISATION.search(found.value.title or "")
        if match:
            return match.group("body").strip()
    return None


def _named_body(body: str, province: str | None, units: list[Found]) -> str:
    """ "huyện" or "UBND tỉnh" alone, named after what the article resolved: its province, or the one
    district all its inspected communes belong to."""
    words = body.split()
    if words[-1] == "tỉnh" and province:
        return f"{body} {province}"
    districts = {
        f.value.district for f in units if f.value.district and f.value.type in ("xã", "phường", "thị trấn")
    }
    if words[-1] in ("huyện", "thị xã", "quận") and len(districts) == 1:
        return f"{body} {districts.pop()}"
    return body


def _inspected_units(doc: Doc, kind: str) -> list[Found]:
    text = doc._.text
    chosen: list[Found] = []
    legal_spans = [(f.start, _clause_end(text, f.end)) for f in doc._.legal_refs]
    seen: set[str] = set()
    for found in doc._.units:
        start = found.start
        if in_caption(doc, start) or any(s <= start < e for s, e in legal_spans):
            continue
        s_start, _ = sentence_of(doc, start)
        before = fold(text[s_start:start])
        if _OWNER_BEFORE.search(before[-25:]) or re.search(
            r"(chu tich|giam doc|truong|pho|chanh|can bo|cong chuc) (ubnd |hdnd )?$", before[-30:]
        ):
            continue
        if not _INSPECTED_TRIGGER.search(before) and "listed" not in found.tags:
            continue
        if _MEMBERS.search(before[-120:]) or _DIRECTIVE.search(before):
            continue
        if found.value.type == "tỉnh" and not re.search(r"(tai|voi) (ubnd )?$", before[-12:]):
            continue
        if _is_address_of(text, chosen, found):
            continue
        key = fold(found.value.name)
        if key in seen:
            continue
        seen.add(key)
        found.tags.add("inspected")
        chosen.append(found)
    return chosen


# The type word in any case, also without diacritics; the name capitalised (the gazetteer folds it).
_PLACE_NAMED = re.compile(
    r"(?P<type>(?i:tỉnh|tinh|thành phố|thanh pho|tp\.?|huyện|huyen))[ \t]+"
    r"(?P<name>" + UPPER + r"\w*(?:[ \t]+" + UPPER + r"\w*){0,3})"
)


def _named_provinces(text: str) -> list[str]:
    """Provinces named as "tỉnh X"/"thành phố X", or through a district name only one province has."""
    gaz = gazetteer()
    found = []
    for match in _PLACE_NAMED.finditer(text):
        words = match.group("name").split()
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            if fold(match.group("type")) == "huyen":
                provinces = {d.province for d in gaz.find("huyện", name)}
                hit = next(iter(provinces)) if len(provinces) == 1 else None
            else:
                place = gaz.province(name)
                hit = place.province if place else None
            if hit:
                found.append(hit)
                break
    return found


def _province(doc: Doc) -> tuple[str | None, str | None]:
    """Votes: resolved units, provinces the text names, portal hosts, then the page's furniture."""
    gaz = gazetteer()
    votes: Counter[str] = Counter()
    for found in doc._.units:
        if found.value.province:
            votes[found.value.province] += 3 if "inspected" in found.tags else 2
    for name in _named_provinces(doc._.text):
        votes[name] += 2
    for host in re.findall(r"([a-z0-9.-]+)\.gov\.vn", doc._.text.lower()) + [doc._.meta.host or ""]:
        name = gaz.province_of_host(host)
        if name:
            votes[name] += 2
    for name in set(_named_provinces(doc._.meta.context)):
        votes[name] += 1
    if not votes:
        return None, None
    name = votes.most_common(1)[0][0]
    place = gaz.province(name)
    return name, place.province_code if place else None


def _inspection_dates(doc: Doc, kind: str, default_year: int | None) -> list[tuple[Found, tuple[str, str]]]:
    text = doc._.text
    out = []
    for found in doc._.dates:
        if "legal" in found.tags or in_caption(doc, found.start):
            continue
        s_start, s_end = sentence_of(doc, found.start)
        before = fold(text[max(s_start, found.start - 40) : found.start])
        if _NOT_INSPECTION_DATE.search(before):
            continue
        sentence = fold(text[s_start:s_end])
        if not _INSPECTION_CONTEXT.search(sentence):
            continue
        if re.search(r"hoi nghi|ky ket|ban hanh|tong ket|so ket|den thoi diem", sentence) and not re.search(
            r"doan kiem tra|lam viec tai|kiem tra tai", sentence
        ):
            continue
        resolved = found.value.resolve(default_year)
        if resolved and not (resolved[0][5:] == "01-01" and resolved[0] != resolved[1]):
            out.append((found, resolved))  # a range from 1 January is a reporting period
    return out


def _text_year(text: str) -> int | None:
    years = Counter(int(y) for y in re.findall(r"năm (20\d\d)", text))
    return years.most_common(1)[0][0] if years else None


@Language.component("cchc_classify")
def classify(doc: Doc) -> Doc:
    meta = doc._.meta
    facts = doc._.facts
    title = meta.title or ""
    relevant, cues = _score_relevance(title, doc._.text)
    facts["is_inspection_article"] = relevant
    facts["cues"] = cues
    kind = _kind(title, doc._.text) if relevant else "other"
    facts["kind"] = kind
    facts["units"] = _inspected_units(doc, kind) if relevant else []
    facts["inspecting_level"] = _level(doc, title) if relevant else None
    facts["province"], facts["province_code"] = _province(doc)
    body = _inspecting_body(doc) if relevant else None
    facts["inspecting_body"] = _named_body(body, facts["province"], facts["units"]) if body else None
    published_year = int(meta.published[:4]) if meta.published else None
    default_year = published_year or _text_year(doc._.text)
    facts["dates"] = _inspection_dates(doc, kind, default_year) if relevant and kind != "plan" else []
    return doc
