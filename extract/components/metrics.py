"""Figures about the inspected work: counts, rates, "21/29" totals, with qualifiers and canonical keys.

A number is a metric when a counted noun or "%" follows it and its clause is about the work
(records, tasks, documents, inspected units), never dates, legal numbers, durations, money,
population, area or the portal's counters. Labels are the clause around the figure.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from cchc.record import Metric
from cchc.vntext import UPPER, fold
from extract.components.state import (
    ARCHIVE_PHOTO,
    Found,
    Page,
    caption_of,
    evidence,
    in_caption,
    in_other_story,
    later_round,
    semicolon_clause,
    sentence_of,
    told_in_captions,
)
from extract.lexicon import ACTIVITIES_AND_PEOPLE, DESK_EQUIPMENT, METRIC_NOUNS, UNIT_TYPES
from extract.numbers import DIGITS, NUMBER_WORD, WORDS_NUMBER, number_in_words, parse_quantity
from extract.scan import LIST_ITEM
from extract.tables import TOTAL_ROW

# The nouns a figure counts, longest first, as one alternation; and a fraction's total, digits in thousands groups or
# none (so "21/22." ends at its number, not its sentence's full stop).
_NOUNS = "|".join(re.escape(n) for n in sorted({fold(n) for n in METRIC_NOUNS}, key=len, reverse=True))
_TOTAL = r"(?P<total>\d{1,3}(?:\.\d{3})+(?!\d)|\d+)"
# What sets a count against its whole: "21/22", "7 trong số 50", "87 trên tổng số 104", "01 trong 03 máy tính".
_OUT_OF = r"(?:(?:trong|tren) (?:tong )?so|tren|trong(?= \d)|/)"
# Matched on the folded text (same offsets), so "1.245 ho so" on a page without diacritics counts too.
# ("8 điểm trường lẻ", "12 điểm cầu" count sites, not points)
_NOUN_RE = re.compile(
    r"\s*(?:"
    + _OUT_OF
    + r"\s*"
    + _TOTAL
    + r"\s*)?(?P<noun>"
    + _NOUNS
    + r")(?![\w])(?!(?<=diem) (?:truong|cau)\b)"
)
# The noun before the figure: "số hồ sơ tiếp nhận là 1.482", "tổng số TTHC: 1.905".
_NOUN_BEFORE_RE = re.compile(
    r"\bso (?P<noun>" + _NOUNS + r")\b[^,;:.\d]{0,40}?(?:\s+la|\s*:)\s*"
    # the list's later figures: "số hồ sơ của hai phường lần lượt là 3.104 và 2.236", "số điểm lần lượt là 94,5; 92 và 90"
    r"(?:\d[\d.,]*\s*(?:,|;|va)\s*)*$"
)
# ... or a table row's cell whose label opens on the noun, before its "x/y": "- Sở Y tế: ...; Nhiệm vụ CCHC hoàn thành
# 21/22".
_CELL_NOUN_BEFORE = re.compile(r"[;:|]\s*(?P<noun>" + _NOUNS + r")\b[^,;:.\d]{0,30}?\s$")
# A figure of a list told respectively, its noun after the last: "lần lượt là 2.846, 1.172 và 964 hồ sơ".
_RESPECTIVELY = re.compile(r"\blan luot\b")
_LIST_THEN_NOUN = re.compile(r"(?:\s*,\s*\d[\d.,]*)*\s*,?\s*va\s+\d[\d.,]*\s+(?P<noun>" + _NOUNS + r")\b")
# Staff counted in a finding ("phát hiện 3 viên chức không đeo thẻ", "còn thiếu 2 công chức", "5/7 công chức có trình
# độ đại học"): a figure of the work; staff counted otherwise ("bố trí 86 công chức", "05 thành viên") describe the
# unit or the team.
_STAFF = re.compile(
    r"(?:\s*"
    + _OUT_OF
    + r"\s*"
    + _TOTAL
    + r")?\s*(?P<noun>can bo, cong chuc|cong chuc, vien chuc|can bo, giao vien|can bo|cong chuc|vien chuc|giao vien|"
    r"nguoi)\b"
)
# ... or said with their whole before them and what they are qualified for or use: "trong số 19 cán bộ, công chức
# của xã mới có 12 người thường xuyên sử dụng hộp thư", "Xã có 21 cán bộ, công chức, trong đó 19 người đạt chuẩn".
_STAFF_WHOLE_BEFORE = re.compile(
    r"\b(?:trong so|co) (?P<whole>\d{1,3}(?:\.\d{3})*) (?:can bo, cong chuc|cong chuc, vien chuc|can bo|cong chuc|"
    r"vien chuc)\b[^.;\d]{0,50}?,?\s*(?:trong do\s*)?(?:(?:moi |chi )?co\s*)?$"
)
# ... or as the few with such a qualification: "toàn xã mới có 3 cán bộ, công chức biết sử dụng máy vi tính".
_ONLY_HAS = re.compile(r"\b(moi|chi) co\s*$")
_STAFF_QUALIFIED = re.compile(
    r"[^.;,]{0,20}?\b(dat chuan|co trinh do|co chung chi|duoc dao tao|duoc cap tai khoan|su dung)\b"
)
# What the staff counted did or failed to do: "đi muộn", "chưa sử dụng chữ ký số", "bị xử lý kỷ luật", "được cấp chứng
# thư số"; or what the people asked answered ("42/45 người được hỏi hài lòng").
_STAFF_FINDING = re.compile(
    r"[^.;]{0,30}?\b(den muon|di muon|di tre|den tre|vang|khong [a-z]+|chua [a-z]+|"
    r"kiem nhiem|vi pham|ve som|bi (xu ly|ky luat|nhac nho|phe binh|khien trach)|"
    r"duoc cap (chung thu|chu ky)|hai long)\b"
)
# Counts of places after "có" describe what a place is made of ("xã có 16 xóm"), not the work inspected; after
# "gồm" they break down the inspected ones ("16 xã, phường (gồm 11 xã và 5 phường)").
_PLACES = re.compile(r"(?:" + "|".join(re.escape(fold(t)) for t in UNIT_TYPES) + r")\b")
# "xã có 16 xóm" tells how a place is made up; "mới có 7 xã", "chỉ có 5 xã" count the units that did something.
_HAS = re.compile(r"(?<!\bmoi )(?<!\bchi )(?<!\bda )(?<!\bvan )(?<!\bcon )(?<!\bcung )\bco\s*$")
_SHORT_OF = re.compile(r"\bthieu\s*$")
# The whole the count before it is out of: "mới có 04 trong số 17 cán bộ, công chức được cấp chữ ký số".
_WHOLE_OF = re.compile(r"\b(trong|tren) (tong )?(so )?$")
# Money is a figure of the work when it was paid for the work ("thanh toán trực tuyến ... hơn 386 triệu đồng", fees
# paid online); budgets, revenue and investment are not.
_MONEY = re.compile(r"\s*(?:dong|vnd)\b")
_PAYMENT = re.compile(r"thanh toan|le phi")
# (not "kinh phí", funds)
_PAYMENT_AFTER = re.compile(r"[^,;.]{0,40}?(thanh toan|le phi|(?<!kinh )\bphi\b)")
# Funds in a sum's own clause: it is no fee, whatever the sentence paid before it.
_FUNDS = re.compile(r"kinh phi|ngan sach|dau tu|\bvon\b|ho tro")
# A figure set as a goal, in any kind of article: "phấn đấu đến cuối năm đạt trên 50%", "đặt mục tiêu 100% hồ sơ",
# or the next round's scope ("Năm 2026, tỉnh dự kiến kiểm tra 30 xã"), or the target given right before it ("Chỉ tiêu
# giao 80%", a table's column; not "vượt chỉ tiêu giao 6,4 điểm phần trăm").
_TARGET = re.compile(
    r"(?<!vượt )(?<!kém )chỉ tiêu(?: được| \w+(?: \w+)?)? giao\s*(?:\(%\)\s*)?[:(]?\s*(?:là\s*)?$|phấn đấu|"
    # ... or named right before it: "còn xa so với chỉ tiêu 50% mà thành phố giao", "so với chỉ tiêu tỉnh giao (80%)"
    r"(?<!vượt )(?<!kém )\b(?:chỉ tiêu|mục tiêu)\s*$|đặt mục tiêu|(?:bảo đảm|đảm bảo) đến (?:hết|cuối)\b|đặt ra (?:các )?chỉ tiêu|mục tiêu (?:là|đến)|\bsẽ\b[^,;]{0,60}\b(?:ít nhất|tối thiểu)\b|"
    r"dự kiến (?:sẽ )?kiểm tra|"
    # the target a figure fell short of or passed: "đạt 36,8%, thấp hơn chỉ tiêu 50% mà UBND tỉnh giao"
    r"\b(?:cao|thấp) hơn (?:nhiều )?(?:so với )?(?:chỉ tiêu|mục tiêu|kế hoạch)(?: được giao| đề ra)?\s*(?:là\s*)?$|"
    # ... or was short of, or is worked towards: "chưa đạt chỉ tiêu 60% huyện giao", "để đạt mục tiêu 80% văn bản điện tử"
    r"\bđạt (?:được )?(?:chỉ tiêu|mục tiêu)\s*$|"
    # ... or told with who set it: "chưa đạt chỉ tiêu tỉnh giao là trên 50%", "mục tiêu huyện đề ra cho năm 2022 là 50%"
    r"\b(?:chỉ tiêu|mục tiêu)\b[^,;.]{0,50}?\b(?:giao|đề ra)\b[^,;.]{0,30}?\blà\s*(?:trên\s*)?$",  # (a floor: _LEAST)
    re.IGNORECASE,
)
# A floor, which a target sets: "đạt tối thiểu 30%", "kiểm tra ít nhất 30% số xã" (not a finding's bound: "phát hiện ít
# nhất 11 hồ sơ", "có ít nhất 7 hồ sơ").
_LEAST = re.compile(r"(?<!\bcó )(?<!phát hiện )\b(?:tối thiểu|ít nhất)\s*$", re.IGNORECASE)
# Goals listed after what sets them, clause after clause: "phấn đấu đến hết năm: ...; ...; 100% hồ sơ ...", "nhắc lại
# chỉ tiêu UBND tỉnh giao: ..."; unless a clause says what was reached.
_GOALS_LISTED = re.compile(r"\b(?:phấn đấu|đặt mục tiêu|chỉ tiêu[^.;:]{0,40}?\bgiao\s*:)", re.IGNORECASE)
_REACHED = re.compile(r"\b(?:da|den nay|hien nay|thuc te)\b")
# A table's row of the target set, or of the average of the whole area the units are set against: "- Chỉ tiêu tỉnh giao
# năm 2024: ... Đúng hạn 98%", "- Bình quân cấp xã toàn Thành phố: ... Đúng hạn 98,7%".
_TARGET_OR_AVERAGE_ROW = re.compile(
    r"^- (?:chỉ tiêu|mục tiêu|(?:bình quân|trung bình)\b[^.;:\n]{0,40}\btoàn\b)[^.;:\n]{0,60}:",
    re.IGNORECASE | re.MULTILINE,
)
# A rule every one must meet, told after its figure: "100% hồ sơ trễ hạn phải có văn bản xin lỗi", "100% kiến nghị của
# Đoàn phải được đơn vị khắc phục" (not those the rule covers: "100% người thuộc diện phải kê khai ... đã kê khai").
_ALL_MUST = re.compile(r"\s*%[^.;:,]{0,60}?(?<!dien )\bphai (?:duoc|co)\b")
# A share of the people living there, which describes the place, not the work: "nơi hơn 92% dân số là đồng bào Jrai",
# "xã có 70% là đồng bào dân tộc thiểu số", "hơn 170 nghìn dân, trong đó đồng bào Khmer chiếm trên 50%".
_POPULATION_SHARE = re.compile(r"\s*(dan so )?(la |thuoc )(dong bao|dan toc)\b|\s*dong bao\b")
_POPULATION_SHARE_BEFORE = re.compile(
    r"\b(dong bao|dan toc thieu so|dan so)\b[^.;,()]{0,40}\bchiem( khoang| tren| hon| gan)?\s*$"
)
# The bound a count of units is told by, not a figure of its own: "5/9 tỉnh có tỷ lệ hồ sơ trực tuyến dưới 10%",
# "14/18 đơn vị hoàn thành trên 90% nhiệm vụ" (not the set's own rate: "của 4 xã đạt trên 99%").
_BOUND_OF_COUNT = re.compile(
    r"(?<!cua )(?<![\d/])\b\d+(/\d{1,3})? (don vi|co quan|dia phuong|tinh|xa|phuong|huyen|so|bo)\b"
    r"(?:(?!\d[\d.]* ho so)[^.;:]){0,60}?\b(tren|duoi)\s*$"
)
# A level to be raised or lowered to, asked for or given a time to come ("đề xuất năm 2025 nâng tỷ lệ hồ sơ trực tuyến
# toàn trình lên trên 50%", "giảm hồ sơ trễ hạn xuống dưới 1% trong quý IV"); not one reached ("Sở Công Thương nâng tỷ
# lệ hồ sơ trực tuyến toàn trình lên 64,5%").
_RAISED_TO = re.compile(
    r"\b(?:nang|dua)\b[^,;]*\blen(?: muc)?\s*(?:tren\s*)?$|\b(?:giam|ha)\b[^,;]*\bxuong(?: muc)?\s*(?:duoi\s*)?$"
)
# What asks for a figure or promises it, rather than reports it: "đề nghị tỉnh bổ sung 2 máy quét", "sẽ đầu tư thêm".
_ASKED = re.compile(  # (not "cán bộ", "bàn giao", "giao dịch")
    r"\b(de nghi|de xuat|kien nghi|yeu cau|can(?! bo)|(?<!van )phai|chi dao|phan dau|(?<!ban )giao(?! dich)|se|bo sung|"
    r"dau tu them)\b"
)
# What a unit is asked to ensure, or to finish, digitise, update or issue to a share, in the clause or a later one of
# the request: "đề nghị UBND hai phường xử lý dứt điểm hồ sơ trễ hạn ...; hoàn thành số hóa 100% kết quả giải quyết
# TTHC còn tồn đọng", "rà soát, số hóa 100% kết quả", "cấp chứng thư số cho 100% công chức" (not the tasks left to
# finish, a finding: "đề nghị huyện tập trung hoàn thành 5 nhiệm vụ còn lại").
_TO_ENSURE = re.compile(
    r"(?!.*\b(đã|đạt)\b).*\b(?P<verb>bảo đảm|đảm bảo|hoàn thành|số hóa|cập nhật|cấp)(\s+\w+){0,4}\s*$",
    re.IGNORECASE,
)
_BY_A_TIME = re.compile(
    r"\s*(?:trong (?:nam|quy|thang)|vao (?:cuoi|dau)|den (?:cuoi|het)|theo chi tieu|truoc ngay)\b"
)
# What a number word counts ("ba hồ sơ", "tám thủ tục"; with a scale, "hơn một nghìn", anything): records,
# procedures, cases, petitions, documents, reports, a desk's machines, meetings, ranks; not units ("hai xã" is as often
# "the two communes"). Checked in the pattern, since "ba" and "hai" are frequent words.
_WORD_FOLLOWED = r"(?=\s+(?i:nghìn|ngàn|triệu|tỷ|phần trăm|hồ sơ|thủ tục|tthc|trường hợp|đơn(?! vị)|văn bản|kiến nghị|phản ánh|xã|phường|thị trấn|huyện|sở|cơ quan|đơn vị|phòng|trường|ubnd|công chức|máy (?:vi )?tính|máy (?:in|scan|quét)|màn hình|buổi|cuộc họp|bậc)\b)"
# ... or what it is set against, in words or digits: "hai trên bảy công chức", "bảy trong số chín đơn vị", "mười bốn
# trong tổng số 176 nhiệm vụ".
_OUT_OF_WRITTEN = r"(?i:trong (?:tổng )?số|trên)"  # (`_OUT_OF` as written, for the unfolded text)
_WORD_OUT_OF = r"(?=\s+" + _OUT_OF_WRITTEN + r"\s+(?:\d|(?i:" + WORDS_NUMBER + r")))"
_OUT_OF_WORDS = re.compile(r"\s*" + _OUT_OF_WRITTEN + r"\s+(?P<total>" + NUMBER_WORD + r")")
# What joins a list's next item to the one before: ", ", "; ", "và", "còn".
_NEXT_ITEM = re.compile(r"(?:[,;]|\bva|\bcon)\s*$")
# A rank told before its place among the others: "xếp thứ", "đứng thứ", "xếp hạng", "xếp cuối (10/10)".
_RANKED = re.compile(r"\b(xep|dung) (thu|hang( thu)?|cuoi|dau)\s*\(?\s*$")
# What makes a "năm" after it the year: "cuối năm", "đầu năm", "hằng năm".
_YEAR_BEFORE = re.compile(r"\b(?:cuối|đầu|giữa|hằng|hàng|mỗi|nửa|cả)\s+$", re.IGNORECASE)
# The digits a legal style writes after a number word: "hai (02) đơn vị", "mười một (11) xã".
_BRACKETED_DIGITS = r"(?:\s*\(\d{1,3}\))"
_FIGURE = re.compile(  # the lookahead first: the engine skips by every character that starts no number
    r"(?=[\dMmHhBbNnSsTtCc])(?<![\w/.,])(?P<num>"
    + DIGITS
    + "|"
    + NUMBER_WORD
    + _BRACKETED_DIGITS
    + "?"
    + r"(?:"
    + _WORD_FOLLOWED
    + "|"
    + _WORD_OUT_OF
    + r"))(?:\s+(?:nghìn|ngàn|triệu|tỷ)(?!\w)(?:\s+\d{1,3}(?!\d))?)?"
    r"(?:/" + _TOTAL + r")?(?P<pct>\s*(?:%|(?P<points>điểm )?phần trăm))?"
)
_QUALIFIERS = (
    "hơn",
    "trên",
    "gần",
    "khoảng",
    "dưới",
    "gần như",
    "đạt",
    "chiếm",
    "xấp xỉ",
    "ít nhất",
    "tối thiểu",
)
_BAD_BEFORE = re.compile(
    r"(?:quy|dot|lan|(?<!xep )(?<!dung )thu|khoa|nam|thang|ngay|giai doan|muc do|muc|(?<!dia )phuong|diem|cau|lo|khu|to|nhom|"
    r"(?:doan|to|dot)(?: kiem tra)? so|nha so|dia chi:? so|so nha|dieu|khoan|chuong|km|ql|quoc lo|tinh lo|dt|"
    r"hotline|dien thoai|fax|tel|lap thanh|"
    r"xu phat)\s*:?\s*$"  # the sanctions an inspectorate imposed: "lập biên bản, xử phạt 1.312 trường hợp vi phạm"
)
# A numbered ward or district is a name however it is capitalised: "UBND Quận 12 ban hành kế hoạch", "Phường 1".
_NUMBERED_PLACE = re.compile(r"\b(quận|phường)\s*$", re.IGNORECASE)
# A building's floor ("tầng 3"), told apart from a rise ("tăng 18%") as written.
_FLOOR_BEFORE = re.compile(r"\btầng\s*:?\s*$", re.IGNORECASE)
# What a score's scale is made of, not what a unit scored.
_SCALE_BEFORE = re.compile(r"\b(toi da|thang diem|chiem|trong so)\s*$")
_OR_MORE = re.compile(r"\s*tro len\b")
_SCALE_AFTER = re.compile(r"\s*toi da\b")  # "Cải cách thể chế: 10 điểm tối đa; 8,5 điểm Đoàn chấm"
# An average the unit's figure is set against, of the district, the province or the country: "thấp hơn mức bình
# quân 99,4% của cấp xã toàn huyện", "mức bình quân cả nước là 38,5%", "so với mức 6,8% bình quân của cấp xã".
_BENCHMARK_BEFORE = re.compile(r"\bmuc (binh quan|trung binh)\b[^,;]{0,40}$")
_BENCHMARK_AROUND = (re.compile(r"\bmuc\s*$"), re.compile(r"\s*(binh quan|trung binh) (cua|o|tai)\b"))
# ... or the area's own, named after it: "cao hơn tỷ lệ 71,2% của cấp xã toàn huyện", "thấp hơn mức 97,9% của toàn
# tỉnh", "so với bình quân 9,8% của cấp xã toàn huyện".
_AREA_BENCHMARK = (
    re.compile(
        r"\b((cao|thap) hon( nhieu)?( so voi)?|so voi|vuot) (muc|ty le|binh quan)( (chung|binh quan))?\s*$"
    ),
    re.compile(
        r"\s*%?\s*(chung )?(cua|o|toan) (cap xa |cac xa[^.;]{0,25}?)?(cua |trong )?(toan |ca )?"
        r"(huyen|tinh|thanh pho|quan|thi xa|nuoc)\b"
    ),
)
# ... or in brackets after the comparison: "cao hơn mức bình quân chung của các xã, thị trấn trong tỉnh (57%)", "thấp
# hơn tỷ lệ chung của tỉnh (41,2%)".
_BENCHMARK_BRACKETED = re.compile(
    r"\b(cao|thap) hon (so voi )?((muc|ty le) )?(binh quan|trung binh|chung)\b[^;()]{0,60}\(\s*$"
)
# ... or the area's rate told on its own before it: "bình quân của cấp xã toàn tỉnh là 58,9%", "tỷ lệ trực tuyến chung
# của các xã trên địa bàn huyện hiện đạt 41,2%", "cao hơn tỷ lệ của cấp xã toàn tỉnh (97,3%)".
_AREA_RATE_BEFORE = re.compile(
    r"\b(binh quan|trung binh|chung|ty le)( cua)?( cap xa| cac xa[^.;]{0,25}?)? (toan|trong|tren dia ban|ca) "
    r"(tinh|huyen|thanh pho|quan|thi xa|nuoc)\b[^.;,()]{0,30}?( (la|dat|hien dat|moi dat|chi dat)( khoang)?| \()\s*$"
)
# ... or another unit's figure the unit's is set against, that unit named: "thấp hơn xã Xuân Hải (99,5%) là đơn vị dẫn
# đầu", "so với xã Vũ Ninh, địa phương dẫn đầu huyện về ứng dụng văn bản điện tử với 89%".
_OTHER_UNIT_BEFORE = re.compile(
    r"\b(so voi|(thap|cao) hon( so voi)?) (xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|so) [^;()]{0,90}?"
    r"(\(\s*|\bvoi (muc |ty le )?)$"
)
_BOUND_BEFORE = re.compile(r"\b(tu|duoi|den duoi|den)\s*$")
# A class told by its band, with or without "xếp loại": "Tốt từ 80 điểm trở lên, Khá từ 70 đến dưới 80 điểm".
_CLASS_BAND = re.compile(
    r"\b(xep loai|(tot|kha|trung binh|yeu|kem|xuat sac)\s*[:(]?\s*(dat )?(tu|duoi)\s+\d)"
)
# The economy and the budget in the figure's clause: "tăng trưởng kinh tế ... 7,1%", "thu ngân sách đạt 97% dự toán".
_ECONOMY = re.compile(r"tăng trưởng kinh tế|GRDP|thu ngân sách", re.IGNORECASE)
# The country's figures a speaker quotes for context: "cả nước đã cấp hơn 1,1 triệu phiếu", "tỷ lệ này của cả nước ...
# vào khoảng 21%", "mức chung của cả nước cùng kỳ (khoảng 26%)".
# (the country named before the figure with no place of its own between: not "Chỉ số CCHC của tỉnh đạt 83,26%, cao
# hơn mức trung bình cả nước", "Năm 2018, trong cả nước, Chỉ số CCHC của tỉnh đạt ...")
_NATIONAL = re.compile(
    r"\b(ca nuoc|toan quoc)\b(?![^.;]*\b(tinh|huyen|xa|phuong|thi tran|thi xa|thanh pho|quan|so|don vi)\b)[^.;]{0,80}$"
)
_NOISE_SENTENCE = re.compile(
    # (whole words: "người dân sống trên địa bàn", "công dân số", "Đoàn đã xem xét 25 văn bản" are no furniture; nor
    # the commune's post "công chức Văn phòng - Thống kê" or the "Chi cục Thống kê"; a rating widget is "(3 lượt đánh
    # giá)", the citizens' ratings of a desk "ghi nhận 412 lượt đánh giá")
    r"(?<!công )dân số(?!\w)|nhân khẩu|diện tích|đơn vị hành chính|sáp nhập|"
    r"truy cập|lượt xem|đã xem(?! xét)|online|trực tuyến:\s*\d|(?<!phòng - )(?<!phòng – )(?<!phòng-)(?<!phòng )(?<!cục )(?<!mẫu )(?<!báo cáo )thống kê(?!\w)(?! (?:\d|các|số liệu|thủ tục|TTHC|hồ sơ))|đang truy cập|hôm nay:|tổng lượt|\(\s*\d+ lượt đánh giá|/\s*\d+ lượt đánh giá|đánh giá bài viết|điện thoại:?\s*[\d(+]|email|fax|\d\s+hộ(?! tịch| kinh doanh| chiếu)\b",
    re.IGNORECASE,
)
_KEYS = [
    ("trước và đúng hạn", "on_time_or_early"),
    ("trước hạn", "early"),
    ("đúng hạn", "on_time"),
    ("trễ hạn", "late"),
    ("quá hạn", "late"),
    ("chậm", "late"),
    ("số hóa", "digitised"),
    ("số hoá", "digitised"),
    ("thanh toán trực tuyến", "online_payment"),
    ("trực tuyến", "online"),
    ("văn bản điện tử", "e_documents"),
    ("chữ ký số", "digital_signatures"),
    ("chữ kí số", "digital_signatures"),
    ("ký số", "digital_signatures"),
    ("kí số", "digital_signatures"),
    ("tiếp nhận", "received"),
    ("giải quyết", "resolved"),
    ("nhiệm vụ", "tasks"),
]
# Key phrases matched as written, not folded ("chậm", late, folds as "chấm", scored); and the units that count no
# records: a score's or a rank's, a desk's equipment, and those of a unit's own work and the people it awarded.
_AS_WRITTEN = frozenset({"chậm"})
_KEYLESS_UNITS = frozenset({"điểm", "hạng", "máy", *DESK_EQUIPMENT, *ACTIVITIES_AND_PEOPLE})
# Nouns that count administrative units or offices: a results article's figures, a visit's or a plan's scope.
UNIT_COUNT_NOUNS = {
    "xã",
    "phường",
    "thị trấn",
    "huyện",
    "sở",
    "cơ quan",
    "đơn vị",
    "phòng ban",
    "phòng, ban",
    "phòng ban chuyên môn",
    "phòng chuyên môn",
    "cơ quan chuyên môn",
    "ubnd huyện",
    "ubnd xã",
    "ubnd cấp xã",
    "ubnd cấp huyện",
    "xã, thị trấn",
    "xã, phường, thị trấn",
    "xã, phường",
    "sở, ngành",
    "tỉnh",
    "tỉnh, thành phố",
    "bộ, cơ quan ngang bộ",
    "bộ, ngành",
    "trường học",
    "trường mầm non",
    "trường tiểu học",
    "trường thcs",
    "trường thpt",
    "trường",
    "trạm y tế",
}
_FOLDED_UNIT_NOUNS = frozenset(fold(n) for n in UNIT_COUNT_NOUNS)


def canonical_key(label: str, unit: str | None) -> str | None:
    """A key that makes the figure comparable across articles ("rate_on_time", "records_received"); a count of
    units is of those inspected only when its label says so ("kiểm tra tại 6 xã", "8 phường được kiểm tra"), not
    of those rated or late ("03 đơn vị xếp loại Tốt")."""
    folded = fold(label)
    pct = unit == "%"
    if unit == "điểm phần trăm":
        return None  # a change, comparable with no rate
    if unit and unit.lower() in UNIT_COUNT_NOUNS:
        return "units_inspected" if "kiem tra" in folded else None
    if unit and unit.lower() in _KEYLESS_UNITS:
        return None  # "83,25 điểm Đoàn kiểm tra chấm", "kiểm điểm 5 cá nhân để hồ sơ chậm"
    for phrase, key in _KEYS:
        if (phrase in label.lower()) if phrase in _AS_WRITTEN else (fold(phrase) in folded):
            if key == "tasks":
                return "tasks_done_pct" if pct else "tasks_done"
            return f"rate_{key}" if pct else f"records_{key}"
    return None


def _clause(text: str, s_start: int, start: int) -> str:
    """The sentence's text before `start`, from its last semicolon: what a figure is said about."""
    return text[semicolon_clause(text, s_start, start, start, start)[0] : start]


