"""Which of the body's dates were inspection days: not legal-reference dates, deadlines, cut-offs,
reporting periods or conference days; a day without a year takes the publication year or the year
the text names. A plan's exact days are the days it schedules (the annotation guideline: "plans name no
inspection days unless the text gives exact ones").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc

from cchc.vntext import fold
from extract.components.state import (
    ARCHIVE_PHOTO,
    TEAM_AT_WORK,
    TEAM_MEETING,
    TOLD_DONE,
    Found,
    Page,
    caption_of,
    carries_on_later_round,
    in_another_province,
    in_caption,
    later_round,
    list_head,
    next_sentence,
    other_stories,
    previous_sentence,
    semicolon_clause,
    sentence_of,
    text_year,
)
from extract.lexicon import WEEKDAY_NAMES, WEEKDAYS
from extract.scan import LIST_ITEM

# What a date right after these words is (a deadline, a cut-off, an issue date, a period): not an inspection day.
# (whole words: "thị trấn Hưng Nhân ngày 17/5" folds to "... nhan ngay", no deadline)
# (a start in brackets too: "chính quyền địa phương hai cấp chính thức vận hành (01/7/2025)")
_NOT_INSPECTION_DATE = re.compile(
    r"\b(truoc|han( cu| moi)?( la)?|cham nhat|den het|den|tinh den|ke tu|tinh tu|ban hanh|ky|nien do|thoi ky( kiem tra)?( tinh)?( tu)?|"
    r"giai doan|bao cao|nhiem vu tu|cap nhat|"  # (an update note's: "Cập nhật ngày 12/3/2025: ... được chuyển")
    r"(du kien|ke hoach|lich) ban dau\b(?:(?!\bsang\b)[^.;]){0,60}|"  # (not the day it went to: "... lùi sang ngày 02/7")
    r"ket qua (thuc hien )?tu|(du kien|se) to chuc( vao)?|(van hanh|hoat dong|hieu luc|sap xep|sap nhap|hop nhat|tro thanh)([a-z (,-]{0,60}?\btu|[a-z ]{0,60}? \()?|van hanh[a-z ]{1,30}?|"
    r"(thanh lap|to chuc lai|hinh thanh)[a-z (]{0,50}?|co the (chuyen|doi|lui) sang|"  # "kể từ khi được thành lập (từ)"
    # the two-tier government of July 2025: "không tổ chức cấp huyện từ ngày 01/7/2025"
    r"khong to chuc (chinh quyen )?cap huyen|chinh quyen (dia phuong )?(2|hai) cap( [a-z]+){0,3}?|"
    r"(?<=[;:] )(thoi )?han( [a-z]+){1,7}|"  # a schedule row's deadline: "...; Hạn gửi báo cáo tự kiểm tra 03/5"
    # the team's meeting: "Sau buổi họp triển khai nhiệm vụ ngày 09/5", "Đoàn đã họp ngày 26/10 để thống nhất kết quả",
    # "họp triển khai nhiệm vụ vào chiều thứ Sáu, ngày 20/3", "tổ chức cuộc họp chuẩn bị vào ngày 16/9/2016"
    r"hop (trien khai|thong nhat|chuan bi)[a-z ,]{0,40}?|\b(doan|to)( kiem tra)?( da)? hop|"
    # a plan's day not fixed yet: "- Khoảng ngày 28 - 29/6/2022: ... (thời gian cụ thể sẽ thông báo sau)" (not "trong
    # khoảng từ ngày 12 đến 15/9")
    r"(?<!trong )\bkhoang|"
    # the lockdown a figure is told over: "trong thời gian giãn cách xã hội từ ngày 01/4 đến ngày 22/4/2020"
    r"gian cach( xa hoi)?|"
    # the week a schedule covers: "Lịch công tác tuần của Đoàn kiểm tra ... (từ 17/9 đến 21/9/2018)"
    r"lich (cong tac|lam viec) (tuan|thang)\b[^.;:]{0,80}?\(\s*(tu )?|"
    r"thay vi)"  # the day a visit was held instead of: "ngay trong buổi chiều cùng ngày, thay vì ngày 21/8 như lịch"
    r"( tu)?\s*(ngay)?\s*$"
)
# A law cited by its name and day, with no number to make it a reference: "Luật Tổ chức chính quyền địa phương ngày
# 19/6/2015" (its capital is no place's name, as `_in_a_name` would take it).
_LAW_OF_THE_DAY = re.compile(r"(?<!phap )\bluat( [a-z]+){1,10},? (ban hanh |thong qua )?ngay\s*$")
# "Not until" a day: in "đến ngày 05/10/2020, Đoàn kiểm tra số 2 ... mới bắt đầu làm việc tại Sở Xây dựng" the day
# is the round's first.
_NOT_UNTIL = re.compile(
    r"[^.;]{0,120}?\bmoi (bat dau|tien hanh|lam viec|kiem tra|den|xuong|trien khai|tro lai|vao|len|ra)\b"
)
# A campaign of inspections may run for weeks ("1.8–17.9.2013"); a range from the first of a month lasting longer
# than two months is the period a unit's figures cover ("từ ngày 01/7 đến ngày 20/10/2025, Trung tâm đã tiếp nhận
# 9.874 hồ sơ"), as is one from 1 January.
_LONGEST_ROUND = timedelta(days=60)
# What says a date is about inspecting ("KT": "kiểm tra" in shorthand).
# A results article's rounds say it too ("Đợt 2 diễn ra 28/11 - 02/12/2016 tại UBND thị trấn", "Đợt 1 từ ngày 12 đến
# ngày 23/4/2021 tại 5 xã"), a report's heading per unit ("2. Tại Sở NN&PTNT (ngày 17 và 18/11)") and a notice's row
# moving a visit ("1. Tại Sở Giao thông vận tải: chuyển từ ngày 24/8/2023 sang thứ Năm, ngày 31/8/2023").
# The words a unit's name opens on, folded.
_UNIT_OPENING = (
    r"(ubnd |uy ban nhan dan )?(ubnd|so|phong|ban|trung tam|chi cuc|xa|phuong|thi tran|huyen|thanh pho|thi xa|quan|"
    r"dac khu|to dan pho|to|thon|ap|khu pho|khom|xom|buon|khoi|khu|"  # (a commune's hamlets: "tại Tổ dân phố 9")
    r"truong|tram|benh vien|chi nhanh|bo phan)\b"  # (public service units: "tại Trường Tiểu học Phú Quới")
)
# A report's paragraph per day, opening on the day and the unit: "Ngày 21/5, tại xã Tiên Động, báo cáo của xã cho biết
# ...", "Ngày 22/5 tại Tổ dân phố 9: ..."; what follows are the unit's findings.
_DAY_AT_UNIT = re.compile(
    r"^\W*((sang|chieu) )?(ngay )?\d{1,2}[/.-]\d{1,2}([/.-]\d{2,4})?,? tai " + _UNIT_OPENING
)
# What opens a unit's day in brackets, folded: the team that went and the half of the day ("(Tổ 1, ngày 05/11)",
# "(sáng 15/10)", "(kiểm tra ngày 22/10)").
TEAM_AND_DAY_OPENING = r"\(((to|nhom|doan)( so)? \d+,? )?(kiem tra )?(sang |chieu )?(ngay )?"
# A schedule row's day, or its days: "Ngày 10/3", "Từ ngày 24 đến 25/3", "27 - 28/9/2022".
ROW_DAYS = r"(tu )?(ngay )?(\d{1,2}(/\d{1,2})? ?([-–]|den|va) ?(ngay )?)?\d{1,2}/\d{1,2}(/\d{2,4})?"
# A unit's item opening on it and its day in brackets: "3. Sở Tài chính (ngày 24/11): ...", "Phường Long Khánh (Tổ 1,
# ngày 05/11): ..."; what follows the colon is what the team found there.
_UNIT_DAY_HEAD = re.compile(
    r"^\W*((\d+|[a-z])[./)]\s+)?"
    + _UNIT_OPENING
    + r"[^.;:()]{2,60}"
    + TEAM_AND_DAY_OPENING
    + r"\d{1,2}/\d{1,2}(/\d{2,4})?\)\s*:"
)
# (a reform team named for supervising is one: "Tổ giám sát của Sở Nội vụ đã giám sát trực tiếp ... tại UBND phường A")
_INSPECTION_CONTEXT = re.compile(
    r"kiem tra|\bkt\b|phuc tra\b|lam viec|\bdoan\b|to (cong tac|giam sat)|khao sat|co mat tai|\blich cu the\b|"
    r"\bdot (\d+|[ivx]+|dau tien|cuoi cung|cuoi|thu [a-z]+|mot|hai|ba|bon|nam)\b([^.;]{0,120}\b(dien ra|bat dau|tien hanh|to chuc)\b|"
    r",? tu (ngay\b|\d)|"  # ("Đợt 2, từ 21/9 đến 25/9/2020, tại Sở ...")
    # ... or its days in brackets before where it went: "Đợt 1 (ngày 02 - 04/10/2019) tại thị trấn La Hà, ..."
    r",? \((tu )?(ngay )?\d[^()]{0,30}\),? tai\b)|"
    r"^\W*(\d+|[a-z])?\W*tai [^.;:()]{3,80}\((tu )?(ngay )?\d|"
    # ... or a notice's numbered section per unit: "2. UBND xã Tân Tiến (sáng 15/10/2019): đạt 82 điểm", "2/ Xã Đại
    # Trạch (ngày 25/10):"
    r"^\W*(\d+|[a-z])[./)]\s+" + _UNIT_OPENING + r"[^.;:()]{2,80}\((sang |chieu )?(ngay )?\d|"
    r"^\W*(\d+\.)?\W*tai [^.;:]{3,80}: (chuyen|doi|lui) tu ngay|"
    # ... or a report's paragraph per day, opening on the day and the unit
     + _DAY_AT_UNIT.pattern + "|"
    # ... or a report's heading per day, the units of the day all it names: "Ngày 24/11: thị trấn Chi Nê", "Từ ngày 24
    # đến 25/3: đặc khu Phú Quý (lịch có thể điều chỉnh ...)", "Ngày 18 và 19/4/2017: UBND huyện Đơn Dương, UBND xã Ka
    # Đơn", "Ngày 11 và 12/11: phường Pleiku (ngày 11/11) và phường Hội Phú (ngày 12/11)", or its weekday with the day
    # in brackets: "Thứ Ba (10/3): Gò Quao - số hóa tốt"
    r"^\W*(thu [a-z]+,? )?"
    + ROW_DAYS
    + r"\s*:\s*("
    + _UNIT_OPENING
    + r"[^.;:(),]{2,40}( \([^()]{0,30}\))?(,| va) )*"
    + _UNIT_OPENING
    + r"[^.;:()]{2,40}(\([^()]{0,80}\))?\W*$|"
    r"^\W*thu [a-z]+ \((ngay )?\d{1,2}/\d{1,2}(/\d{2,4})?\)\s*:|"
    # ... or a paragraph per unit opening on it and its day in brackets: "Phường Lý Thường Kiệt (ngày 05/11): phường
    # tiếp nhận ...", "Phường Long Khánh (Tổ 1, ngày 05/11): ..."
     + _UNIT_DAY_HEAD.pattern + "|"
    # ... or a table pairing each day with the unit it went to: "Ngày | Đơn vị | Điểm | Ghi chú" (not a list of
    # documents, "Ngày | Đơn vị ban hành")
    r"\b(ngay|thoi gian) \| (don vi|dia diem)\b(?! (ban hanh|gui|nhan))"
)
# Days of something else: a conference, a signing, a document issued, a report sent, inspections paused, an election,
# conclusions announced ("Chiều 09/8, Thanh tra Sở tổ chức công bố Kết luận thanh tra số 31/KL-SNV ngày 28/7/2023"), a
# meeting held ("tổ chức họp các cơ quan, đơn vị có tên trong Kế hoạch vào 14h00 ngày 10/7/2014"),
# or a congress ("chuẩn bị tốt cơ sở vật chất phục vụ cuộc bầu cử ngày 22/5/2016"); not the letter of apology a unit
# sent for late records, a finding ("Xã A (ngày 17/10): trễ hạn 08 hồ sơ và đã có văn bản xin lỗi").
_OTHER_EVENT = re.compile(
    r"\b(?:hoi nghi\b|(cuoc|ngay) bau cu\b|dai hoi\b|le k[yi] niem\b|ky ket|ban hanh|tong ket|so ket\b(?! qua\b)|den thoi diem|(?<!chua )(?<!khong )(da )?co (bao cao|thong bao|van ban(?! xin loi)|cong van)\b|"
    r"(gui|nop)( day du| bo sung)? (bao cao|van ban|cong van|thong bao|de cuong)|\bthong bao (den|toi|cho) (cac )?(don vi|co quan|dia phuong|xa)|\bgui (doan|to cong tac)\b|"
    r"tam dung|tam hoan|tam ngung|tap huan|(buoi|le) cong bo ket qua|cong bo (thong bao )?ket luan\b|\bto chuc (cuoc |buoi )?hop\b(?! voi)|lop (boi duong|hoc|tap huan)|duoc gui (ve|den|toi)\b|"
    # (a council's supervision: "ngày 28/10 vừa qua, Đoàn giám sát của Ban Pháp chế HĐND tỉnh đã giám sát ...", not
    # what a visit was moved for: "sang Thứ Ba, ngày 04/10/2022, do trùng lịch làm việc với Đoàn giám sát của ...")
    r"(?<!trung lich voi )(?<!trung lich lam viec voi )\bdoan giam sat( chuyen de)? cua (thuong truc |ban [a-z]+( [a-z]+)? )?(hdnd|hoi dong nhan dan)\b|"
    # (a survey of satisfaction: "Sở Nội vụ sẽ tổ chức khảo sát sự hài lòng ..., từ ngày 02 đến ngày 13/7/2018")
    r"khao sat (muc do |su )?hai long|"
    # (a certification body's audit: "ngày 12/8/2010 đã được tổ chức chứng nhận đánh giá, cấp giấy chứng nhận")
    r"to chuc chung nhan|chung nhan phu hop (tieu chuan|iso))"
)
# The team at work in the clause of another event's day; not the team a report is sent to ("đã gửi báo cáo tự kiểm
# tra về Đoàn kiểm tra liên ngành"), the one a notice is about ("điều chỉnh lịch kiểm tra ... của Đoàn kiểm tra") nor
# its leader speaking at another event ("hội nghị ... ngày 05/12/2014, đồng chí A, Trưởng đoàn kiểm tra nhấn mạnh") or
# the teams asked something there ("Tại hội nghị ngày 23/8, đồng chí A yêu cầu các Đoàn kiểm tra thực chất"), nor
# its work stopped ("Ngày 4/10, Đoàn tạm dừng lịch làm việc tại cơ sở") nor its time moved ("ngày 04/5/2023 Bộ Nội vụ
# có Công văn số 2105/BNV-CCHC điều chỉnh thời gian kiểm tra tại tỉnh").
_TEAM_IN_THE_CLAUSE = re.compile(
    r"(?<!ve )(?<!cho )(?<!toi )(?<!den )(?<!cua )(?<!vien )(?<!truong )(?<!thuong truc )(?<!yeu cau )"
    r"(?<!yeu cau cac )doan kiem tra|"
    r"(?<!dung )(?<!dung lich )lam viec tai|(?<!lich )(?<!thoi gian )kiem tra tai"
)
# A deadline's day: "Gửi báo cáo tự kiểm tra trước ngày 09/4/2019".
_DEADLINE_BEFORE = re.compile(r"\b(truoc|cham nhat|han)( (ngay|den))?\s*$")
# The team's own business away from the units, which a long narrative tells day by day too: the decision forming it,
# its meetings, its draft conclusions and notices, its days on the road (not a decision's subject: "Quyết định ...
# về việc thành lập Đoàn").
# A day of it names no unit inspected unless its clause also says the team inspected or worked at one.
_TEAM_BUSINESS = re.compile(
    r"(?<!ve )(?<!ve viec )thanh lap (cac |hai |ba |\d+ )?(doan|to)\b|dieu chinh thanh phan|(k[yi]|ban hanh) (quyet dinh|qd|thong bao|tb)\b|"
    + TEAM_MEETING
    # ("riêng Đoàn số 1 họp vào ngày 03/3/2026 tại Sở Nội vụ"; not its meeting with the unit: "Đoàn họp với UBND xã")
    + r"|\bhop (truc tuyen|tai)\b|\b(doan|to)( kiem tra)?( so \d+)? hop\b(?! voi)|"
    r"du thao (thong bao )?(ket luan|ket qua|bao cao|bien ban)|gui de cuong|\btong hop ket qua\b|"
    r"\bbao cao ket qua (kiem tra |kt )?(voi|cho|len)\b|"  # its report to the leaders: "báo cáo kết quả KT với ..."
    r"\bco (bao cao|thong bao) so \d|"  # its numbered report: "Đoàn kiểm tra đã có Báo cáo số 412/BC-ĐKT trình ..."
    # the road: "xuất phát ... và nghỉ lại", "phải dừng lại tại một bản" (not a row's "Đoàn xuất phát lúc 6 giờ 30")
    r"\bxuat phat\b(?! luc \d)|\bnghi lai\b|\bphai dung lai\b|"
    # a day at its desk: "Ngày 19/9, Đoàn không làm việc với địa phương mà dành thời gian nghiên cứu hồ sơ"
    r"\bkhong lam viec (voi|tai)\b|"
    # ... or among its own members: "Ngày 14/01, Đoàn đã làm việc nội bộ tại trụ sở Sở Nội vụ để thống nhất chương trình"
    r"\blam viec noi bo\b"
)
# A day a visit was moved from, the move told after it in its clause: "ngày 10/10 phải dời sang ngày 16/10", "ngày
# 8/11, các thành viên Đoàn phải dự hội nghị nên buổi làm việc được chuyển sang ngày 9/11".
# ... or the move told around it: "được chuyển từ ngày 17/4 (theo dự kiến trước đây) sang ngày 22/4".
# (not a place: "chuyển sang khu vực phía Đông"; the way it went on: "chuyển sang kiểm tra trực tuyến vào ngày 15/6")
_TO_A_DAY = r"sang ((hai|ba|cac) )?((kiem tra|lam viec)( truc tuyen)? (vao )?)?((ngay|buoi|sang|chieu|thu|tuan|thang)\b|\d)"
_MOVED_TO = re.compile(r"\bsang (thu [a-z]+,? |chu nhat,? )?(ngay )?$")
_MOVED_FROM = re.compile(r"\b(chuyen|doi|lui|hoan)\b[^.;]{0,40}?(\btu( ngay)?)?\s*$")
_TO_DAY = re.compile(r"[^.;]{0,40}?\b" + _TO_A_DAY)
# A day as scheduled, the next sentence telling the move: "Theo lịch, sáng 8/11 đoàn làm việc tại xã Bình Hiệp. Tuy
# nhiên, mưa lớn ... nên buổi kiểm tra được dời sang sáng thứ Hai tuần sau (13/11)." (Of a schedule's several days
# the move names which; "Theo Kế hoạch số 118/KH-UBND ..." cites a document.)
# A notice's day counts the same: "Theo Thông báo số 85/TB-SNV ngày 06/5/2024 của Sở Nội vụ, Đoàn số 2 kiểm tra tại
# thị xã Điện Bàn vào thứ Năm, ngày 16/5. Do ..., Sở Nội vụ đã điều chỉnh lịch, lùi buổi kiểm tra sang thứ Hai".
_SCHEDULED = re.compile(
    r"\btheo (?:lich\b[^.;]{0,80}|(?:ke hoach|du kien)\b(?! so)[^.;]{0,40}|thong bao\b[^.;]{0,120})$|"
    r"\bdu kien\b[^.;]{0,80}$|"
    r"\ban dinh (vao )?(ngay )?$"  # "buổi kiểm tra tại xã A được ấn định vào ngày 19/9; tuy nhiên, ... được lùi sang"
)
# ... or said after the day: "Thứ Tư (13/3): theo lịch ban đầu, đoàn kiểm tra tại xã Bình Phú."
_SCHEDULED_AFTER = re.compile(r"\W{0,4}theo (lich|ke hoach|du kien) ban dau\b")
# A day or a round called off or put off with no day to go to ("tạm hoãn đợt kiểm tra cho đến khi có thông báo mới",
# "lịch kiểm tra chưa thể triển khai", "Đoàn quyết định dừng buổi kiểm tra") ...
_CALLED_OFF = re.compile(
    r"\b(tam hoan|(?<!lan )(phai|bi|duoc) hoan|huy bo|(tam )?dung (cac )?(buoi|dot|cuoc|viec) (kiem tra|lam viec)|"
    r"hoan (lai )?(toan bo )?(\d+ |ca |cac )?(dot|cuoc|buoi|viec|lich)|chua the (trien khai|thuc hien|to chuc)|"
    r"(phai|bi|da) lui lich\b(?! sang))\b"
)
# ... or put off to a later round or month, later in its sentence: "Theo lịch, Đoàn cũng làm việc tại xã A vào ngày
# 15/8, nhưng do biển động, ... lùi sang đợt 2, dự kiến trong tháng 10/2016".
_PUT_OFF_TO_ROUND = re.compile(r"\b(lui|chuyen) (lai )?sang (dot|thang|quy|nam) ")
# ... of a day told as planned: "Theo Kế hoạch số 18/KH-UBND ..., đợt kiểm tra thứ nhất được tổ chức từ ngày 6 - 10/4".
# (not the day a round put off went to: "..., nhưng được lùi lại, tiến hành từ ngày 15/11")
_MOVED_BEFORE = re.compile(r"\b(lui|hoan|chuyen|doi)\b")
# ... or the day a row was set for before its schedule changed: "ngày 22/9/2020: kiểm tra tại UBND huyện Nông Cống
# (trước đây dự kiến ngày 17/9/2020)".
_FORMERLY_PLANNED = re.compile(r"\((?:truoc day|theo lich cu) (?:du kien |la )?(?:vao )?(?:ngay )?$")
# Half a day ("chiều 18/10"): moved, it leaves the day's other half.
_HALF_DAY = re.compile(r"\b(sang|chieu)\s+(ngay\s+)?\d")
_PLANNED = re.compile(r"\btheo (ke hoach|lich|du kien|thong bao)\b|\bse\b|\bdu kien\b|\bchuan bi\b")
# A schedule's rows with the day before and after a change: "Thời gian theo Thông báo số 118 | Thời gian sau điều
# chỉnh", then "UBND huyện Can Lộc: Số 1; Thứ Năm, ngày 17/4/2025; Thứ Ba, ngày 22/4/2025."
_ADJUSTED_SCHEDULE = re.compile(r"\bsau (khi )?dieu chinh\b|\b(lich|thoi gian|ngay) (moi|dieu chinh)\b")
# ("điều chỉnh lịch kiểm tra như sau:" before the new days)
_MOVED = re.compile(
    r"\b(doi|lui|chuyen|hoan)( lai)?( (buoi|lich|cuoc|dot)( [a-z]+){0,4}?)? "
    + _TO_A_DAY
    + r"|\bdieu chinh (lai )?lich\b"
)
# The team at its own desk compiling what it found or studying the units' reports before it goes: "Đoàn làm việc tại
# phòng Nội vụ để tổng hợp kết quả", "làm việc tại trụ sở Sở Nội vụ, tổng hợp kết quả ...", "các thành viên Tổ nghiên
# cứu báo cáo, hồ sơ của hai xã tại phòng Nội vụ".
_COMPILING = re.compile(
    # ("Ngày 08/10, Đoàn tổng hợp, đối chiếu hồ sơ, tài liệu đã thu thập")
    r"\b(de|doan|to)( kiem tra)?( (danh thoi gian|tap trung|tien hanh))? tong hop(,? doi chieu)? "
    r"(ket qua|so lieu|bao cao|ho so)\b|"
    # its own office's desk: "làm việc tại phòng Nội vụ quận để rà soát, tổng hợp hồ sơ"
    r"\blam viec tai (tru so )?(so|phong) noi vu( (tinh|huyen|quan|thi xa|thanh pho))?,? (de )?(ra soat,? )?"
    r"(tong hop|xay dung du thao)|"
    r"\bnghien cuu (cac )?(bao cao|ho so)[^.;]{0,60}\btai (tru so )?(so|phong) noi vu\b"
)
# A day the team stayed away from the units, a holiday, one put off ("bị hoãn", "lùi lại") or a schedule's reserve
# ("Dự phòng").
_NO_VISIT = re.compile(
    # a holiday the team took: "đoàn tạm nghỉ theo lịch nghỉ lễ Quốc khánh", a schedule's row ": Nghỉ lễ"
    r"\b(doan|to)( kiem tra)? (tam )?nghi\b(?! lai)|\btam nghi\b|:\s*nghi (le|tet)\b|"
    # ... or a day left free: "Ngày Thứ Tư, 05/10/2022 không bố trí lịch kiểm tra do trùng với phiên họp ..."
    r"\bkhong bo tri (lich )?(kt|kiem tra|lam viec)\b|"
    r"\bkhong (the )?(lam viec|xuong|den|vao)[a-z ]{0,12}(co so|don vi)|\bkhong (lam nhiem vu )?(kt|kiem tra)\b|\b(bi|phai|duoc) hoan\b|\blui (lai|viec|lich|thoi gian)\b|(?<!y te )\bdu phong\b"
)


_FROM = re.compile(r"\btu (ngay )?$")
_UNTIL_NOW = re.compile(r"\s*(den|toi) (nay|hien nay|thoi diem (kiem tra|hien tai))\b")
_AFTER_PUT_OFF = re.compile(r"\bsau( (mot|hai|ba|nhieu|\d+))?( lan)?\s*$")
# The visit held after it was put off: "do trùng lịch Hội nghị ... nên được lùi lại, tiến hành từ ngày 15/11".
_HELD_AFTER = re.compile(
    r"\b(tien hanh|chuyen sang|sang ((hai|ba|cac) )?ngay|moi|bo tri vao|doi sang|lui sang|tro lai|"
    # ("phải lùi lại và diễn ra trong các ngày 23, 24 và 26/11", "Đoàn đã lùi lịch, kiểm tra tại huyện A trong hai ngày")
    r"(lui|hoan) lai,? (va|roi) dien ra|(lui|doi) lich,? (va )?(kiem tra|lam viec) tai|"
    # ("phải lùi lịch tại Sở Y tế (dự kiến ngày 18/9, thực hiện vào ngày 02/10)")
    r"(thuc hien|dien ra) vao)\b[^.;]*$"
)


def _held_after(reason: re.Match[str], up_to_date: str) -> bool:
    """Whether what kept the team away (`reason`, found in the date's clause, which `up_to_date` opens) comes before
    the date with the visit held after it: the date is the day it was held."""
    return _HELD_AFTER.search(up_to_date, reason.start()) is not None


# The day a document was issued, told before who issued it: "Ngày 10/6, UBND huyện đã ban hành Thông báo số 142/TB-UBND
# về lịch làm việc của đoàn, theo đó ngày 16/6 đoàn kiểm tra tại xã Đông Cuông".
_ISSUED_THEN = re.compile(
    r",?[^\S\n]*[^.;,()\n]{0,40}?\b((da )?(ban hanh|k[yi])|co) (thong bao|quyet dinh|ke hoach|van ban|cong van)\b"
)
# A day at sea or on the road, the travel told right by it: "Chiều 24/3, đoàn đi tàu cao tốc ra đảo Phú Quý", "Sáng
# 26/3, do biển động, chuyến tàu về đất liền khởi hành muộn", "Đoàn đi tàu từ cảng Phan Thiết chiều 19/5", "Ngày 20/9,
# đoàn di chuyển theo tuyến đường ven sông Mã", "Ngày 19/7, đoàn trở về thành phố"; or kept away from the units: "Ngày
# 17/7, đường vào xã bị sạt lở, đoàn ở lại trung tâm huyện"; "Chiều 4/6, Đoàn rời cảng Sa Kỳ", "Chiều 21/6, Đoàn mới ra
# được đảo".
_ROAD = (
    r"\b(di tau|len tau|chuyen tau|tau cao toc|tau neo|ca no|(cap|ve den) cang|xuat ben|khoi hanh|ve (toi )?dat lien|"
    r"di chuyen|tro (ve|ra)|o lai|roi (cang|ben)|ra duoc dao|(?<!tiep tuc )len duong)\b"
)
_ROAD_BEFORE = re.compile(_ROAD + r"[^.;()\t|\n]{0,40}$")
_ROAD_AFTER = re.compile(
    r"\)?[^.;()\t|\n]{0,60}?" + _ROAD
)  # (the day in brackets: "Sáng nay (24/10), Đoàn trở về")
# The day of the weather on the road, told as its own event: "Trận lũ ống đêm 8/9 đã cuốn trôi hai ngầm tràn", "bị sạt
# taluy trong đợt mưa lũ ngày 4 - 5/8/2023", "chiều 19/4, một trận mưa đá kèm lốc xoáy" (not the cause of a day moved:
# "dời sang ngày 05/12 do mưa lớn").
_WEATHER = r"(?<!thi )\b(tran|con|dot) (mua|lu|bao|loc)\b"
_WEATHER_BEFORE = re.compile(_WEATHER + r"[^.;,()\n]{0,30}$")
_WEATHER_AFTER = re.compile(r",? (mot )?" + _WEATHER)
_MADE_UP = re.compile(r"\b(kiem tra|lam viec) bu\b")
# The next clause of a moved schedule, its verb left out: "dự kiến làm việc tại xã A vào ngày 13/9; tại xã B vào ngày
# 15/9. Tuy nhiên, ... điều chỉnh lịch kiểm tra": both days were moved.
_SAME_SCHEDULE = re.compile(r"\s*(va |con )?tai\b")


def candidate_days(page: Page) -> list[Found]:
    """The dates that may be inspection days, found once per page: the kind of article asks first (are they all
    ahead of the page?), the inspection dates then."""
    if "candidate_days" not in page.facts:
        moved_from: set[tuple[int, int]] = set()
        away: set[tuple[int, int]] = set()
        # a day told only in a photo's caption when the text gives none ("Mới đây, Đoàn ..." over "(Ảnh chụp ngày
        # 20/10/2020)"), unless the photo is from the archive
        days = list(_candidate_days(page, moved_from, away)) + list(
            _candidate_days(page, moved_from, away, captions=True)
        )
        # the day a visit was moved from counts nowhere: "dự kiến làm việc ... vào ngày 24/8/2023", then "chuyển từ
        # ngày 24/8/2023 sang ..."
        # (unless another visit was moved to it: "A: chuyển từ ngày 25/10 sang Thứ Năm, ngày 20/10", "B: chuyển từ
        # ngày 20/10 sang ngày 27/10")
        moved_to = {
            f.value.last[1:] for f in days if _MOVED_TO.search(page.folded, max(0, f.start - 30), f.start)
        }
        days = [
            f for f in days if f.value.first != f.value.last or f.value.last[1:] not in moved_from - moved_to
        ]
        single = {f.value.last[1:] for f in days if f.value.first == f.value.last}
        page.facts["candidate_days"] = [_without_days_away(f, away - single) for f in days]
    return page.facts["candidate_days"]


# A sentence opening on a year: "Năm 2012, Đoàn kiểm tra của Sở đã kiểm tra tại huyện A" recalls an earlier round
# when the year is before the page's.
# (or its clause after a speaker's words: "Ông cũng cho biết, năm 2019 đoàn đã kiểm tra tại xã Phú Lâm", "Tôi cũng biết năm 2020,
# Bộ đã kiểm tra tại huyện Chợ Mới"; a comparison,
# wherever it opens: "So với năm 2020, khi xã Bình Hòa còn bị xếp loại trung bình, ...", "hai xã đã có nhiều chuyển
# biến so với năm 2018, khi đoàn kiểm tra của huyện làm việc tại xã A", "Để so sánh, năm 2019 Đoàn ... đã kiểm tra 10
# xã khác"; a reminder: "đại diện phòng Nội vụ nhắc lại: năm 2023, Đoàn ... đã kiểm tra tại 6 xã")
# "Trước đó, trong tháng 9/2025, Sở đã kiểm tra tại phường A": a month before the page's, said to be before. ("So với
# đợt kiểm tra năm 2021 tại các Chi nhánh huyện A, B": the comparison's round.)
_YEAR_OPENING = re.compile(
    r"(?:.*?\b(?:cho )?biet,? |.*?\bnhac lai:? |(?:de )?so sanh,? |[^;]*?\bso voi ((dot|lan|ket qua)( kiem tra)? )?|"
    r"(?P<before>truoc do),? )?(trong )?"
    r"(nam |thang (?P<month>\d{1,2})/)(?P<year>\d{4})\b"
)
# An earlier round told near the unit: "hai lần trước được thực hiện vào tháng 3 và tháng 5 tại các phường A, B", "sau
# đợt kiểm tra tại thành phố Đông Hà cuối tháng 8 vừa qua", "Trước khi hợp nhất, năm 2025 thành phố Hội An được kiểm
# tra", "Hồi đầu tháng 3, tổ đã kiểm tra tại phường A" (not "lần trước ..., lần này đoàn kiểm tra tại xã C").
_EARLIER_ROUND = re.compile(
    r"\b((lan|dot)( kiem tra)?( dot xuat)? truoc|sau (dot|lan) kiem tra|"
    r"truoc khi (hop nhat|sap nhap|sap xep)|hoi (dau |giua |cuoi )?thang \d+)\b(?![^;]*\blan nay\b)[^;]{0,120}$"
)
# ... or on the stops before this one, in an earlier month: "Trước La Gi, trong tháng 6, đoàn đã kiểm tra tại huyện
# Hàm Tân", "Trước đó, đợt 1 vào tháng 6/2017, Đoàn đã kiểm tra tại 05 xã", "Trước đó, trong đợt 1 (tháng 6/2017), Sở
# Tài chính ... đã được kiểm tra", "Trước đó, đợt 1 năm 2020 (tháng 6/2020), Đoàn ... đã kiểm tra tại 5 xã" (on pages of
# July, November and February).
_BEFORE_IN_MONTH = re.compile(
    r"truoc (do|[a-z]+( [a-z]+){0,3}),? ([a-z0-9]+ ){0,4}?((trong|vao) )?"
    r"\(?thang (?P<month>\d{1,2})(/(?P<year>\d{4}))?\b(?![/\d])"
)


# ... or the units a plan says were checked in an earlier year, right before them: "Các đơn vị đã được kiểm tra trực
# tiếp năm 2016 (xã Minh Sơn, xã Thọ Dân) không đưa vào kiểm tra năm nay".
_CHECKED_IN_YEAR = re.compile(
    r"\b(da|duoc) kiem tra( truc tiep| thuc te)?( trong| vao)? nam (?P<year>\d{4})(\s*\([^();.]*|\s*:?\s*)$"
)


def earlier_year(page: Page, before: str) -> bool:
    """Whether the sentence before a unit or a leader (`before`, folded) opens on a year (or a month of a year)
    before the page's, or names an earlier round just before it: a round the report recalls."""
    published = page.meta.published
    if published:
        month_of_page = (int(published[:4]), int(published[5:7]))
        if opening := _YEAR_OPENING.match(before):
            month = int(opening["month"]) if opening["before"] and opening["month"] else 13
            if (int(opening["year"]), month) < month_of_page and not _year_of_the_round(page, opening):
                return True
        if (checked := _CHECKED_IN_YEAR.search(before)) and int(checked["year"]) < month_of_page[0]:
            return True
        if (opening := _BEFORE_IN_MONTH.match(before)) and (
            int(opening["year"] or month_of_page[0]),
            int(opening["month"]),
        ) < month_of_page:
            return True
    return bool(_EARLIER_ROUND.search(before)) or _earlier_numbered_round(page, before)


# A round's number as portals write it: "đợt 2", "đợt II", "lần thứ hai", "đợt kiểm tra thứ nhất".
_ROUND_NUMBERS = {"1": 1, "i": 1, "mot": 1, "nhat": 1, "2": 2, "ii": 2, "hai": 2, "3": 3, "iii": 3, "ba": 3}
_NUMBERED_ROUND = r"(?:dot|lan) (?:kiem tra )?(?:thu )?(?P<n>[123]|i{1,3}|mot|nhat|hai|ba)\b"
_ROUND_OPENING = re.compile(r"\W*(?:trong |o |tai )?" + _NUMBERED_ROUND)
_ROUND_IN_TITLE = re.compile(r"\b" + _NUMBERED_ROUND)


def _earlier_numbered_round(page: Page, before: str) -> bool:
    """Whether the sentence (`before`, folded) opens on a round numbered before the one the headline names: "Đợt 1 đã
    được tiến hành từ ngày 12 đến ngày 14/5/2020, do bà A làm Trưởng đoàn, kiểm tra tại 6 xã: ..." under "... kiểm
    tra công tác cải cách hành chính đợt 2 năm 2020"."""
    opening = _ROUND_OPENING.match(before)
    told = opening and _ROUND_IN_TITLE.search(fold(page.meta.title or ""))
    return bool(told) and _ROUND_NUMBERS[opening["n"]] < _ROUND_NUMBERS[told["n"]]


_LAST_YEAR_OPENING = re.compile(r"(trong )?nam (?P<year>\d{4})\b")


def recalled_year(page: Page, before: str) -> bool:
    """Whether a sentence, up to a leader's name or a day, recalls a round of an earlier year: "Năm 2017, xã A từng được
    Đoàn kiểm tra ... do ông B làm Trưởng đoàn"; not last year's in a report of the first quarter, that round's own
    ("Năm 2024, ... thành lập Đoàn kiểm tra do ông C làm Trưởng đoàn" on a page of January 2025)."""
    if not earlier_year(page, before):
        return False
    published = page.meta.published or ""
    opening = _LAST_YEAR_OPENING.match(before)
    return not (
        opening and published and int(opening["year"]) == int(published[:4]) - 1 and published[5:7] <= "03"
    )


def _year_of_the_round(page: Page, opening: re.Match[str]) -> bool:
    """Whether a sentence opening on a bare year opens on the year of the days a report gives: "Năm 2023, Bộ Nội vụ
    ... kiểm tra tại 3 bộ, ngành" in a January 2024 notice of the 2023 round (not a month: "Trước đó, tháng 6/2023";
    not before the kind of article is known, when a plan's days to come are not yet among them)."""
    if opening["month"] or page.facts.get("kind") in (None, "plan"):
        return False
    return any(last[:4] == opening["year"] for _, (_, last) in _days_of_page(page)[1])


def recalled_round(page: Page, start: int, end: int) -> bool:
    """Whether a day the text gives between `start` and `end` is one the days kept leave out as an earlier year's
    round: "Trong hai ngày 26 và 27/9/2023, Đoàn ... do ông A làm Trưởng đoàn đã kiểm tra tại xã B" in a report of
    August 2024 recalls last year's leader and units with its days."""
    days, kept = _days_of_page(page)
    kept_ones = {id(found) for found, _ in kept}
    return any(start <= found.start < end and id(found) not in kept_ones for found, _ in days)


def _days_of_page(
    page: Page,
) -> tuple[list[tuple[Found, tuple[str, str]]], list[tuple[Found, tuple[str, str]]]]:
    """The days the text gives for inspecting and those kept, found once for a report and once for a plan (the
    leaders are found before the kind of article is known)."""
    key = f"days_of_page:{page.facts.get('kind') != 'plan'}"
    if key not in page.facts:
        days = _reported_days(page, _page_day(page))
        kept = _without_earlier_years(days)
        kept = _without_self_checks(
            page, _without_recalled_before(page, _without_round_followed_up(page, kept))
        )
        page.facts[key] = (days, kept)
    return page.facts[key]


def _without_days_away(found: Found, away: set[tuple[int, int]]) -> Found:
    """A trip's range without the days at its ends the text tells as spent on the road or away from the units:
    "chuyến công tác từ ngày 03 đến 06/11", then "Sáng 03/11, đoàn đi tàu cao tốc ra đảo"."""
    mention = found.value
    if mention.first == mention.last:
        return found
    first, last = mention.first, mention.last
    if first[1:] in away:
        first = _shifted(first, 1)
    if last[1:] in away:
        last = _shifted(last, -1)
    if (first, last) == (mention.first, mention.last) or first[1:] > last[1:] and first[0] == last[0]:
        return found
    return Found(found.start, found.end, replace(mention, first=first, last=last), found.tags)


def _shifted(day: tuple[int | None, int, int], by: int) -> tuple[int | None, int, int]:
    """The day before or after (a year the text leaves out taken as a leap one, so 29 February stays a day)."""
    moved = date(day[0] or 2000, day[1], day[2]) + timedelta(days=by)
    return (moved.year if day[0] else None, moved.month, moved.day)


# A public holiday named by its day: "Trước và sau kỳ nghỉ lễ 30/4 - 1/5, Đoàn ... đã kiểm tra", "dịp 2/9".
_HOLIDAYS = {(4, 30), (5, 1), (9, 2), (1, 1)}
# The day an anniversary remembers, and the anniversary's: "kỷ niệm 41 năm Ngày giải phóng Kon Tum (16/3/1975 -
# 16/3/2016)", "kỷ niệm ngày 20/11".
_ANNIVERSARY_BEFORE = re.compile(r"\bky niem\b[^.;()]{0,60}(?:\(\s*|\bngay\s*)$")
_HOLIDAY_BEFORE = re.compile(r"\b(nghi le|dip le|dip|ngay le|le)\s*$")
# ... or a break's own days: "Kỳ nghỉ lễ năm nay kéo dài 5 ngày, từ thứ Bảy 29/4 đến hết thứ Tư 03/5/2023", "Sau kỳ
# nghỉ lễ Quốc khánh (từ ngày 01 đến hết ngày 04/9/2022), ngày 05/9, Đoàn làm việc"; not the days after it "Sau kỳ
# nghỉ Tết, từ ngày 20 đến 22/2, Đoàn kiểm tra".
_BREAK_BEFORE = re.compile(
    r"(?P<after>\b(sau|truoc) )?\b(k[yi] nghi|nghi (le|tet|bu))\b(?P<between>[^.;)]{0,40})$"
)


def _break_days(folded: str, window: int, found: Found) -> bool:
    """Whether the date `found` gives the days of a holiday break, which the team spends away from the units (not
    the day after it in brackets: "Ngày làm việc đầu tiên sau kỳ nghỉ (4/5), Đoàn kiểm tra")."""
    before = _BREAK_BEFORE.search(folded, window, found.start)
    if before is None:
        return False
    return (
        not before.group("after") or "(" in before.group("between") and found.value.first != found.value.last
    )


def _candidate_days(
    page: Page, moved_from: set[tuple[int, int]], away: set[tuple[int, int]], *, captions: bool = False
) -> Iterator[Found]:
    """The dates said of inspecting (in the sentence or the line that opens its list), not a legal reference's, a
    caption's, a deadline, cut-off or period start, nor the day of another event. The days the team was on the road
    or stayed away from the units go into `away`."""
    moved_clause_end = -2
    related = other_stories(page)
    for found in page.dates:
        if "legal" in found.tags or in_caption(page, found.start) != captions:
            continue
        if captions and ARCHIVE_PHOTO.search(caption_of(page, found.start)):
            continue
        if any(s <= found.start < e for s, e in related):
            continue  # another story's day: "- Sở Nội vụ kiểm tra công tác CCHC tại huyện Trấn Yên (13/10/2023)"
        s_start, s_end = sentence_of(page, found.start)
        # up to the first figure: a mention found by its trigger word holds it ("trước ngày 30/11", a deadline)
        number = next((i for i, ch in enumerate(page.text[found.start : found.end]) if ch.isdigit()), 0)
        window = max(s_start, found.start - 80)
        before = _NOT_INSPECTION_DATE.search(page.folded[window : found.start + number])
        if (
            before
            and not (before.group(1) == "den" and _NOT_UNTIL.match(page.folded, found.end, s_end))
            and not _in_a_name(page.text, window + before.start(1))
        ):
            continue
        if (
            _ISSUED_THEN.match(page.folded, found.end)
            or _LAW_OF_THE_DAY.search(page.folded, window, found.start + number)
            or found.value.first[1:] in _HOLIDAYS
            and _HOLIDAY_BEFORE.search(page.folded, window, found.start + number)
            or _break_days(page.folded, window, found)
            or _ANNIVERSARY_BEFORE.search(page.folded, window, found.start)
            or in_another_province(page, s_start, s_start, s_end)
        ):
            continue
        if _WEATHER_BEFORE.search(
            page.folded, max(s_start, found.start - 45), found.start
        ) or _WEATHER_AFTER.match(page.folded, found.end):
            continue
        if (
            _ROAD_BEFORE.search(page.folded, max(s_start, found.start - 40), found.start)
            or _ROAD_AFTER.match(page.folded, found.end)
        ) and not TEAM_AT_WORK.search(page.folded, *_clause_of(page, found)):
            away.add(found.value.last[1:])
            continue
        first_of_month = found.value.first == found.value.last and found.value.first[2] == 1
        if (
            found.value.first[1:] == (1, 1) or first_of_month or _UNTIL_NOW.match(page.folded, found.end)
        ) and (
            _FROM.search(page.folded, max(s_start, found.start - 10), found.start)
            or page.folded.startswith("tu ", found.start)  # (the mention may hold its "từ")
        ):
            # "hồ sơ đã giải quyết từ ngày 01/01/2016 đến ngày làm việc", "từ ngày 01/7/2025 đến nay tiếp nhận 2.437
            # hồ sơ", "từ ngày 01/7, xã tiếp nhận 1.204 hồ sơ": a period's start
            continue
        clause_start, clause_end = _clause_of(page, found)
        if (
            clause_start == moved_clause_end + 1
            and _SAME_SCHEDULE.match(page.folded, clause_start)
            or _MOVED.search(page.folded, found.end, clause_end)
            or (
                _MOVED_FROM.search(page.folded, clause_start, found.start)
                and _TO_DAY.match(page.folded, found.end, clause_end)
            )
            or (
                _SCHEDULED.search(page.folded, max(clause_start, found.start - 130), found.start)
                or _SCHEDULED_AFTER.match(page.folded, found.end)
            )
            and _MOVED.search(page.folded[found.end : s_end] + " " + next_sentence(page, s_end))
            and not any(
                f is not found and "legal" not in f.tags and clause_start <= f.start < clause_end
                for f in page.dates
            )
            or _SCHEDULE_OPENS.match(page.folded, s_start)
            and _MOVED.search(next_sentence(page, s_end, 2))
            and _unit_moved(page, found, clause_start, s_end)
            # a day called off, after it in its clause ("theo lịch vào ngày 28/10 phải hủy bỏ vì bão") or, its clause
            # telling it planned, in the next sentence ("... được tổ chức từ ngày 6 - 10/4/2020. ... tạm hoãn đợt kiểm
            # tra"; "Sáng 25/11, khi Đoàn chuẩn bị làm việc tại xã A thì ... . ... Đoàn quyết định dừng buổi kiểm tra")
            or _CALLED_OFF.search(page.folded, found.end, clause_end)
            or _PUT_OFF_TO_ROUND.search(page.folded, found.end, s_end)
            or _PLANNED.search(page.folded, clause_start, clause_end)
            and not _MOVED_BEFORE.search(page.folded, clause_start, found.start)
            # (in one of the next two sentences: past the cause, "Tuy nhiên, mưa lũ ... . UBND huyện quyết định hoãn")
            and (
                _CALLED_OFF.search(next_sentence(page, s_end, 2))
                # (or made up for later in its sentence: "Cụm 4 theo kế hoạch được kiểm tra từ ngày 27 đến 31/10, nhưng
                # do mưa lũ, Đoàn số 4 đã kiểm tra bù trong hai ngày 04 và 05/12")
                or _MADE_UP.search(page.folded, found.end, s_end)
            )
            or _moved_in_its_row(page, found, s_start, s_end)
            or _FORMERLY_PLANNED.search(page.folded, max(clause_start, found.start - 40), found.start)
        ):
            # "dự kiến vào ngày 10/10 phải dời sang ngày 16/10": the 16th counts, the 10th nowhere; half a day moved
            # leaves the other half ("Theo lịch, chiều 18/10 Đoàn kiểm tra tại phường A, nhưng ... được chuyển sang
            # ngày 25/10" after "Ngày 18/10, Đoàn kiểm tra tại phường B")
            if not _HALF_DAY.search(page.folded, max(s_start, found.start - 6), found.end):
                moved_from.add(found.value.last[1:])
            moved_clause_end = clause_end
            continue
        sentence = page.folded[s_start:s_end]
        # a schedule's rows name the day and the unit; the line above them (or a day's first item below) says what
        # they are
        if not (
            _INSPECTION_CONTEXT.search(sentence)
            or _INSPECTION_CONTEXT.search(list_head(page, s_start))
            or sentence.rstrip().endswith(":")
            and _INSPECTION_CONTEXT.search(next_sentence(page, s_end))
            or (_DETAILS.match(sentence) or _DAY_ROWS.match(sentence))
            and _INSPECTION_CONTEXT.search(previous_sentence(page, s_start))
            or _DAY_HEADING.match(sentence)
            and _INSPECTION_CONTEXT.search(next_sentence(page, s_end, 2))
        ):
            continue
        clause = page.folded[clause_start:clause_end]
        up_to_date = page.folded[clause_start : found.start]
        event = _OTHER_EVENT.search(clause)
        if (
            event
            and ":" in clause[: event.start()]
            and (_DAY_AT_UNIT.match(sentence) or _UNIT_DAY_HEAD.match(sentence))
        ):
            event = None  # the unit's findings after the day's heading: "Ngày 22/5 tại Tổ dân phố 9: ... mới ban hành"
        if (
            event
            and event.group().startswith(("gui", "nop"))
            and any(
                clause_start + event.end() <= f.start < clause_end
                and _DEADLINE_BEFORE.search(page.folded, max(clause_start, f.start - 16), f.start)
                for f in page.dates
            )
        ):
            event = None  # a report due by a later day: "Sáng 16/4/2019 | Sở Y tế | Gửi báo cáo trước ngày 09/4/2019"
        if event and not _TEAM_IN_THE_CLAUSE.search(clause) and not _held_after(event, up_to_date):
            continue  # the event in the date's own clause: "...; 03 hồ sơ trễ hạn đã có văn bản xin lỗi" is not one
        # (a schedule's row is one day's, whatever its cells: "- Thứ Sáu, 19/6/2020: Cả ngày; Dự phòng")
        row = sentence if LIST_ITEM.match(sentence) else clause
        stayed_away = _NO_VISIT.search(row)
        if stayed_away and _AFTER_PUT_OFF.search(row, 0, stayed_away.start()):
            stayed_away = None  # "kiểm tra vào ngày 14/10, sau hai lần phải hoãn chuyến ra đảo": held at last
        if stayed_away and stayed_away.group() == "du phong" and _UNIT_CELL.search(row):
            # one team's reserve beside the other's unit: "- Thứ Năm, 20/11: Sáng; UBND phường A; Dự phòng"
            stayed_away = None
        if stayed_away and not (row is clause and _held_after(stayed_away, up_to_date)):
            # the day itself put off or kept in reserve ("Thứ Sáu, 24/10: dự phòng"), not the day a visit put off
            # went to ("Do xã A đề nghị lùi lịch, tổ kiểm tra xã này vào ngày 20/9")
            if (s_start if row is sentence else clause_start) + stayed_away.start() > found.start:
                away.add(found.value.last[1:])
            continue
        # (a row's later cell too when the day's own cell holds nothing but its time: "- Thứ Hai, 23/11/2020: Sáng; Đoàn
        # họp thống nhất dự thảo thông báo kết quả"; not "- Thứ Năm, 24/10/2024: buổi sáng kiểm tra Sở Y tế; buổi chiều
        # Đoàn họp")
        business = row if _BARE_DAY_CELL.search(clause) else clause
        # (and what the day is for, in the cell after such a bare one: "- Thứ Tư 19/9: Cả ngày; Thành viên Đoàn dự Hội
        # nghị tập huấn", not a deadline's later cell: "- 16/4/2024: Sáng; UBND phường A; hạn gửi báo cáo 11/4/2024")
        next_cell = "".join(page.folded[clause_end:s_end].split(";")[1:2]) if business is not clause else ""
        if (
            _COMPILING.search(business)
            or (_TEAM_BUSINESS.search(business) or _OTHER_EVENT.search(next_cell))
            and not TEAM_AT_WORK.search(business)
        ):
            continue
        yield found


# A schedule row's day cell with nothing but the day and its time: "- Thứ Hai, 23/11/2020: Sáng", "- Thứ Sáu 21/9: 8h00".
# A row's cell naming a unit (not the team's own business: "; Tổ phúc tra tổng hợp kết quả").
_UNIT_CELL = re.compile(r";\s*(?!to (kiem tra|phuc tra|cong tac)\b)" + _UNIT_OPENING + r" [^;]{2,60}(;|\.?$)")
_BARE_DAY_CELL = re.compile(r":\s*((ca ngay|(buoi )?(sang|chieu)|\d{1,2} ?(h|gio|:) ?\d{0,2})\s*)?$")
# A sentence telling a schedule, whose days the next sentence may move: "Theo lịch tại Thông báo số 905/TB-SNV ..., đoàn
# làm việc tại phường A ngày 04/8, xã B ngày 05/8 và xã C ngày 06/8."
_SCHEDULE_OPENS = re.compile(r"\W*theo (lich|ke hoach|du kien|thong bao)\b")
# A heading that opens a day's paragraphs: "Ngày 15/3: chia hai nhóm", then what the team did.
_DAY_HEADING = re.compile(r"\W*((sang|chieu) )?(ngay )?\d{1,2}/\d{1,2}(/\d{2,4})?\s*:[^.;:]{0,40}$")
# A sentence detailing the one before it: "... đã kiểm tra trực tiếp tại 05 xã, từ ngày 12/10 đến ngày 21/10/2022. Cụ
# thể: ngày 12/10 tại xã Sơn Định; ngày 13/10 tại xã Vĩnh Thành; ..."
_DETAILS = re.compile(r"\W*(cu the|chi tiet)\s*(nhu sau)?\s*:")
# ... or rows of days and units told as a sentence after their team's: "Đoàn kiểm tra số 1, Trưởng đoàn: ông A. Ngày
# 10/11: phường B; ngày 11/11: xã C."
_DAY_ROWS = re.compile(r"\W*(thu [a-z]+,? )?" + ROW_DAYS + r"\s*:[^.;]+;")
# The name a schedule gives a day to: "... và xã Măng Đen ngày 06/8", "tại phường A (ngày 04/8)".
_DAY_OF = re.compile(r"(?:^|[\s,(])([a-z]+(?: [a-z]+)?)\W*(?:vao )?(?:ngay )?$")


def _unit_moved(page: Page, found: Found, clause_start: int, s_end: int) -> bool:
    """Of a schedule's days in one clause, whether this one is the day the next sentence moves, naming its unit:
    "... xã Đăk Hà ngày 05/8 và xã Măng Đen ngày 06/8. Tuy nhiên, ... buổi làm việc tại xã Măng Đen được lùi sang
    ngày 07/8"."""
    previous = [f.end for f in page.dates if clause_start <= f.end <= found.start and "legal" not in f.tags]
    named = _DAY_OF.search(page.folded, max([clause_start, *previous]), found.start)
    return named is not None and f" {named.group(1)} " in f" {next_sentence(page, s_end)} "


def _in_a_name(text: str, pos: int) -> bool:
    """Whether the word at `pos` is capitalised after another word: a place's name ("huyện Tân Kỳ ngày 16/5", "Đền"),
    not "kỳ", "hạn" or "đến" (nor a line's first word: "Hạn gửi báo cáo: 03/5")."""
    return (
        text[pos].isupper()
        and pos >= 2
        and text[pos - 1] == " "
        and text[pos - 2].isalpha()
        and not text[pos - 2 : pos + 2]
        .replace(" ", "")
        .isupper()  # not a paragraph in capitals: "... TRƯỚC NGÀY 20/10"
    )


def _moved_in_its_row(page: Page, found: Found, s_start: int, s_end: int) -> bool:
    """The day before the change in a row of a changed schedule, the day after it following in the same row."""
    return (
        LIST_ITEM.match(page.folded, s_start) is not None
        and _ADJUSTED_SCHEDULE.search(list_head(page, s_start)) is not None
        and any(found.end <= f.start < s_end and "legal" not in f.tags for f in page.dates)
    )


_YEAR_OPENS = re.compile(r"\W*(?:trong )?nam (\d{4}),")


def _page_day(page: Page) -> str | None:
    """The page's date, unless a document the page cites is dated after it: a stale "Ngày cập nhật 02/01/2018" over a
    report citing a decision of April 2018 tells nothing of when its days were."""
    published = page.meta.published
    if published and any(f.value.date and f.value.date > published for f in page.legal_refs):
        return None
    return published


def _reported_days(page: Page, published: str | None) -> list[tuple[Found, tuple[str, str]]]:
    """The days the text gives for inspecting, each once, but those of a round still to come; `published` is the
    page's day, whose year a day told without one takes (the year the text names most when there is none)."""
    reported = page.facts.get("kind") != "plan"
    default_year = int(published[:4]) if published else text_year(page.text)
    out = []
    for found in candidate_days(page):
        clause = _clause_of(page, found)
        if reported and (
            later_round(page, *clause)
            or carries_on_later_round(page, sentence_of(page, found.start)[0], *clause)
        ):
            continue  # a later round in a report: its days, like its units, are not inspected yet
        # (a day without its year takes the one its sentence opens on: "Năm 2018, trong các ngày 12 và 13/9, ...")
        opening = (
            None
            if found.value.has_year
            else _YEAR_OPENS.match(page.folded, sentence_of(page, found.start)[0])
        )
        year = int(opening[1]) if opening else default_year
        weekday_year = _year_of_its_weekday(page, found, year)
        resolved = found.value.resolve(weekday_year or year)
        if (
            resolved
            and reported
            and published
            and not found.value.has_year
            and not weekday_year
            and resolved[1] > published
        ):
            # a report's day cannot follow its page: "ngày 25/11" on a page of January is last year's
            resolved = found.value.resolve(year - 1) if year else None
        if (
            resolved
            and reported
            and published
            and resolved[0] > published
            and not TOLD_DONE.search(page.folded, *clause)
        ):
            continue  # ... and one that does, told as nothing done, is a stop to come: a schedule's row below a report
        if (
            resolved
            and not reported
            and published
            and resolved[1] < published
            and TOLD_DONE.search(page.folded, *clause)
        ):
            continue  # a plan's day before its page, told as done, is of the round it follows up
        if (
            resolved
            and not _reporting_period(*resolved)
            and not _counted_over(page, found, clause[1], resolved)
        ):
            out.append((found, resolved))
    return _without_yearless_repeats(out)


# A day told with its weekday and no year ("Thứ Ba, ngày 12/3", "thứ Năm (14/3)"): of the years around the one it
# would take, the one in which it falls on that weekday (a plan of December names next year's days).
# (its name capitalised, as a weekday's is: "ngày làm việc thứ hai (23/11)" is the second working day)
_WEEKDAY_BEFORE = re.compile(r"\b[Tt]hứ (" + WEEKDAY_NAMES + r")\b[\s,(]*(?:ngày\s+)?\(?\s*$")
_DIGIT = re.compile(r"\d")


def _year_of_its_weekday(page: Page, found: Found, year: int | None) -> int | None:
    mention = found.value
    digit = _DIGIT.search(mention.text)  # (not a day in words: "ngày mười lăm")
    if mention.has_year or year is None or mention.first != mention.last or digit is None:
        return None
    start = found.start + digit.start()
    told = _WEEKDAY_BEFORE.search(page.text, max(0, start - 24), start)
    if told is None:
        return None
    month, day = mention.last[1], mention.last[2]
    for candidate in (year, year + 1, year - 1):
        try:
            if date(candidate, month, day).weekday() == WEEKDAYS[told[1]]:
                return candidate
        except ValueError:
            continue
    return None


def _without_yearless_repeats(
    days: list[tuple[Found, tuple[str, str]]],
) -> list[tuple[Found, tuple[str, str]]]:
    """A day the text gives with its year ("7/6/2018") and again without ("ngày 7/6") is that year's: the year the
    page's date lent the second is dropped (the page's date may be a clock's)."""
    written = {last[5:]: last for found, (_, last) in days if found.value.has_year}
    return [
        day for day in days if day[0].value.has_year or written.get(day[1][1][5:], day[1][1]) == day[1][1]
    ]


def _without_earlier_years(days: list[tuple[Found, tuple[str, str]]]) -> list[tuple[Found, tuple[str, str]]]:
    """Without the days of an earlier year's round that the text recalls ("đợt kiểm tra ngày 17/10/2023" in a report
    of March 2024): days of a year before the latest day's, more than a round's length before it. A round across
    the new year ("28/12/2023 - 03/01/2024") stays whole."""
    if not days:
        return days
    lasts = [date.fromisoformat(last) for _, (_, last) in days]
    latest = max(lasts)
    return [
        day
        for day, last in zip(days, lasts, strict=True)
        if last.year == latest.year or latest - last <= _LONGEST_ROUND
    ]


# A sentence opening "Trước đó" on its days: "Trước đó, từ ngày 18 - 20/6/2018, Đoàn kiểm tra CCHC của tỉnh do ông A
# làm Trưởng đoàn đã kiểm tra tại ...", "Trước đó, thực hiện Kế hoạch số 45/KH-UBND ..., từ ngày 16 đến ngày
# 27/5/2022, Đoàn ..." recalls an earlier round in a report of November or September (a stop of this round, days
# before its page, does not); so are the provinces such a sentence lists ("Trước đó, Bộ đã kiểm tra các tỉnh A, B").
BEFORE_THEN = re.compile(r"\W*truoc do\b")
# ... or one the text says this round follows: "kiểm tra việc thực hiện Thông báo kết luận ... sau đợt kiểm tra ngày 20
# và 21/4/2021 tại hai xã" in a report of November.
_AFTER_ROUND = re.compile(r"\bsau (dot|lan) kiem tra( tu)?( ngay)?( \d{1,2}(/\d{1,2})?( va|,| -))*\s*$")
_MONTH_GONE_BY = timedelta(days=30)


_CONCLUSION_HEAD = re.compile(r"\bket luan\b")


def _without_recalled_before(
    page: Page, days: list[tuple[Found, tuple[str, str]]]
) -> list[tuple[Found, tuple[str, str]]]:
    """Without the days of an earlier round a "Trước đó" sentence recalls, a round this one follows or one numbered
    before the headline's: more than a month before the page; unless they are all the text gives and the headline
    tells the conclusions, announced with the inspection they conclude ("Chiều 09/8, ... công bố Kết luận thanh tra.
    Trước đó, ... Đoàn thanh tra đã thanh tra trực tiếp ... từ ngày 05/6 đến ngày 23/6/2023")."""
    if not page.meta.published:
        return days
    gone_by = date.fromisoformat(page.meta.published) - _MONTH_GONE_BY
    kept = [
        day
        for day in days
        if not (
            (
                BEFORE_THEN.match(page.folded, start := sentence_of(page, day[0].start)[0])
                or _AFTER_ROUND.search(page.folded, max(0, day[0].start - 45), day[0].start)
                or _earlier_numbered_round(page, page.folded[start : day[0].start])
            )
            and date.fromisoformat(day[1][1]) < gone_by
        )
    ]
    return kept or (days if _CONCLUSION_HEAD.search(fold(page.meta.title or "")) else [])


# A unit's own check ("Tổ tự kiểm tra", "đã tự kiểm tra"): the page's inspection only when its headline says so.
_SELF_CHECK = re.compile(r"\b((to|doan) tu kiem tra|da tu kiem tra)\b")  # (not "các xã còn lại tự kiểm tra")


def _without_self_checks(
    page: Page, days: list[tuple[Found, tuple[str, str]]]
) -> list[tuple[Found, tuple[str, str]]]:
    """Without the days of a unit's own check told beside the team's ("Trước đó, ngày 24/10, Tổ tự kiểm tra của Ban do
    ông A làm Tổ trưởng đã kiểm tra ..."), unless the page reports such a check ("Xã A tự kiểm tra ...") or no other."""
    if "tu kiem tra" in fold(page.meta.title or ""):
        return days
    teams = [day for day in days if not _SELF_CHECK.search(page.folded, *_clause_of(page, day[0]))]
    return teams or days


# A re-check of an inspection's remedies ("Phúc tra việc khắc phục tồn tại ...", "Kiểm tra kết quả khắc phục ...") or a
# second visit ("Kiểm tra lại ...", "Kiểm tra lần hai ..."): the round it follows up, months before its own days, is
# told with its days, its leader and its units.
_RECHECK = re.compile(r"\b(phuc tra|khac phuc|kiem tra lai|lan (thu )?hai)\b")
_FOLLOWED_UP_BEFORE = timedelta(days=60)


def _without_round_followed_up(
    page: Page, days: list[tuple[Found, tuple[str, str]]]
) -> list[tuple[Found, tuple[str, str]]]:
    """Without the days of the round a re-check follows up: on a re-check's page, days two months or more before
    the latest day told."""
    if not days or not _RECHECK.search(fold(page.meta.title or "")):
        return days
    latest = max(date.fromisoformat(last) for _, (_, last) in days)
    return [day for day in days if latest - date.fromisoformat(day[1][1]) < _FOLLOWED_UP_BEFORE]


def _clause_of(page: Page, found: Found) -> tuple[int, int]:
    """The date's own clause: the days and rounds its sentence's other clauses tell are not its."""
    return semicolon_clause(page.text, *sentence_of(page, found.start), found.start, found.end)


# Records counted over a span: "từ ngày 15/12/2020 đến ngày 14/10/2021, Bộ phận một cửa đã tiếp nhận 1.037 hồ sơ".
_RECORDS_COUNTED = re.compile(
    r"\b(tiep nhan|giai quyet|tra ket qua)\b[^.;]{0,60}?\d[\d.]* (ho so|thu tuc|tthc)\b"
)


def _counted_over(page: Page, found: Found, clause_end: int, days: tuple[str, str]) -> bool:
    """Whether a range longer than a round, or from the first of a month, is the span the figures after it are
    counted over ("từ ngày 01/7 đến ngày 15/8/2025, xã đã tiếp nhận 1.962 hồ sơ": since the two-tier government)."""
    start = date.fromisoformat(days[0])
    span = date.fromisoformat(days[1]) - start
    return (span > _LONGEST_ROUND or start.day == 1 and span.days > 0) and bool(
        _RECORDS_COUNTED.search(page.folded, found.end, clause_end)
    )


def _reporting_period(first: str, last: str) -> bool:
    """A range from 1 January, or from the first of a month and longer than an inspection round."""
    if first == last:
        return False
    start = date.fromisoformat(first)
    return first[5:] == "01-01" or (start.day == 1 and date.fromisoformat(last) - start > _LONGEST_ROUND)


@Language.component("cchc_inspection_dates")
def select_inspection_dates(doc: Doc) -> Doc:
    page = doc._.page
    facts = page.facts
    facts["dates"] = _days_of_page(page)[1] if facts.get("is_inspection_article", True) else []
    return doc