def _in_name(text: str, pos: int) -> bool:
    """Whether the word at `pos` is capitalised inside a name ("huyện Lục Nam: 72,25 điểm"), not the "năm",
    "quý" or "tổ" that makes the figure after it a date or a number of something else."""
    return text[pos].isupper() and pos >= 2 and text[pos - 1] == " " and text[pos - 2].isalpha()


def _qualifier(before: str) -> str | None:
    words = before.rstrip().lower()
    for q in sorted(_QUALIFIERS, key=len, reverse=True):
        if words.endswith(" " + q) or words == q:
            return q
    return None


# What opens a label's clause; not the decimal comma of an earlier figure ("lần lượt đạt 99,71% và 98,9%").
_LABEL_SEP = re.compile(r"[;:(\n]|(?<!\d),|,(?!\d)")
_EARLIER_FIGURES = re.compile(r"(?:\s*(?<!năm\s)(?<![\d/.])\d[\d.,]*%?\s*(?:,|và))+\s*$")  # not "30/4/2025,"


# A rate named before a comma that lists what it is of; a label with no more than a qualifier; the figures of a clause.
_RATE_NAMED = re.compile(r"\s*(?:tỷ lệ|tỉ lệ)\b[^\d]*$", re.IGNORECASE)
_WEAK = re.compile(
    r"\s*(?:(?:và|mới|chỉ|bình quân|trung bình|đạt|chiếm|là|tỷ lệ|tỉ lệ|với|có)\s*)*", re.IGNORECASE
)
_FIGURES = re.compile(r"(?<![\w/])\d[\d.,]*(?:/\d[\d.,]*)?%?(?!\w)")


# What Vietnamese tells of a counted thing after it ("04 hồ sơ trễ hạn chưa có văn bản xin lỗi", "08 đơn vị xếp loại
# Khá", "ký số 100% kết quả giải quyết TTHC"), up to the clause's end, a cause, a comparison, a list's next item or the
# next figure; without a word left hanging where it was cut.
_AFTER_END = re.compile(
    r"[,;:.()\n\d%]|\s(?:và|nhưng|song|do|vì|so với|tăng|giảm|trong đó|gồm|lần lượt|là|đều|của|trên tổng)(?!\w)",
    re.IGNORECASE,
)
_HANGING = {"đạt", "được", "có", "là", "với", "chiếm", "đã", "và", "tại", "trên", "trong"}


def _said_after(text: str, end: int, s_end: int) -> str:
    stop = _AFTER_END.search(text, end, s_end)
    words = text[end : stop.start() if stop else s_end].split()[:8]
    while words and words[-1].lower() in _HANGING:
        words.pop()
    return " ".join(words)


def _label(text: str, s_start: int, start: int, end: int, s_end: int, noun: str | None) -> str:
    head = text[s_start:start]
    head = _EARLIER_FIGURES.sub("", head)  # a list's: "lần lượt đạt 81,3%, 62,7% và" 44,9%
    seps = [0, *(m.end() for m in _LABEL_SEP.finditer(head))]
    before = head[seps[-1] :]
    if len(seps) > 1 and head[seps[-1] - 1] == "," and _RATE_NAMED.match(head, seps[-2], seps[-1] - 1):
        before = head[seps[-2] :]  # a rate of a list: "tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 87,5%"
    elif len(seps) > 1 and head[seps[-1] - 1] == "," and _WEAK.fullmatch(before) and text[end - 1] == "%":
        # a share of the clause before: "giải quyết đúng hạn 5.274 hồ sơ, đạt 99,17%"
        before = "tỷ lệ " + _FIGURES.sub(" ", head[seps[-2] : seps[-1] - 1])
    if item := LIST_ITEM.match(before):
        before = before[item.end() :]  # a list item's bullet or number: "- Còn 2 thủ tục"
    before = re.sub(r"^\s*(?:trong đó|và|đồng thời|riêng|cụ thể)\s*,?\s*", "", before, flags=re.IGNORECASE)
    before = re.sub(
        r"\s+(?:" + "|".join(_QUALIFIERS) + r"|là|với|được|có)\s*$", "", before.strip(), flags=re.IGNORECASE
    )
    label = re.sub(r"^(?:và|với|của)\s+", "", " ".join(before.split()[-16:]), flags=re.IGNORECASE)
    if noun and noun.lower() not in label.lower():
        label = f"{label} {noun}".strip()
    label = f"{label} {_said_after(text, end, s_end)}".strip()
    if len(label.split()) < 2:
        stop = min([i for i in (text.find(c, end, s_end) for c in ",;.(") if i >= 0] or [s_end])
        label = f"{label} {text[end:stop].strip()}".strip()
    return label[:160]


@Language.component("cchc_metrics")
def find_metrics(doc: Doc) -> Doc:
    page = doc._.page
    text = page.text
    folded = page.folded
    blocked = [(f.start, f.end) for f in page.dates + page.legal_refs]
    photo_story = told_in_captions(page)
    found: list[Found] = []
    for match in _FIGURE.finditer(text):
        start = match.start()
        if any(s <= start < e for s, e in blocked) or in_other_story(page, start):
            continue
        if found and start < found[-1].end:
            continue  # the whole a figure was set against: "mười bốn trong tổng số 176 nhiệm vụ"
        if match["num"][:3].lower() == "năm" and _YEAR_BEFORE.search(text, max(0, start - 6), start):
            continue  # the year, not five: "cuối năm huyện đã tổ chức kiểm tra", "Hằng năm huyện ..."
        if in_caption(page, start) and (not photo_story or ARCHIVE_PHOTO.search(caption_of(page, start))):
            continue
        s_start, s_end = sentence_of(page, start)
        clause = semicolon_clause(text, s_start, s_end, start, match.end())
        if _NOISE_SENTENCE.search(text, *clause) and not re.search(
            "hồ sơ|nhiệm vụ|hài lòng",
            text[slice(*clause)],  # a survey of households: "200 hộ dân ... hài lòng 98,5%"
        ):
            continue
        if _ECONOMY.search(text, *clause) or _NATIONAL.search(folded, clause[0], start):
            continue
        window = max(s_start, start - 40)
        before = text[window:start]
        if (
            (bad := _BAD_BEFORE.search(folded, window, start))
            and not _in_name(text, bad.start())
            and not text.startswith("thu ", bad.start())  # "thứ 3" is an ordinal; "thu 412 triệu" a sum
        ):
            continue
        if _FLOOR_BEFORE.search(text, window, start) or _NUMBERED_PLACE.search(text, window, start):
            continue
        if _TARGET.search(_clause(text, s_start, start)) or _LEAST.search(
            text, max(s_start, start - 14), start
        ):
            continue
        if (goal := _GOALS_LISTED.search(text, s_start, start)) and not _REACHED.search(
            folded, goal.end(), start
        ):
            continue  # "Năm 2025, huyện phấn đấu: ...; tỷ lệ hồ sơ trực tuyến đạt 60%; 100% hồ sơ quá hạn có ..."
        if _TARGET_OR_AVERAGE_ROW.search(text, max(0, s_start - 2), start):
            continue
        clause = _clause(folded, s_start, start)
        if _RAISED_TO.search(clause) and (_ASKED.search(clause) or _BY_A_TIME.match(folded, match.end())):
            continue
        # (what the request itself says, from its last "đề nghị"/"yêu cầu": not "các Trưởng đoàn đã đánh giá cao ...,
        # đồng thời đề nghị ...")
        asked = max(folded.rfind("de nghi", s_start, start), folded.rfind("yeu cau", s_start, start))
        if (
            asked >= 0
            and (ensure := _TO_ENSURE.match(text, max(asked + len("de nghi"), start - len(clause)), start))
            and (ensure["verb"].lower() in ("bảo đảm", "đảm bảo") or match.group("pct"))
        ):
            continue  # "đề nghị UBND phường ... rà soát, ..., bảo đảm 100% công chức sử dụng chữ ký số"
        # (not the gap to it: "thấp hơn mức bình quân 16,6 điểm phần trăm")
        if not match.group("points") and (
            _BENCHMARK_BEFORE.search(clause)
            or _BENCHMARK_BRACKETED.search(clause)
            or _OTHER_UNIT_BEFORE.search(clause)
            or _BENCHMARK_AROUND[0].search(clause)
            and _BENCHMARK_AROUND[1].match(folded, match.end())
            or _AREA_BENCHMARK[0].search(clause)
            and _AREA_BENCHMARK[1].match(folded, match.end())
            or match.group("pct")
            and _AREA_RATE_BEFORE.search(clause)
        ):
            continue
        quantity = parse_quantity(text, start)
        if quantity is None or quantity[0] == 100 and _ALL_MUST.match(folded, start + quantity[1]):
            continue
        value, length = quantity
        end = match.end("num") if match.group("num")[-1] == ")" else start + length  # (past "(02)")
        total = float(match.group("total").replace(".", "")) if match.group("total") else None
        if match.group("total"):
            end = max(end, match.end("total"))
        elif (words := _OUT_OF_WORDS.match(text, end)) and (whole := number_in_words(words["total"].lower())):
            total, end = whole, words.end()  # "hai trên bảy công chức": the whole in words, its noun after it
        unit: str | None = None
        noun = None
        if match.group("pct") and (
            _POPULATION_SHARE.match(folded, match.end())
            or _POPULATION_SHARE_BEFORE.search(folded, window, start)
            or _BOUND_OF_COUNT.search(folded, max(s_start, start - 90), start)
        ):
            continue
        if match.group("pct"):  # a change in percentage points is told in its own unit
            unit, end = "điểm phần trăm" if match.group("points") else "%", match.end()
        else:
            whole = None
            after = _NOUN_RE.match(folded, end)
            if after is not None:
                noun = text[after.start("noun") : after.end("noun")]
                if after.group("total"):
                    total = float(after.group("total").replace(".", ""))
                end = after.end()
            elif (money := _MONEY.match(folded, end)) and (
                _PAYMENT.search(clause)
                # the fees said once for a list of sums: "A thu phí, lệ phí 648,5 triệu đồng; B thu 412 triệu đồng"
                or _PAYMENT.search(folded, s_start, start)
                and not _FUNDS.search(folded, *semicolon_clause(text, s_start, s_end, start, match.end()))
                # (the payment told after the sum: "thu được 4,2 triệu đồng phí, lệ phí qua thanh toán trực tuyến")
                or _PAYMENT_AFTER.match(folded, money.end(), s_end)
            ):
                unit, end = "đồng", money.end()
            elif (staff := _STAFF.match(folded, end)) and (
                total is not None
                or staff.group("total")
                or (whole := _STAFF_WHOLE_BEFORE.search(folded, max(s_start, start - 120), start))
                and _STAFF_QUALIFIED.match(folded, staff.end())
                or _STAFF_FINDING.match(folded, staff.end())
                and not _WHOLE_OF.search(folded, window, start)
                or _ONLY_HAS.search(folded, window, start)
                and _STAFF_QUALIFIED.match(folded, staff.end())
                or _SHORT_OF.search(folded, window, start)
            ):
                noun = text[staff.start("noun") : staff.end("noun")]
                if staff.group("total") or whole:
                    total = float((staff.group("total") or whole["whole"]).replace(".", ""))
                end = staff.end("noun")
            elif (listed := _LIST_THEN_NOUN.match(folded, end)) and _RESPECTIVELY.search(clause):
                noun = text[listed.start("noun") : listed.end("noun")]
            elif (again := _MACHINE_AGAIN.match(folded, end)) and _MACHINES_BEFORE.search(
                folded, s_start, start
            ):
                noun, end = text[again.start("noun") : again.end("noun")], again.end("noun")
            elif ahead := _NOUN_BEFORE_RE.search(folded, s_start, start):
                noun = text[ahead.start("noun") : ahead.end("noun")]
            elif (
                total is not None
                and (cell := _CELL_NOUN_BEFORE.search(folded, s_start, start))
                and cell["noun"] not in _FOLDED_UNIT_NOUNS  # (a unit's name: "; UBND huyện Hàm Yên 9/12")
            ):
                noun = text[cell.start("noun") : cell.end("noun")]
            elif earlier := _item_before(page, found, s_start, start):
                noun = earlier.value.unit
            elif total is not None and _RANKED.search(folded, window, start):
                noun = "hạng"  # a rank among whatever the text names: "xếp thứ 5/13 địa phương cấp huyện"
            else:
                continue
            if noun and fold(noun) == "hs":  # shorthand for records, unless the sentence counts pupils
                if _PUPILS.search(folded, s_start, s_end):
                    continue
                noun = "hồ sơ"
            unit = unit or noun
            if noun and fold(noun) in _EQUIPMENT and _ASKED.search(clause):
                continue  # asked for or promised, not what the desk has: "đề nghị tỉnh bổ sung 2 máy quét"
            if noun and (rule := _NOT_COUNTED_HERE.get(fold(noun))) and rule.search(folded, window, start):
                continue
            if (
                noun
                and (written := _ONLY_AS_WRITTEN.get(fold(noun)))
                and noun.lower() not in (written, fold(noun))
            ):
                continue  # "Hội nghị Trung ương 6 khóa XII", "Tổ 3 họp", "12 hợp tác xã", "3 trạng thái"
            # "12,486 hồ sơ": no part of a record, so the comma groups thousands the English way
            if noun and _WHOLE_THINGS.match(fold(noun)) and _COMMA_GROUPED.fullmatch(match.group("num")):
                value *= 1000
        if unit != "%" and 1900 <= value <= 2100 and total is None and match.group("num").isdigit():
            continue
        if (
            total is None
            and noun
            and _PLACES.match(fold(noun))
            and (has := _HAS.search(folded, window, start))
            and folded[s_start : has.start()].strip(" -+*•")  # (not "Có 11 xã đã niêm yết ...", which counts)
        ):
            continue  # "xã có 16 xóm": how the place is made up
        classed = _CLASS_BAND.search(folded[slice(*semicolon_clause(folded, s_start, s_end, start, end))])
        if (
            noun
            and fold(noun) == "diem"
            and (
                _SCALE_BEFORE.search(folded, window, start)
                or _OR_MORE.match(folded, end)
                or _SCALE_AFTER.match(folded, end)
                or _BOUND_BEFORE.search(folded, window, start)
                and classed
            )
            or unit == "%"
            and classed
            and (_BOUND_BEFORE.search(folded, window, start) or _OR_MORE.match(folded, end))
        ):
            # the scale, a weight or a class's threshold: "tối đa 100 điểm", "chiếm 25 điểm", "từ 85 điểm trở lên",
            # "từ 80 đến dưới 90 điểm xếp loại Khá", "đạt từ 90% trở lên xếp loại Tốt"
            continue
        if (
            match.group("num").lower() == "một"
            and length == 3
            and not _in_count_list(found, folded, s_start, start, unit)
        ):
            continue  # "không một hồ sơ nào": no count; "hơn một nghìn" is one, and so is a list's "và một đơn vị"
        if (unit or "").lower() in UNIT_COUNT_NOUNS and (
            # a round to come: "11 xã còn lại sẽ được kiểm tra", "Sở sẽ kiểm tra thêm 15 xã"
            later_round(page, *semicolon_clause(folded, s_start, s_end, start, end))
            or match.group("num").replace(" ", "").isalpha()  # "Mười một xã"
            and _names_units(text, folded, window, (start, end))
            or _NAMED_BEFORE.match(folded, s_start, start)
        ):
            continue
        label = _label(text, s_start, start, end, s_end, noun)
        metric = Metric(
            label=label,
            value=value,
            unit=unit,
            total=total,
            qualifier=_qualifier(before),
            key=canonical_key(label, unit),
            evidence=evidence(page, start, end),
        )
        found.append(Found(start, end, metric))
    found = _with_elided_labels(page, found)
    found = _without_item_repeats(
        page, _without_headline_repeats(page, _without_averages_sets(found, folded))
    )
    page.metrics = _without_rounded(
        page,
        _without_restated(_without_unit_count_repeats(_without_planned_tasks(page, found), folded), folded),
    )
    return doc


def _without_planned_tasks(page: Page, found: list[Found]) -> list[Found]:
    """A plan's tasks counted and then set as the whole of those done in the same sentence ("kế hoạch CCHC với 24
    nhiệm vụ; đến nay đã hoàn thành 19/24 nhiệm vụ") are the done figure's whole, one fact; told without the
    fraction ("đề ra 46 nhiệm vụ, đã hoàn thành 42") both stay, the reviewers keep both."""
    done = [f for f in found if f.value.unit == "nhiệm vụ" and f.value.total is not None]
    return [
        f
        for f in found
        if f.value.unit != "nhiệm vụ"
        or f.value.total is not None
        or not any(
            d.value.total == f.value.value and d.start > f.start and sentence_of(page, d.start)[0] <= f.start
            for d in done
        )
    ]


# A school's own counts, where "HS" is học sinh: "trường có 450 HS, 18 lớp".
_PUPILS = re.compile(r"hoc sinh|\blop\b|giao vien|truong (mam non|tieu hoc|thcs|thpt)")
# A one-stop desk's equipment.
_EQUIPMENT = frozenset(fold(n) for n in DESK_EQUIPMENT)
# Counted nouns that, after these words, are what the team checked against or a court's judgments enforced rather
# than the unit's work: "Đoàn kiểm tra 7 nội dung theo bộ tiêu chí", "đánh giá trên 8 nội dung", "kiểm tra việc thực
# hiện 06 nội dung" (not "kiến nghị 29 nội dung", "đã thực hiện 8 nội dung"); "thi hành xong 512 việc" (not "công
# chứng 9.418 việc").
_NOT_COUNTED_HERE = {
    "noi dung": re.compile(
        r"(?:\b(?:kiem tra|danh gia|cham diem)(?: (?:viec|tap trung|trien khai|thuc hien|vao|theo|tren))*"
        r"|\b(?:tren|theo|gom|vao|bam sat|voi))\s*$"
    ),
    "viec": re.compile(r"\bthi hanh\b[^.;]*$"),
    # (the firms an office has or talks with, not those it served: "Chi cục quản lý 812 doanh nghiệp", "địa bàn có
    # hơn 250 doanh nghiệp", "đối thoại với 200 doanh nghiệp")
    "doanh nghiep": re.compile(
        r"\b(?:quan ly|doi thoai voi|tuyen duong|thanh tra|tham gia cua|co)\s+(?:(?:khoang|gan|hon|tren)\s+)?$"
    ),
}
# Counted nouns whose letters, once the marks are gone, common words share ("khóa", a term; "họp", "hợp"; "trạng"):
# counted only as written (or on a page written without marks).
_ONLY_AS_WRITTEN = {fold(n): n for n in ("khoa", "hộp", "trang")}
# Some of the machines counted before, by the bare word: "có 3 máy tính nhưng 1 máy đã hỏng", "02 máy vi tính, trong
# đó 01 máy đã hỏng".
_MACHINE_AGAIN = re.compile(r"\s+(?P<noun>may)\b")
_MACHINES_BEFORE = re.compile(
    r"\d\s+(?:"
    + "|".join(sorted((n for n in _EQUIPMENT if n.startswith("may ")), key=len, reverse=True))
    + r")\b"
)


# A list's later items after a counted one: ", xã B 1.982, xã C " before the figure.
_LATER_ITEMS = re.compile(r"(?:\s*(?:,|và)\s*[^,;.\d]{2,40}?\s+\d[\d.]*)*\s*(?:,|và)\s*")


def _in_count_list(found: list[Found], folded: str, s_start: int, start: int, unit: str | None) -> bool:
    """Whether "một" is the next item of a list counting the same things: "ba đơn vị xếp loại tốt, sáu đơn vị xếp
    loại khá và một đơn vị xếp loại trung bình", where it is a count and not the article it often is."""
    return bool(_NEXT_ITEM.search(folded, s_start, start)) and any(
        f.start >= s_start and f.value.unit == unit for f in found
    )


def _item_before(page: Page, found: list[Found], s_start: int, start: int) -> Found | None:
    """The counted figure a list's later item leaves its noun out after, the item's label a unit's name: "phường A
    tiếp nhận 2.347 hồ sơ, xã B 1.982, xã C 2.105"."""
    earlier = found[-1] if found else None
    if earlier is None or earlier.start < s_start or earlier.value.unit in (None, "%", "đồng"):
        return None
    items = _LATER_ITEMS.match(page.text, earlier.end, start)
    named = items is not None and any(u.start == items.end() and u.end == start - 1 for u in page.units)
    return earlier if named and page.text[start - 1] == " " else None


def _with_elided_labels(page: Page, found: list[Found]) -> list[Found]:
    """A list's later items leave out what its first one said, their label only a unit's name: "phường A tiếp nhận
    2.148 hồ sơ, phường B 1.960 hồ sơ", "đã tiếp nhận tổng cộng 2.191 hồ sơ, trong đó xã C 1.204 hồ sơ". They take
    the earlier figure's label and key, with their unit in brackets, as a researcher would write them."""
    names = {u.value.name.lower(): u.value.name for u in page.units}
    said: dict[tuple[int, str | None], Metric] = {}  # the last figure told in full, by sentence and unit
    kept = []
    for f in found:
        metric = f.value
        key = (sentence_of(page, f.start)[0], metric.unit)
        place = metric.label.removesuffix(metric.unit or "").strip().lower()
        if place not in names:
            said[key] = metric
        elif earlier := said.get(key):
            core = re.sub(r"\s*\([^()]*\)$", "", earlier.label)
            if lead := next((n for n in names if core.lower().startswith(n + " ")), None):
                core = core[len(lead) :].strip()  # "phường A tiếp nhận hồ sơ" is told of A
            metric = metric.model_copy(update={"label": f"{core} ({names[place]})", "key": earlier.key})
            f = Found(f.start, f.end, metric, f.tags)
        kept.append(f)
    return kept


# Things counted whole, whose figure cannot have a decimal part.
_WHOLE_THINGS = re.compile(
    r"(ho so|thu tuc|tthc|van ban|truong hop|kien nghi|phan anh|giao dich|tai khoan|luot)\b"
)
_COMMA_GROUPED = re.compile(r"\d{1,3},\d{3}")


# Units a number word names rather than counts: "hai xã Đức Lợi và Đức Phong", "hai đơn vị trên", "cả hai phường".
_NAMED_AFTER = re.compile(r"\s+trên\b(?! địa bàn)|\s+(?!(?:Tốt|Khá)\b)" + UPPER)
_ALL_OF = re.compile(r"\b(ca|moi)\s+$")
# ... or said of the units named just before it: "Sở Xây dựng và thị xã Ba Đồn là hai đơn vị có nhiều cách làm hay",
# "Phường Trà An, phường Bùi Hữu Nghĩa và phường Long Hòa là ba đơn vị xếp loại tốt".
_NAMED_BEFORE = re.compile(r"\W*[^\d.;:]{2,120}\bva\b[^\d.;:]{2,60}\bla\s+$")


def _names_units(text: str, folded: str, window: int, span: tuple[int, int]) -> bool:
    """Whether a count of units in words names them rather than counting them."""
    return bool(_NAMED_AFTER.match(text, span[1]) or _ALL_OF.search(folded, window, span[0]))


# A count of units that refers back to a set already counted: "Bộ phận một cửa của 8 đơn vị", "trên địa bàn 8 đơn vị",
# "thấp nhất trong 4 đơn vị", "một trong 6 sở, ngành", "Toàn bộ 8 xã"; or that a figure's clause opens on, the set
# said again: "8 phường được kiểm tra trực tiếp đã tiếp nhận 41.306 hồ sơ", "6 xã, thị trấn tiếp nhận tổng cộng 8.456
# hồ sơ", "12 xã, phường, thị trấn có tỷ lệ ...".
_BACK_TO_SET = re.compile(r"\b(cua|tai|o|dia ban|trong(?: so)?|ca|mot trong|toan bo)\s+$")
_SET_AGAIN = re.compile(
    r"\s*(cua (huyen|quan|thi xa|thanh pho|tinh) )?(duoc kiem tra\b|(da )?tiep nhan\b|co ty le\b)"
)  # ("7 phường của quận tiếp nhận 15.306 hồ sơ")


# The late records apologised for, all of them, said again: "có 6 hồ sơ trễ hạn và xã đã gửi thư xin lỗi đối với cả 6
# trường hợp", "xin lỗi đủ 14 trường hợp" (not "giải quyết xong cả 1.032 hồ sơ" of 1.032 received, another fact).
_ALL_APOLOGISED = re.compile(r"\bxin loi\b[^.;]{0,40}\b(ca|(?<!day )du|toan bo)\s+$")
# ... or asked of them: "thực hiện xin lỗi đối với 64 hồ sơ trễ hạn" (the same count of the same things).
_APOLOGY_FOR = re.compile(r"\bxin loi\b[^.;]{0,40}\bdoi voi\s+$")
_RESTATED_WITHIN = 400  # characters back to the figure it says again: its sentence or the one before


# A count the text says it gave above: "5 hồ sơ quá hạn nêu trên", "cả 02 hồ sơ trễ hạn kể trên" (anywhere above).
_SAID_ABOVE = re.compile(
    r"[^,;.:()]{0,40}?\b(neu tren|ke tren|noi tren|tren day)\b|"
    r"\s+([^\W\d]+ ){0,3}?(?<!den )(?<!hien )(?<!tu )(?<!truoc )nay\b"  # "Tất cả 112 hồ sơ này đều ..."
)
# ... or that a sentence opens on, to say what became of them: "Trong 111 hồ sơ trễ hạn, mới có 96/111 ...".
_SET_OPENING = re.compile(r"(?:^|[.;\n])\W*trong (?:so |tong so )?$")
# ... or tells all of them did alike: "có 4 hồ sơ trễ hạn" then "cả 4 hồ sơ đều thuộc lĩnh vực đất đai".
_ALL_OF = re.compile(r"\bca\s+$")
_EACH_OF_THEM = re.compile(r"[^.;,]{0,40}?\bdeu\b")
# ... or that a request asks the unit to settle: "đề nghị UBND xã khẩn trương cập nhật đủ 06 thủ tục còn thiếu" after
# "còn thiếu 06 thủ tục".
_ASKED_TO_SETTLE = re.compile(
    r"\b(de nghi|yeu cau)\b[^.]*\b(cap nhat|xu ly|giai quyet|khac phuc|bo sung|niem yet|cong khai)"
    r"( (day )?du| dut diem| ngay| kip thoi)?( ca| so)?\s*$"
)


def _without_restated(found: list[Found], folded: str) -> list[Found]:
    """A count of late records said again as all of them having had an apology is that count, one fact; and so is
    a count the text says it gave above or opens a sentence on again."""
    kept: list[Found] = []
    for f in found:
        apologised = _ALL_APOLOGISED.search(folded, max(0, f.start - 60), f.start) is not None
        said_above = f.value.total is None and (
            _SAID_ABOVE.match(folded, f.end) is not None
            or _SET_OPENING.search(folded, max(0, f.start - 20), f.start) is not None
            or _APOLOGY_FOR.search(folded, max(0, f.start - 60), f.start) is not None
            or _ALL_OF.search(folded, max(0, f.start - 6), f.start) is not None
            and _EACH_OF_THEM.match(folded, f.end) is not None
            or _ASKED_TO_SETTLE.search(folded, max(0, f.start - 200), f.start) is not None
        )
        if (apologised or said_above) and any(
            k.value.value == f.value.value
            and (said_above and k.value.unit == f.value.unit or f.start - k.start <= _RESTATED_WITHIN)
            for k in kept
        ):
            continue
        kept.append(f)
    return kept


# A figure a headline, a lead or a crosshead gives roughly ("Hơn 98% hồ sơ đúng hạn", "Gần 400 hồ sơ trễ hạn") that
# the text gives exactly (98,4%; 412 hồ sơ): the exact one, once. How far above or below the rough one the exact one
# lies; a lead is a line of 80 characters or more.
_ROUNDED = {"hơn": (1.0, 1.1), "trên": (1.0, 1.1), "gần": (0.9, 1.0), "khoảng": (0.9, 1.1)}
_LEAD_LINE = re.compile(r"^[^\n]{80,}", re.MULTILINE)


def _without_rounded(page: Page, found: list[Found]) -> list[Found]:
    text = page.text
    exact = [f for f in found if f.value.qualifier not in _ROUNDED and f.value.total is None]

    def rounds_one(f: Found) -> bool:
        metric, line = f.value, _line_start(text, f.start)
        if metric.qualifier not in _ROUNDED or metric.total is not None or not _heading_or_lead(text, line):
            return False
        low, high = _ROUNDED[metric.qualifier]
        return any(
            e.value.unit == metric.unit
            and e.value.value != metric.value
            and low * metric.value <= e.value.value <= high * metric.value
            and _line_start(text, e.start) != line
            for e in exact
        )

    return [f for f in found if not rounds_one(f)]


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _heading_or_lead(text: str, line_start: int) -> bool:
    """Whether the line at `line_start` is the headline (the first line), a crosshead (a line without a full stop)
    or the lead (the first long line)."""
    line_end = text.find("\n", line_start)
    line = text[line_start : line_end if line_end >= 0 else len(text)].rstrip()
    if line_start == 0 or not line.endswith((".", ";", ":")):
        return True
    return next((m.start() for m in _LEAD_LINE.finditer(text) if m.start()), -1) == line_start


# The units an average is taken over: "điểm bình quân của 7 đơn vị được kiểm tra", "tỷ lệ trung bình của 20 xã"; the
# set, not a figure of it (a count of them told on its own is).
_AVERAGE_OVER = re.compile(r"\b(binh quan|trung binh) (cua|o|tai)\s+$")


def _without_averages_sets(found: list[Found], folded: str) -> list[Found]:
    return [
        f
        for f in found
        if not (
            f.value.total is None
            and (f.value.unit or "").lower() in UNIT_COUNT_NOUNS
            and _AVERAGE_OVER.search(folded, max(0, f.start - 20), f.start)
        )
    ]


# The nouns that name any units counted before them: "tại 8 phường, xã" then "của 8 đơn vị".
_ANY_UNITS = frozenset({"đơn vị", "địa phương", "cơ quan, đơn vị"})


def _without_unit_count_repeats(found: list[Found], folded: str) -> list[Found]:
    """A count of units said again as the set a figure belongs to is one fact: "tại 8 đơn vị" then "Bộ phận một cửa
    của 8 đơn vị đã tiếp nhận" (but "trực tiếp tại 6 cơ quan" and "qua báo cáo của 7 xã và 6 cơ quan" are two)."""
    seen: set[tuple[float, str]] = set()
    kept = []
    for f in found:
        metric = f.value
        # (the people's committees counted are their units: "12 UBND xã, phường" then "trong 12 xã, phường")
        noun = (metric.unit or "").lower()
        key = (metric.value, bare if (bare := noun.removeprefix("ubnd ")) in UNIT_COUNT_NOUNS else noun)
        if metric.total is None and key[1] in UNIT_COUNT_NOUNS:
            again = key in seen or key[1] in _ANY_UNITS and any(value == key[0] for value, _ in seen)
            if again and (
                _BACK_TO_SET.search(folded, max(0, f.start - 12), f.start) or _SET_AGAIN.match(folded, f.end)
            ):
                continue
            seen.add(key)
        kept.append(f)
    return kept


# A unit's list item, or a table's row read as one: "- Sở Tư pháp: 80,5 điểm; 93,6%", its unit's name before the colon
# (without its people's committee or type word).
_UNIT_ITEM = re.compile(
    r"[-–•+*][^\S\n]*(?:ubnd[^\S\n]+)?(?:(?:xa|phuong|thi tran|huyen|thi xa|thanh pho|quan)[^\S\n]+)?"
    r"(?P<name>[^:\n]{3,60}):"
)


_AVERAGE = re.compile(r"\b(binh quan|trung binh)\b")


def _without_item_repeats(page: Page, found: list[Found]) -> list[Found]:
    """A figure of a unit's list item or table row, told again in a sentence naming that unit ("Trong khối sở, Sở Tư
    pháp đạt tỷ lệ cao nhất (93,6%)"), is one fact: the item's; a totals row's figure the text tells is the text's.
    A round figure (under 20, or 100) only as the same measure, as two facts of a unit may share one."""
    folded = page.folded
    heads = [_UNIT_ITEM.match(folded, folded.rfind("\n", 0, f.start) + 1) for f in found]
    names = [head["name"].strip() if head else None for head in heads]
    items = [
        (name, f.value.value, f.value.unit == "%", f.value.key)
        for f, name in zip(found, names, strict=True)
        if name and not TOTAL_ROW.match(name)
    ]
    told = {(f.value.value, f.value.unit) for f, name in zip(found, names, strict=True) if name is None}
    told_again: set[int] = set()
    for i, (f, name) in enumerate(zip(found, names, strict=True)):
        value = f.value.value
        telling = value != int(value) or 20 <= value != 100
        if name and telling and TOTAL_ROW.match(name) and (value, f.value.unit) in told:
            # a totals row's figure the text gives too: "Như vậy, 6 cơ quan ... đã giải quyết tổng cộng 17.236 hồ sơ"
            told_again.add(i)
        if name:
            continue
        s_start, s_end = sentence_of(page, f.start)
        sentence = folded[s_start:s_end]
        # (a figure of four digits or a decimal one, told in a sentence of the text, is the item's whatever the
        # sentence calls the unit: "cấp huyện tiếp nhận 5.872 hồ sơ" after the row "- UBND huyện Trần Văn Thời: 5.872
        # hồ sơ tiếp nhận"; not an item of its own nor an average that one unit's figure happens to equal)
        rare = (
            (value >= 1000 or value != int(value))
            and not LIST_ITEM.match(folded, s_start)
            and not _AVERAGE.search(sentence)
        )
        # (a round figure only as the same measure of the unit the sentence names: "xã Nam Dương còn 8 hồ sơ quá hạn"
        # after its row's "8 hồ sơ quá hạn")
        if any(
            v == value
            and pct == (f.value.unit == "%")
            and (rare or n in sentence and (telling or key is not None and key == f.value.key))
            for n, v, pct, key in items
        ):
            told_again.add(i)
    return [f for i, f in enumerate(found) if i not in told_again]


def _without_headline_repeats(page: Page, found: list[Found]) -> list[Found]:
    """A figure of the headline (the body's first line) that the text gives again is one figure: "16 xã, phường"
    in the title and in the first paragraph; and so is one of the lead (a results article's sapo: "Bình quân chung
    đạt 80,15 điểm") that the body gives again."""
    title = page.meta.title
    if not title or not page.text.startswith(title):
        return found
    later = {(f.value.value, f.value.unit) for f in found if f.start >= len(title)}
    found = [f for f in found if f.start >= len(title) or (f.value.value, f.value.unit) not in later]
    lead = _LEAD_LINE.search(page.text, len(title))
    if lead is None:
        return found
    after = {_figure_key(f) for f in found if f.start >= lead.end()}
    return [f for f in found if not (lead.start() <= f.start < lead.end() and _figure_key(f) in after)]


def _figure_key(found: Found) -> tuple[float, str | None, float | None]:
    return found.value.value, found.value.unit, found.value.total
