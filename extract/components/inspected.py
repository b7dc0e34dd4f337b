"""Which of the units the text names were inspected: after an inspection verb, before a passive one
("xã A được kiểm tra") or as the side that received the team ("Về phía xã A"); not the inspecting body, not
team members' offices, not units given a task, not the place that only locates another one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from contextlib import suppress
from datetime import date, timedelta
from itertools import takewhile

from spacy.language import Language
from spacy.tokens import Doc

from cchc.vntext import fold
from extract.components.inspection_days import (
    BEFORE_THEN,
    ROW_DAYS,
    TEAM_AND_DAY_OPENING,
    earlier_year,
    recalled_round,
)
from extract.components.state import (
    TEAM_AT_WORK,
    TEAM_MEETING,
    TOLD_DONE,
    Found,
    Page,
    carries_on_later_round,
    clause_end,
    in_another_province,
    in_caption,
    later_round,
    list_head,
    lower_level_teams,
    other_stories,
    page_team_level,
    previous_sentence,
    semicolon_clause,
    sentence_of,
)
from extract.gazetteer import gazetteer, spaced_dashes
from extract.lexicon import BODY_ABBREVIATIONS, LEVELS, OFFICE_ABBREVIATIONS, UNIT_LEVEL
from extract.scan import BULLETS, LIST_ITEM

# What a team checks the work of: "kiểm tra tình hình hoạt động của Trung tâm Phục vụ hành chính công phường A" (an
# inspection, not an owner's "của").
_ACTIVITY_OF = re.compile(r"kiem tra (tinh hinh |viec )?(hoat dong|van hanh)( thuc te)? (cua|tai)( ubnd)? $")
_INSPECTED_TRIGGER = re.compile(
    r"(kiem tra|\bkt\b(?!-)|phuc tra|lam viec|khao sat|co mat|den(?! ngay| \d))[^.;]{0,120}?\b(?<!ton )(tai|(?<!so )voi|o)\b|"
    # a reform team's supervision, not the council's or the Front's: "Tổ giám sát của Sở Nội vụ ... đã giám sát trực
    # tiếp việc thực hiện nhiệm vụ CCHC tại UBND phường A"
    r"^(?:(?!\b(hdnd|hoi dong nhan dan|mttq|mat tran)\b)[^.;])*\bda giam sat\b[^.;]{0,120}?\b(tai|o)\b|"
    r"kiem tra (cac|o|tai)\b|tai cac|"  # ("KT" is shorthand for "kiểm tra"; "KT-XH" for the economy)
    # a sentence set at the unit, after its time ("Chiều cùng ngày, tại UBND xã Thạnh Đức, Đoàn ghi nhận ...")
    r"^\W*((sang|chieu|ngay)[^.;,:]{0,20}, )tai (ubnd |uy ban nhan dan )?$|"
    r"nhu:|gom:|sau:|(?<!doan )(?<!to )kiem tra( thuc te| truc tiep)?:|"
    # "Đợt 1 diễn ra từ ngày ... tại các xã A, B", "Đợt 2 phải tạm hoãn do dịch COVID-19, sau đó được tiến hành ... tại"
    r"\bdot (\d+|[ivx]+|mot|hai|ba|dau tien|cuoi)\b[^.;]{0,160}?\btai\b|"
    # a schedule's row per day: "- Thứ Ba (14/10): buổi sáng tại xã Hưng Điền; buổi chiều tại xã Vĩnh Thạnh", or
    # the rows run on after a semicolon ("Ngày 10/11: phường A; ngày 11/11: xã B")
    # (its day in words, or only its month: "1. Thứ Ba, ngày 14 tháng 9 năm 2021: UBND huyện A", "4. Tháng 10 năm
    # 2021: UBND huyện B"; or half of the day a line above gives: "- Buổi sáng: UBND phường C"; or days: "- Từ ngày 24
    # đến 25/3: đặc khu Phú Quý", "- 27 - 28/9/2022: UBND huyện A")
    r"(^|;)\W*(thu [a-z]+,? )?\(?(" + ROW_DAYS + r"|(ngay )?\d{1,2} thang \d{1,2}( nam \d{4})?)\)?\s*:"
    r"([^.]*\btai)? ((ubnd|uy ban nhan dan) )?$|^\W*(thang \d{1,2}( nam \d{4})?|buoi (sang|chieu))\s*:\s*"
    r"((ubnd|uy ban nhan dan) )?$|"
    # a plan's row per round: "- Đợt 1 (dự kiến trong tháng 5 và tháng 6/2026): Sở Tư pháp, Sở Xây dựng; UBND phường A"
    r"^\W*dot (\d+|[ivx]+|mot|hai|ba|bon)\b[^.;:]{0,80}:([^.:]*;)?\s*((ubnd|uy ban nhan dan) )?$|"
    # ... or per team, over its rows: "Tổ 1: thị trấn Gò Dầu, các xã Thanh Phước, Phước Đông"
    r"^\W*(to|doan|nhom)( kiem tra)?( so)? \d+\s*:\s*(cac )?$|"
    r"doi voi|kiem tra (cong tac )?(cai cach hanh chinh|cchc) (cua|o|tai)|den kiem tra|(da|se) kiem tra|\bgom\b|"
    + _ACTIVITY_OF.pattern
    + r"|"
    r"duoc kiem tra|"  # "các đơn vị được kiểm tra trực tiếp, xã A và xã B"
    r"kiem tra[^.;]{0,120}\btrong do( co| gom)?:?\s*$|"  # "kiểm tra 20 xã, phường ..., trong đó có phường A, ..."
    # "kiểm tra một đơn vị cấp xã là xã A", "kiểm tra 4 UBND cấp huyện là huyện A, ..."
    r"kiem tra[^.;]{0,60}\b(don vi|co quan|dia phuong|ubnd|xa|phuong|huyen|so)( cap (xa|huyen))? la\b|"
    # ... or chosen for it: "Đoàn chọn bốn đơn vị cấp xã để kiểm tra thực tế là thị trấn A, xã B"
    r"\bde kiem tra( thuc te| truc tiep)? la\b|"
    # the units counted, then named: "Đoàn kiểm tra trực tiếp 08 sở, ngành, 04 cơ quan ngành dọc, cụ thể:"
    r"kiem tra( truc tiep| thuc te)? (\d+|cac|mot|hai|ba|bon|nam)\b[^.;]{0,100}\bcu the:\s*$|"
    # the team's way: "đoàn lên huyện Trà Bồng", "đoàn đến UBND xã Mỹ Hòa", "đoàn lần lượt đến ...", "đoàn chia nhóm
    # về ...", "nhóm thứ hai về UBND thị xã A", "đoàn về thẳng xã B", a sub-team named with its head ("Tổ thứ hai do
    # ông A, Phó Trưởng đoàn dẫn đầu, lần lượt đến ...", "Ngày 9/10, đoàn chuyển sang xã Cẩm Quang")
    r"(\b(doan( kiem tra)?|to (kiem tra|cong tac)|nhom (thu [a-z]+|\d+))|\b(doan|to)\b[^.;]{0,120}\b(dan dau|lam truong doan|lam to truong),?)( da| tiep tuc| lai| moi)?"
    r"( chia( thanh)?( hai| ba| \d+)? (nhom|to),?)?( lan luot)? (chuyen (sang|den|ve|xuong|len)|(o|ve|xuong|len|ra|den|toi)( thang)?)"
    r"( ubnd| uy ban nhan dan)? $|"
    # the unit as the verb's object: "kiểm tra thực tế UBND thị trấn A", "kiểm tra bộ phận một cửa của UBND xã B",
    # "kiểm tra thêm 01 xã: C", "kiểm tra thực tế hai xã D, E"
    r"kiem tra(?! cua| thuoc)( (thuc te|truc tiep|them|lai|tiep))*( (\d+|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi))?"
    r"( (tai )?bo phan [^.;]{0,40}? cua)?"
    r"( (ubnd|uy ban nhan dan))? ([^.;:,]{1,60}? va (ubnd |uy ban nhan dan )?)?$|"
    # ... past the papers checked with the desk: "kiểm tra hồ sơ, sổ sách và Bộ phận tiếp nhận và trả kết quả của Sở A"
    r"kiem tra [a-z ,]{1,30}? va (tai )?bo phan [^.;]{0,40}? cua( (ubnd|uy ban nhan dan))? $|"
    # "Đơn vị và thời gian kiểm tra:" then rows; "... thông báo lịch kiểm tra tới các đơn vị, cụ thể:" then its rows
    # (or a section's heading over them: "IV. ĐƠN VỊ VÀ THỜI GIAN KIỂM TRA", "2. Lịch kiểm tra cụ thể")
    r"(don vi|doi tuong|dia diem|dia ban|lich)\b[^.:;]{0,30}kiem tra(:|\s*$)|^(\d{1,2}[./)]\s*)?(phu luc )?lich kiem tra\b|^lich lam viec\b[^.;]*:\s*$|"
    # (a table's title over its header row: "Đối tượng và thời gian kiểm tra trực tiếp" then "TT | Cơ quan, địa phương")
    r"^(doi tuong|don vi)( va thoi gian| duoc)? kiem tra\b|"
    r"\blich kiem tra\b[^.:;]{0,50}:\s*$|"
    # a team's line over its rows: "Đoàn kiểm tra số 1 do bà A, Phó Giám đốc Sở Nội vụ làm Trưởng đoàn:", "Đoàn kiểm tra
    # số 2, Trưởng đoàn: ông B - Chánh Văn phòng HĐND và UBND quận:"
    r"\b(doan|to)( kiem tra| cong tac)?( so \d+)?\b[^.;]{0,120}\b(truong doan|to truong|dan dau)\s*(:[^.;:]{3,120})?:\s*$|"
    # a surprise visit to the desks of a list: "đến Bộ phận tiếp nhận và trả kết quả của Sở A, Sở B và UBND thành phố C"
    r"\bden bo phan [^.;]{0,40}? cua( (ubnd|uy ban nhan dan))? ([^.;:]{1,80}? va (ubnd |uy ban nhan dan )?)?$"
)
# How a unit was formed ("phường A được thành lập trên cơ sở sắp xếp các phường B, C"): history, not an inspection.
_FORMED_FROM = re.compile(
    r"(tren co so|thanh lap tu|hinh thanh tu)[^.;]{0,30}$|"
    # ... further on where the clause names some of its parts: "phường mới được hình thành từ việc sắp xếp các phường
    # thuộc quận Hải An cũ, trong đó có hai phường Đông Hải 1 và Đông Hải 2"
    r"(thanh lap tu|hinh thanh tu)[^.;]{0,80}\btrong do co( hai| ba| bon| cac)?( (xa|phuong|thi tran))?\s*$|\b(sap nhap|hop nhat|sap xep)( (tu|toan bo|voi))?( cac)?\s*$|\bmot phan( cua)?\s*$"
)
# What the unit named just before is made of: "xã Tiểu Cần gồm thị trấn Tiểu Cần, xã Phú Cần và xã Hiếu Trung".
_CONSISTS_OF = r"(duoc\s+)?(bao )?gom( co)?( cac| \d+| hai| ba| bon| nam)?( (xa|phuong|thi tran))?\s*"
_MADE_OF = re.compile(
    r"\s*(\((moi|cu)[),]\s*)?(moi\s+|cu,?\s+)?" + _CONSISTS_OF
)  # ("huyện Phú Quý cũ, gồm ba xã A", "Xã Đông Thành (mới, gồm các xã A, B)")
# ... or in brackets or after a comma, which may as well list the parts of a district that were checked ("huyện Phong
# Điền (gồm thị trấn Phong Điền và xã Nhơn Ái)"), so only after a commune or ward: one made of communes was formed from
# them ("xã Tuy Phước Bắc (gồm các xã Phước Hưng, Phước Quang, Phước Hiệp của huyện Tuy Phước cũ)").
_COMMUNE_MADE_OF = re.compile(r"\s*[(,]\s*" + _CONSISTS_OF)
# The same with the unit as its subject: "xã A được kiểm tra", "Sở A và Sở B là hai đơn vị ... được kiểm tra", or as
# the host that received the team: "UBND xã A đã tiếp và làm việc với Đoàn kiểm tra", "Trường THCS B đón Đoàn".
_INSPECTED_AFTER = re.compile(
    # ("đặc khu Cồn Cỏ được Đoàn số 2 kiểm tra")
    # (the head of a list the passive closes: "Các tỉnh Bắc Kạn, Lai Châu, Ninh Thuận và Bộ Xây dựng được kiểm tra")
    r"^((\s*,\s*[^,.;:]{1,40}?){1,8}\s+va [^,.;:]{1,60}?\s|\s*(va [^,.;:]{1,60}?\s)?)(la [^,.;:]{1,60}?\s)?"
    r"(?<!chua )(?<!khong )(?<!se )"
    r"duoc( (doan|to)\b[^,.;:]{0,30}?)? kiem tra\b|"
    r"^\s*\((kiem tra|lam viec)( vao)? ngay\b|"  # a section per unit: "3. UBND huyện Bù Đăng (kiểm tra ngày 18/9/2020)"
    r"^\s*(da )?(don tiep|tiep don|don|tiep|lam viec)( va lam viec)?( voi)? (doan|to) (kiem tra|cong tac)\b|"
    # ... or where the team went, in an aside: "tại xã An Ninh Tây, nơi Đoàn kiểm tra thực tế, vẫn còn ...", or as the
    # sentence says: "Xã Quài Cang là nơi đoàn dừng chân đầu tiên", "Phường A là điểm đến cuối cùng của Đoàn"
    r"^\s*,?( la)? (noi|diem den|diem dung chan)( dau tien| tiep theo| cuoi cung| thu (hai|ba|tu))?"
    r"( (doan|to)( kiem tra| cong tac)? (da )?(kiem tra|lam viec|den|dung chan|ghe)\b| cua (doan|to)\b)"
)
# The province's one-stop centre as where a department's desk sits ("quầy tiếp nhận hồ sơ của Sở đặt tại Trung tâm
# Phục vụ hành chính công tỉnh", "việc giải quyết thủ tục hành chính của đơn vị tại Trung tâm ...", "điểm tiếp nhận
# đặt tại Trung tâm ..."): the department is inspected there, not the centre.
_ONE_STOP_CENTRE = re.compile(r"trung tam (phuc vu )?hanh chinh cong\b")
_DESK_OF_BODY = re.compile(
    r"\bcua (so|don vi|nganh|co quan)\b[^,;.]{0,50}?\b(dat )?tai\s*$|"
    r"\b(quay|diem tiep nhan)\b[^.;]{0,40}\bdat tai\s*$"  # "..., trong đó có điểm tiếp nhận đặt tại Trung tâm ..."
)
# ... or where a desk has its room: "Bộ phận tiếp nhận và trả kết quả của thị xã đặt tại Văn phòng HĐND và UBND thị xã".
_DESK_SEATED = re.compile(r"\bbo phan (mot cua|tiep nhan)\b[^.;]{0,60}?\b(duoc )?(dat|bo tri) tai\s*$")
# ... or a bracket telling what a unit was or where it sits: "Chi nhánh ... khu vực Đồng Xoài (trước đây là Trung tâm
# Phục vụ hành chính công tỉnh Bình Phước)", "Chi nhánh ... khu vực Biên Hòa (đặt tại phường Trấn Biên)".
_BRACKETED_ASIDE = re.compile(
    r"\(\s*((truoc day|truoc kia|nguyen|ten cu) la|(duoc )?(dat|dong tru so|co tru so) tai|tru so (dat )?tai)\s*"
    r"((ubnd|uy ban nhan dan) )?$"
)
# ... or the body whose branches the team went to: "kiểm tra tại 3 chi nhánh của Trung tâm Phục vụ hành chính công tỉnh",
# "tại các chi nhánh Trung tâm ..." (a branch it names is one unit: "Chi nhánh Trung tâm ... khu vực Biên Hòa").
_BRANCHES_OF = re.compile(
    r"\b((cac|nhung|\d+|hai|ba|bon|nam) chi nhanh|chi nhanh (truc thuoc|cua|thuoc))\s*$"
)
# What a place is made of or ranks as, told right after its name: "Xã Song Lãng có 6 thôn với gần 7.800 nhân khẩu",
# "Quận Cái Răng có diện tích tự nhiên 68,3 km², dân số ...", "Phường Đại Phúc là một trong những đơn vị dẫn đầu".
_DESCRIBED = re.compile(
    r"\s*(co (tong )?(dien tich|dan so|\d+ (thon|ap|ban|buon|lang|xom|to dan pho|khu pho|khom)\b)|"
    r"la mot trong (nhung|cac) (don vi|dia phuong) (dan dau|di dau|co)\b)"
)
# "Về phía xã A có đồng chí ...": the side that receives the team, named right after.
_HOST_SIDE = re.compile(r"\bve phia (ubnd |uy ban nhan dan )?$")
# The one-stop office of a unit (its Bộ phận một cửa, its desk at the province's centre) is where the unit is inspected:
# "kiểm tra thực tế tại Bộ phận tiếp nhận và trả kết quả của thị trấn A" inspects thị trấn A, "kiểm tra trực tiếp tại
# quầy của Sở Xây dựng" the Sở, though "của" names an owner.
_OFFICE_OF = re.compile(
    r"\b(bo phan (tiep nhan (va tra ket qua|ho so)|mot cua)|(tai|va) (cac )?quay(?! lai))[^,.;]{0,40}?\bcua\s*$"
)
# "Đoàn làm việc với lãnh đạo Cục Hải quan Đồng Nai": the unit, through its leaders.
_WITH_ITS_LEADERS = re.compile(r"(lam viec|kiem tra|lv) voi (ban )?lanh dao( cac| ubnd)?\s*$")
# Offices of the team's members, near the unit ("hai tổ kiểm tra liên ngành với thành phần gồm Sở Nội vụ, Sở Tư pháp",
# "Thành phần mỗi Đoàn gồm ...", "hai Đoàn kiểm tra liên ngành (gồm Sở Nội vụ, Văn phòng UBND tỉnh, ...) đã kiểm tra").
_MEMBERS = re.compile(
    r"thanh vien|dai dien|tham gia doan\b|cung tham gia|phoi hop voi|cong chuc (cua )?$|can bo (cua )?$|"
    r"thanh phan (moi |cac |cua )?(doan|to|gom|la)\b|\b(doan|to)( kiem tra| cong tac)?( lien nganh)?( cua (?:(?!kiem tra)[^,.;:]){1,40}?)? \(?gom\b|"
    # "Đoàn được thành lập ..., gồm lãnh đạo phòng A", "Đoàn có 07 người, gồm cả công chức của Sở A, Sở B"
    r"\bgom:?( ca)? (lanh dao|dai dien|can bo|cong chuc|chuyen vien)|"
    r"\b(nguoi|thanh vien|can bo|cong chuc),? (deu )?den tu\b"  # "Đoàn có 11 người, đến từ các sở: Nội vụ, ..."
)
# A long list of the members' offices, however far down the list (one member a ";" item: "Thành phần Đoàn gồm: ông A,
# Phó Giám đốc Sở Nội vụ; bà B, Phó Trưởng phòng Sở Tư pháp; ..."), up to where the sentence says what they do.
# (a member office may be the "Kiểm tra" department: "các phòng: Tổ chức cán bộ, Kiểm tra, Quản lý thu")
_MEMBER_LIST = re.compile(
    r"\b(thanh vien|thanh phan (moi |cac |cua )?(doan|to|gom|la))\b(?:(?!kiem tra(?!,)|lam viec)[^.])*$"
)
# A sentence listing the officials who received the team ("Làm việc với Đoàn có ông X ... cùng lãnh đạo phòng A,
# phòng B"): its offices, however far down the list, were not inspected.
_RECEIVED_BY = re.compile(r"(tiep|lam viec) (va lam viec )?voi doan( kiem tra)?,? co\b")
# A unit named after a directive in the same clause receives a task ("đồng thời giao Sở A hoàn thiện ..."); it was not
# inspected.
# (not a team leader's "trực tiếp chỉ đạo, kiểm tra tại ...")
# (not the petitions, "phản ánh, kiến nghị", a check is about)
_DIRECTIVE = re.compile(
    r"(de nghi|(?<!phan anh, )(?<!phan anh )kien nghi|yeu cau|giao cho|giao nhiem vu|(?<!ban )(?<!truc tiep )chi dao|gui ve|gui bao cao|huong dan cua)\b[^;]*$"
    r"|\bgiao\s*$"
    # where a report goes: "báo cáo về phòng Nội vụ", "báo cáo kết quả khắc phục về phòng Nội vụ"
    r"|\b(gui|bao cao)( [a-z]+){0,4} ve\s*$|\bgui\s*$|\bbao cao (cho|toi)\s*$"
)
# A list of the team's findings, one unit per item ("Những tồn tại được đoàn chỉ ra:" then "- Xã A còn 27 hồ sơ ...").
_FINDINGS_HEAD = re.compile(r"(ton tai|han che|thieu sot|vi pham|uu diem|ket qua|neu cu the)[^:]*:$")
# What a results article says of each unit it inspected: its rank, its score, its class, a commendation, a count of
# the weakest.
_EVALUATED = re.compile(
    r"\b(dan dau|xep thu|xep loai|danh gia cao|dat loai|diem cao nhat|diem thap nhat|bieu duong|phe binh|thuc hien tot|"
    r"\d+(,\d+)? diem|"
    r"noi bat (nhat )?la|"  # "Nổi bật là Sở Kế hoạch và Đầu tư, UBND thị xã Hương Thủy"
    r"(cao|thap) nhat la|"  # "tỷ lệ số hóa bình quân đạt 79,4%; cao nhất là phường A (97,8%), thấp nhất là xã B"
    # "Còn 3 đơn vị nhiều hạn chế là xã A, xã B", "Bốn đơn vị còn nhiều hạn chế là ..."
    r"(\d+|hai|ba|bon|nam|sau|bay|tam|chin|muoi) don vi (con )?nhieu han che)\b"
)
# The one who commends them, right before: "Sở Y tế biểu dương Trung tâm A".
_EVALUATOR = re.compile(r"\s*(bieu duong|danh gia cao|khen ngoi|khen thuong)\b")
# A unit as the subject of a finding, opening its clause: "- Xã A còn ...", "Ngược lại, xã B chưa ...", "; tại xã C,
# bảng niêm yết ...", "Xã D và xã E, hai xã miền núi ..., còn nhiều hạn chế".
_CLAUSE_LEAD = re.compile(
    r"(?:^|[;:\n])[\s"
    + re.escape(BULLETS)
    + r"]*(?P<lead>(?:nguoc lai|trai lai|trong do|trong khi do|rieng|ngoai ra|ben canh do|dac biet|dang chu y|"
    r"tuy vay|tuy nhien|mat khac),?\s*)?(?P<at>tai\s+|o\s+)?(?P<few>(?:ca )?(?:hai|ba|bon|nam)\s+)?(?:(?:ubnd|uy ban nhan dan)\s+)?$"
)
_FINDING_AFTER = re.compile(
    r"\s*(?:\([^()]{1,40}\))?\s*"
    r"(?:(?:va (?:xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|so|phong|ubnd|cong an) [^,.;:]{1,40}?)?,|"
    r"(?:va [^,.;:]{1,60}?\s)?(?:con|chua|van|da|cham|niem yet|thuc hien|co|khong|bo tri|dat|"
    r"cap nhat|tiep nhan|giai quyet|so hoa|cong khai|duy tri|trien khai|ung dung)\b)"
)
# ... unless the clause tells the unit left out or formed: "Riêng xã A, do trùng lịch ..., chưa được kiểm tra và chuyển
# sang quý I", "Riêng xã B, ... Đoàn chưa kết nối được; việc kiểm tra xã này sẽ ...", "hai thị trấn C, D và 9 xã được
# thành lập phường".
_NOT_FOUND_THERE = re.compile(
    r"\b(chua (duoc )?(kiem tra|ket noi)|(chuyen|lui|hoan|doi) sang|se (duoc )?(kiem tra|tien hanh|lam viec|to chuc)|"
    r"trung lich|duoc thanh lap)\b"
)
_BETWEEN_SUBJECTS = re.compile(r"[\s,;" + re.escape(BULLETS) + r"]*((va|cung|ubnd|uy ban nhan dan)[\s,;]*)*")
# A team checking the unit in a sentence or clause that ends on it ("Sáng 24/9, Đoàn kiểm tra phường A."; "Sáng 16/10,
# Đoàn kiểm tra xã A; chiều cùng ngày ...") or goes on to its time ("Đoàn kiểm tra xã A vào buổi sáng"), not the team
# of a place ("Đoàn kiểm tra CCHC của UBND huyện A.").
_BARE_TEAM = re.compile(r"\b(doan|to) kiem tra $")
_ENDS_ITS_CLAUSE = re.compile(r"\s*([.:;](\s|$)|vao (buoi|sang|chieu|ngay)\b)")
# The team's own name ("Tổ kiểm tra cải cách hành chính của UBND huyện A"): A inspects.
_TEAM_OF = re.compile(
    r"\b(doan|to)( tu| cong tac)? kiem tra( cong tac)?( (cai cach hanh chinh|cchc))?( \(cchc\))?( nam \d{4})?"
    r"( so \d+)?( cua)?( (ubnd|uy ban nhan dan))? $|"
    # ... with more of its name before "của": "Đoàn kiểm tra công tác CCHC gắn với thực hiện Đề án 06 của UBND huyện
    # Cao Lãnh", "Đoàn kiểm tra công tác cải cách hành chính, chuyển đổi số năm 2025 của UBND thành phố Hà Nội"
    r"\b(doan|to)( cong tac)? kiem tra cong tac((?! (tai|da|lam viec|den|o|cho|ve)\b)[^.;:]){0,80}? cua"
    r"( (ubnd|uy ban nhan dan))? $"
)
# The office in a person's post, after a comma: "bà X, Trưởng phòng Cải cách hành chính, Sở Nội vụ".
_POST_OF = re.compile(
    r"\b((truong|pho) phong|giam doc|chanh van phong|chuyen vien|vu truong|cuc truong)\b"
    r"(?:(?! da | kiem tra)[^,;()]){0,50},\s*$"
)
# A list's opening on its own, after the sentence that counts its units: "Đoàn đã kiểm tra trực tiếp tại 03 UBND huyện
# và 09 UBND xã. Cụ thể:" then "1. Các sở: ...", "2. Các huyện: huyện A; huyện B."
_BARE_SPECIFICS = re.compile(r"\s*(cu the|nhu sau)\s*:\s*")
# A sentence naming the units the one before it counted.
_NAMED_AFTER_COUNT = re.compile(r"\s*(do la|day la|cu the|gom co|trong do co)\b")
# "Đối với ..., Sở Nội vụ sẽ phối hợp kiểm tra lại", or a table's row of a results notice: "UBND huyện Đakrông | Đợt 2
# (dự kiến tháng 10/2023)"
# (past an aside on the unit: "Riêng phường Hải Châu II, đơn vị có cùng trụ sở với phường Hải Châu I, sẽ được Tổ số
# 2 kiểm tra")
_TO_COME_AFTER = re.compile(
    r"\s*(?:,[^,.;:]{1,80},\s*)?(?:(se|sap)\s|[:|]\s*(dot (\d+|[ivx]+)\s*)?\(?\s*du kien\b)"
)
# A unit doing the inspecting side's paperwork, or where the team does its own: "Sở Nội vụ tổng hợp kết quả, báo cáo
# UBND tỉnh", "các thành viên Đoàn làm việc tại phòng Nội vụ để tổng hợp số liệu", "Đoàn làm việc tại phòng Nội vụ,
# tổng hợp biên bản".
_ACTS_AFTER = re.compile(
    r"\s*,?\s*(tong hop|tham muu|de (tong hop|thong nhat|hoan thien|xay dung du thao)"
    # the body that issues the round's plan: "..., Văn phòng UBND tỉnh đã ban hành Kế hoạch số 38/KH-VP về kiểm tra"
    r"|(da |vua )?ban hanh (ke hoach|quyet dinh)[^.;]{0,60}\bkiem tra"
    # ... or its conclusions: "..., Sở Nội vụ thông báo kết luận của Đoàn kiểm tra như sau:", "BHXH tỉnh đã ban hành
    # thông báo kết luận"
    r"|(da |vua )?(ban hanh )?thong bao (ket luan|ket qua)( kiem tra)?)\b"
)
# What a directive's next clause asks of a list of units: "...; UBND huyện Lấp Vò, huyện Cao Lãnh chỉ đạo, theo dõi
# việc khắc phục của xã thuộc địa bàn".
# ... or puts on a later plan: "đưa huyện Sơn Hòa, thị xã Sông Cầu và Sở Tài nguyên và Môi trường vào kế hoạch kiểm tra
# năm 2019".
_ASKED_TO_FOLLOW = re.compile(
    r"\s*(chi dao,? (theo doi|don doc)|theo doi,? don doc|vao (ke hoach|danh sach)( kiem tra)? (nam|dot) (sau|toi|\d+))\b"
)
# Where the team meets on its own business: "đoàn họp thống nhất dự thảo kết luận tại Sở Nội vụ".
# ... or a stop on the road: "đoàn phải dừng lại tại xã Yên Minh chờ thông đường", "nghỉ lại tại xã B"
_MEETING_PLACE = re.compile(
    "(?:" + TEAM_MEETING + r")[^;.]{0,60}\btai\s*$|\b(dung|nghi) lai tai\s*$|"
    r"\b(doan|to)\b[^;.]{0,30}\btong hop (ket qua|so lieu|bien ban)[^;.]{0,30}\btai\s*$"  # "các thành viên Đoàn tổng hợp kết quả kiểm tra tại Sở Nội vụ"
)


# Where a person quoted lives: "ông Nguyễn Văn Tám, ở thôn Vạn Tường, cho biết", "ông Trần Văn Hùng (tổ dân phố 12)",
# "ông X (trú phường Mân Thái)".
_RESIDENT = re.compile(
    # (and a unit's neighbour: "xã Nham Sơn, địa phương giáp thị trấn Neo")
    r"\b(tiep )?giap( ranh)?( voi)?\s*$|"
    # (not "ba", three, before what it counts: "Ba đơn vị xếp loại trung bình (xã A, xã B và ...)")
    r"(?:\b(ong|ba|anh|chi|cu)\s(?!(don vi|xa|phuong|thi tran|co quan|dia phuong|so|huyen|phong|truong)\b)"
    r"[^,;.()]{2,30}(,\s*(o|tru o|tru tai|ngu o|que o|que)|\(\s*((o|tru o|tru|ngu o|que o|que)\s)?)"
    # "một người dân ở khu phố Duệ Đông", "công dân ở xã Dương Xá", "hộ sản xuất, kinh doanh gốm sứ ở thôn Giang Cao"
    r"|\b(nguoi dan|cong dan|ho)\b[^.;:()]{0,40}\s(o|tru o|tru tai|cu tru tai))"
    r"(\s[^,;.()]{2,30},)?\s*$"  # the address's next part: "trú tại thôn Trà Kiệu Tây, xã Duy Sơn"
)
# The public-service units of the places named next, checked in their stead: "tại các trường học xã Yên Lạc", "tại
# trường học, trạm y tế và công an hai xã Hàm Chính, Hàm Liêm", "tại 5 đơn vị sự nghiệp trên địa bàn các xã ...".
_PUBLIC_UNIT = r"(?:cac )?(?:truong hoc|tram y te|cong an|don vi su nghiep|co so giao duc)"
_PUBLIC_UNITS_OF = re.compile(
    r"\b" + _PUBLIC_UNIT + r"(?:(?:,| va) " + _PUBLIC_UNIT + r")*(?: (?:cua|tren dia ban|thuoc|o))?"
    r" (?:(?:cac|hai|ba|bon|nam|\d+) )?$"
)
# What makes the unit after it an owner, a place or a yardstick, not the unit inspected: "của", "trực thuộc ở", "so
# với", "đông nhất TP Thủ Đức", a head's post.
_OWNER_BEFORE = re.compile(
    r"(cua|thuoc( khu vuc| o| cac)?|tren dia ban|dia ban|truc thuoc( o)?|so voi|(?<!hop )\bnhat( cua| trong| toan)?|chu tich|giam doc|"
    r"truong phong|lanh dao|"
    r"qua|\(qua|nha nuoc|chanh|boi)\s*$"
)


# A check the text says did not reach the unit: "không kiểm tra trực tiếp tại các Chi nhánh ... ở huyện A", "chưa kiểm
# tra tại xã B".
_NOT_CHECKED = re.compile(r"\b(khong|chua)( duoc)?( (truc tiep|thuc te|den))? (kiem tra|phuc tra)\b[^.;]*$")
# ... or told after the list: "Đối với thị trấn A và các xã B, C chưa được kiểm tra trực tiếp trong năm 2022, ..."
_NOT_CHECKED_AFTER = re.compile(
    r",?\s*(la (cac |nhung )?(don vi|xa|phuong|co quan) )?(chua|khong) (duoc )?(kiem tra|phuc tra)\b|"
    # (or the clause goes on to say so: "Đối với thị xã A và Sở B - hai đơn vị đạt yêu cầu, Đoàn không phúc tra trực tiếp",
    # "..., UBND thành phố không tổ chức phúc tra", "... - hai đơn vị không thuộc diện phúc tra", "..., nhưng do bão
    # số 9 ... nên Đoàn chưa thể kiểm tra")
    r"[^.;]{0,160}?\b(khong|chua) (to chuc |thuoc dien |tien hanh |the |duoc )?(truc tiep )?(kiem tra|phuc tra)\b|"
    # (or out of the schedule: "Hai xã A và B đã được kiểm tra trong đợt 1 nên không nằm trong lịch kiểm tra đợt này")
    r"[^.;]{0,160}?\bkhong (nam trong|thuoc|dua vao) (lich|danh sach|ke hoach)\b|"
    # (or out of the round: "UBND huyện Thuận Nam và Sở Y tế không thuộc đối tượng kiểm tra năm 2024 nhưng ...")
    r"[^.;]{0,160}?\bkhong thuoc (doi tuong|dien|pham vi)( duoc)? (kiem tra|phuc tra)\b"
)
# Units named beside those the round checked: "Ngoài 07 đơn vị được kiểm tra, UBND thành phố Tuy Hòa và Sở Giao thông
# vận tải có tỷ lệ hồ sơ trễ hạn trên 5%" (unless the team checked them too: "..., Đoàn còn kiểm tra tại xã A").
_BESIDE_THOSE_CHECKED = re.compile(
    r"\bngoai (\d+|cac|nhung) [^.;:]{0,40}?\b(duoc|da duoc|da) kiem tra\b(?P<rest>[^.;]*)$"
)
_CHECKED_TOO = re.compile(r"\b(con|cung)( [a-z]+){0,2} (kiem tra|lam viec)\b")
# A team's work told as done, up to the unit: in a plan, a round before it.
_DONE = re.compile(r"\b(doan|to)\b[^.;:]{0,40}\bda (kiem tra|lam viec)\b[^.;:]*$")
# ... or a list of them a plan says were inspected before: "Các xã A, B và C đã được kiểm tra trực tiếp trong năm 2016
# nên năm nay tự kiểm tra".
_DONE_AFTER = re.compile(r"\s*(da|vua) duoc\b")


# A clause opening on a month or a year after the page's: "Trong tháng 11, đoàn tiếp tục kiểm tra các xã A, B" on a
# page of October; "...; năm 2018 ưu tiên kiểm tra thành phố A, huyện B" on a page of 2017.
_PAST = re.compile(r"\bda\b")
_PERIOD_OPENING = re.compile(
    r"((trong|vao|den|dau|giua|cuoi) )?"
    r"(thang (?P<month>\d{1,2})(/(?P<year>\d{4}))?|nam (?P<whole_year>\d{4}))\b(?![/\d])"
)


def _later_period(page: Page, before: str) -> bool:
    """Whether the unit's clause opens on a month or a year after the page's, and tells nothing done since: a round
    to come."""
    published = page.meta.published
    if not published:
        return False
    clause = before.rfind(";") + 1
    clause += len(before[clause:]) - len(before[clause:].lstrip())
    for opening in (_PERIOD_OPENING.match(before), _PERIOD_OPENING.match(before, clause)):
        if opening is None or _PAST.search(before, opening.end()):
            continue
        if opening["whole_year"]:
            later = int(opening["whole_year"]) > int(published[:4])
        else:
            year = int(opening["year"] or published[:4])
            later = (year, int(opening["month"])) > (int(published[:4]), int(published[5:7]))
        if later:
            return True
    return False


# ... or closing its list: "ngoài ba xã trên, đoàn còn kiểm tra tại xã A và thị trấn B trong quý IV" on a page of
# September.
_PERIOD_AFTER = re.compile(
    r"\s*(trong|vao) ((dau|giua|cuoi) )?(quy (?P<quarter>iv|iii|ii|i|[1-4])|thang (?P<month>\d{1,2}))"
    r"(/(?P<year>\d{4}))?\b(?![/\d])"
)
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def _later_period_after(page: Page, end: int, s_start: int, s_end: int) -> bool:
    """Whether a quarter or a month after the page's follows the unit's list, its sentence telling nothing done."""
    published = page.meta.published
    period = _PERIOD_AFTER.match(page.folded, end, s_end)
    if not published or period is None or _PAST.search(page.folded, s_start, s_end):
        return False
    year, month = int(period["year"] or published[:4]), int(published[5:7])
    if period["quarter"]:
        quarter = _QUARTERS.get(period["quarter"]) or int(period["quarter"])
        return (year, quarter) > (int(published[:4]), (month + 2) // 3)
    return (year, int(period["month"])) > (int(published[:4]), month)


def _row_or_clause(page: Page, s_start: int, s_end: int, start: int, end: int) -> tuple[int, int]:
    """A schedule's row whole, its day and its units ("- 27 - 28/9/2022: UBND huyện A; UBND xã B, UBND xã C"), or
    else the unit's clause."""
    if LIST_ITEM.match(page.text, s_start):
        return s_start, s_end
    return semicolon_clause(page.text, s_start, s_end, start, end)


def _on_a_later_day(page: Page, found: Found, clause_start: int, clause_end: int) -> bool:
    """Whether the unit's clause gives its day, after the page's, and tells nothing done: a stop still to come
    ("...; ngày 20/10, Đoàn làm việc tại xã Quang Bình" on a page of 19 October), unless it is the visit the
    headline announces."""
    published = page.meta.published
    if (
        not published
        or page.facts.get("kind") != "visit"
        or _PAST.search(page.folded, clause_start, clause_end)
        or fold(found.value.name) in fold(page.meta.title or "")
    ):
        return False
    published_on = date.fromisoformat(published)
    first = bisect_left(page.dates, clause_start, key=lambda f: f.start)  # (the dates are in text order)
    for mention in takewhile(lambda f: f.start < clause_end, page.dates[first:]):
        if "legal" not in mention.tags:
            year, month, day = mention.value.first
            with suppress(ValueError):  # (a day without its year two months on is last year's)
                if published_on < date(year or published_on.year, month, day) <= published_on + _SOON:
                    return True
    return False


_SOON = timedelta(days=60)


# An earlier month told after the unit: "Đoàn số 2 đã hoàn thành kiểm tra tại huyện Cư Jút hồi tháng 7".
_RECALLED_AFTER = re.compile(r"[^.;]{0,80}?\bhoi (dau |giua |cuoi )?thang \d+\b")


def _to_come_after(page: Page, end: int) -> bool:
    """ "xã A sẽ ...": the unit's clause goes on in the future (the word as written, so not "huyện Chư Sê")."""
    match = _TO_COME_AFTER.match(page.folded, end)
    return match is not None and (match.group(1) is None or page.text[match.start(1)].islower())


# A unit whose visit was put off to a later round: "Buổi kiểm tra phòng Y tế dự kiến chiều cùng ngày được lùi sang
# đợt 2".
_PUT_OFF = re.compile(  # (or "được lùi sang đầu năm 2019"; or, past the schedule, "...; tuy nhiên, do ... UBND huyện
    # đồng ý lùi buổi kiểm tra sang tháng 01/2019")
    r"[^.;]{0,60}?\b(lui|hoan|chuyen|doi) sang ((dau|giua|cuoi) )?((dot|lan)( kiem tra)?|nam|thang|tuan|quy) "
    r"(sau|toi|\d+|quy [ivx\d]+)\b|"
    r"[^.;]{0,40}?;\s*tuy nhien\b[^.]{0,120}?\b(lui|hoan)\b[^.;]{0,30}?\bsang\b"
)
# ... or before a list of the units put off: "năm xã còn lại ... được lùi sang quý I/2026, gồm: xã A, xã B" (not where
# the round then went: "Đợt 2 được lùi sang tháng 11, tiến hành tại xã A")
_A_LATER_PERIOD = r"((dau|giua|cuoi) )?(dot|lan|nam|thang|tuan|quy|ke hoach)\b"
_PUT_OFF_BEFORE = re.compile(
    r"\b(lui|hoan)( lai)? sang "
    + _A_LATER_PERIOD
    + r"(?![^.;]*\b(tien hanh|to chuc|dien ra|kiem tra tai|lam viec tai)\b)[^.;]*$"
)
# ... or around it: "UBND tỉnh đã đồng ý lùi việc kiểm tra huyện Ia H'Drai sang năm 2021".
_CHECK_PUT_OFF = re.compile(r"\b(lui|hoan|doi|chuyen)( lai)? (viec |buoi |lich )?kiem tra (tai )?$")
_TO_LATER = re.compile(r"\s*sang " + _A_LATER_PERIOD)
# ... or put off with no day to go to, later in its sentence: "các buổi kiểm tra tại xã Hòa Phú (dự kiến ngày 28/7),
# xã Hòa Khương (ngày 30/7) và xã Hòa Châu (ngày 04/8) được lùi lại; thời gian cụ thể sẽ được thông báo sau", "buổi
# kiểm tra tại xã Sủng Máng phải tạm hoãn, dự kiến thực hiện trong tháng 12".
_CALLED_OFF_LATER = re.compile(
    r"(?:(?!\b(da|tien hanh|lam viec)\b)[^;])*?\b(duoc|bi|phai) (tam )?(lui|hoan)( lai)?\b[^.]{0,20}?"
    r"\b(thoi gian cu the|(cho )?den khi co thong bao|du kien)\b"
)
# ... or named as the plan first had it, the sentence going on to a check to come: "Theo kế hoạch ban đầu, thị xã Phú
# Mỹ và huyện Đất Đỏ được kiểm tra trực tiếp trong tháng 11; do dịch bệnh, Đoàn sẽ kiểm tra hai đơn vị này trong tháng
# 12/2021."
_ORIGINAL_PLAN = re.compile(r"\W*theo (ke hoach|lich|du kien) ban dau\b")
_FUTURE = re.compile(r"\bse\b")
# ... or checked in another's stead: "Xã Nâm N'Đir được kiểm tra thay cho xã Quảng Phú", "đồng ý thay xã Quảng Phú bằng
# xã Nâm N'Đir".
_REPLACED = re.compile(r"\bthay (cho|the)\s*$")
_REPLACED_BY = (re.compile(r"\bthay\s*$"), re.compile(r"\s*bang\b"))  # ("nhận thấy xã A" folds alike)
# (not the day it was to be checked before: "UBND huyện Nông Cống (trước đây dự kiến ngày 17/9/2020)"; nor the name
# it had: "Chi nhánh ... khu vực Đồng Xoài (trước đây là Trung tâm ... tỉnh Bình Phước)")
_FORMER = re.compile(
    # (not where a unit of today formerly belonged: "hai xã Tân Hưng và Vĩnh Hưng (trước đây thuộc các huyện ...)")
    r"\s*\(?\s*(cũ|trước đây(?! (dự kiến|theo lịch|theo kế hoạch|là|thuộc))|trước (khi )?(sắp xếp|sáp nhập|hợp nhất))(?!\w)"
)
# ... and so is each of a list the words close without brackets: "các phường thuộc ba khu vực Thủ Đức, Quận 2 và Quận 9
# trước đây" (a bracket's "(cũ)" is its own item's).
_LIST_FORMER = re.compile(r"[^\S\n]+(cũ|trước đây)(?!\w)")
# A department inside the unit where the team looked: "Phòng Tài chính - Kế toán của Bệnh viện", "Phòng Đăng ký kinh
# doanh thuộc Sở".
_DEPARTMENT_OF = re.compile(
    r"(?:\s*[-–]\s*[^,;.()]{1,30}?)?\s+(?:của|thuộc)\s+"
    r"(?:(?i:bệnh viện|trung tâm|sở|chi cục|cục|trường|viện|đơn vị|nhà trường|cơ quan)(?!\w)|(?-i:Ban\b))"
)


# A unit a request is addressed to, not inspected: "Đối với Sở Y tế, Trưởng đoàn đề nghị Sở chỉ đạo ...".
_ADDRESSED = re.compile(
    r"\s*,\s*(truong doan|(doan|to)( kiem tra)?|ong|ba|dong chi)\b[^.;,]{0,40}?\b(de nghi|yeu cau|kien nghi)\b"
)


def _beside_those_checked(page: Page, before: str, s_start: int, s_end: int) -> bool:
    """Whether the unit is named beside the units the round checked and the sentence says the team checked no more."""
    beside = _BESIDE_THOSE_CHECKED.search(before)
    return beside is not None and not _CHECKED_TOO.search(page.folded, s_start + beside.start("rest"), s_end)


_OFFICE_WORDS = frozenset({"Sở", "UBND", "Ủy", "Uỷ", "Phòng", "Văn", "Công", "Trung", "Chi", "Ban", "Thanh"})


def _directed(page: Page, s_start: int, start: int) -> bool:
    """Whether a directive comes before the unit in its clause: "chỉ đạo", "Đề nghị", not the commune "Chỉ Đạo"
    (a name capitalises each of its words)."""
    pos = s_start
    while match := _DIRECTIVE.search(page.folded, pos, start):
        words = page.text[match.start() : match.start() + 20].split()[:2]
        # (a place's name, "huyện Giao Thủy", is no directive; "Giao Sở Tài nguyên ..." is)
        if not (len(words) == 2 and all(word[:1].isupper() for word in words)) or words[1] in _OFFICE_WORDS:
            return True
        pos = match.start() + 1
    return False


def _is_address_of(text: str, previous: Found | None, found: Found) -> bool:
    """ "xã Tân Tập, huyện Cần Giuộc", "xã Bản Vược (huyện Bát Xát)": the district only locates the commune named just
    before it (whether or not that mention was kept: the headline may have named the commune first)."""
    if previous is None:
        return False
    gap = text[previous.end : found.start].strip()
    levels = ("commune", "district", "province")
    before, after = (UNIT_LEVEL.get(f.value.type or "") for f in (previous, found))
    if (
        previous.value.type == "body"
        and (
            gap in _BODY_ADDRESS
            or gap == ","
            and previous.value.name.startswith("Trường ")
            or _HAMLET_AND_COMMA.match(fold(gap))
        )
        or gap.lstrip(", ") in _SEATED_AT
    ):
        # "Hạt Kiểm lâm huyện Bố Trạch (thị trấn Hoàn Lão)", "Đội số 3 ở thị trấn Vôi", "Trung tâm Y tế huyện A, đóng
        # tại thị trấn B", "Trường Mầm non Phước Hòa, thôn Bình Lâm, xã Phước Hòa"; the hamlet too ("(ấp Mỹ Thành")
        return after in (*levels, "hamlet")
    return (
        gap in (",", "", "(")
        and before in levels
        and after in levels
        and levels.index(after) > levels.index(before)
    )


# A unit the clause opens at, the comma after it closing that opening: "Đối với UBND huyện Đức Thọ, Sở Nội vụ đề nghị",
# "Tại xã Giao Xuân, Công an xã cùng tổ công nghệ số"; not a list it heads ("Tại xã A, xã B và xã C, ...").
_LEAD_OPENING = re.compile(r"(?:^|[.;:\n])\W*(?:tai|doi voi|voi|o|rieng)\s+(?:(?:ubnd|uy ban nhan dan)\s+)?$")


def _closes_its_lead(page: Page, item: Found, found: Found) -> bool:
    """Whether only the comma that closes the clause's opening at `item` stands between it and `found`, another
    kind of unit."""
    return (
        page.text[item.end : found.start].strip() == ","
        and (item.value.type or "") != (found.value.type or "")
        and _LEAD_OPENING.search(page.folded, max(0, item.start - 40), item.start) is not None
    )


def _locates_an_address(text: str, two_back: Found | None, previous: Found | None, found: Found) -> bool:
    """ "Trường Mầm non Phước Hòa, thôn Bình Lâm, xã Phước Hòa": the place after a hamlet that gives a body's address
    goes on with that address."""
    return (
        previous is not None
        and UNIT_LEVEL.get(previous.value.type or "") == "hamlet"
        and text[previous.end : found.start].strip() == ","
        and _is_address_of(text, two_back, previous)
    )


def _locates_in_brackets(text: str, previous: Found | None, found: Found) -> bool:
    """ "xã Bản Vược (huyện Bát Xát)": the bracket opens on the place that locates the unit before it."""
    return (
        text[previous.end : found.start].strip() == "(" and _is_address_of(text, previous, found)
        if previous
        else False
    )


# An address the unit's place sits in: "Trung tâm Y tế thành phố Sông Công (địa chỉ tổ dân phố 4, phường Thắng Lợi)",
# "Chi cục Kiểm lâm (số 02 Nguyễn Hội, phường Phú Trinh)", a table's "Trụ sở đơn vị, phường Đồng Hới" or "(Địa bàn:
# thị xã Từ Sơn)", or a street, a residential group or the seat it worked at ("(tổ 3, phường Nùng Trí Cao)", "(làm
# việc tại trụ sở Chi cục, đường Trần Thái Tông, thành phố Nam Định)").
_ADDRESS_BEFORE = re.compile(
    r"(\(\s*(so \d|so nha |dia (chi|ban|diem)\b|to (dan pho )?\d+\s*,|duong |(lam viec )?tai tru so\b)|\bdia chi:? |"
    r"\btru so( don vi| co quan)?, )[^()|;]{0,100}$|"
    r"\btru so (dat |dong )?(tai|o) $|"  # "xã Tả Lèng, trụ sở đặt tại xã Giang Ma (huyện Tam Đường cũ)"
    # (of a unit not named as one: "Cơ sở Cai nghiện ma túy tỉnh, đóng tại huyện Mỹ Tú"), or a distance from it: "cách
    # trung tâm thành phố Bắc Giang gần 80 km"
    r", (dong|toa lac) (tai|tren dia ban) $|\bcach (trung tam )?$|"
    # where a unit lies, told of it: "ngôi trường có 1.620 học sinh ở trung tâm thành phố Nha Trang"
    r"\bo (ngay )?(trung tam|phia (bac|nam|dong|tay)( cua)?|ria|cua ngo) $|"
    # where the team met a province's committee: "làm việc với UBND tỉnh tại phường Quy Nhơn"
    r"\blam viec voi (ubnd|uy ban nhan dan) tinh( (?!va |roi |sau |kiem |lam )[a-z]+){0,3} tai $"
)
# What puts a place after a unit as its address; after a body, a bracket or "ở" too.
_SEATED_AT = frozenset(
    {
        "đóng tại",
        "đóng trên địa bàn",
        "trụ sở tại",
        "có trụ sở tại",
        "(trụ sở tại",
        "đặt trụ sở tại",
        "đặt tại",
    }
)
_BODY_ADDRESS = _SEATED_AT | {"(", "ở"}
# ... or a place below a commune, a street or a number before it: "(ấp Mỹ Thành, xã Định Mỹ)", ", xóm 7, xã Hải
# Phương", ", số 47 đường Giải Phóng, thị trấn Phước An", ", đóng tại thôn Xuân Phương, xã Phước Sơn"
_HAMLET_AND_COMMA = re.compile(
    r"[,(]\s*(dong tai |dia chi:? )?(thon|xom|ap|khu pho|khu|khom|to dan pho|to|so \d+\w?|duong|pho)\b[^,;.()]{1,60},$"
)


_ITEM_OPENING = re.compile(r"\W*(\d+|[a-z])[./)]\s*")
# (or its bullet alone, "- ", "+ "; and the unit's people's committee: "d) UBND thị trấn Ngô Mây (sáng 13/9):")
_BULLETED_ITEM = re.compile(r"\W*(" + _ITEM_OPENING.pattern + r")?((ubnd|uy ban nhan dan) )?")
_DAY_IN_BRACKETS = re.compile(  # (with the team that went: "Phường Trấn Biên (Tổ 1, ngày 04/11):")
    r"( va [^():;.]{2,40})?\s*" + TEAM_AND_DAY_OPENING + r"\d{1,2}(/\d{1,2})?"
    r"( va (ngay )?\d{1,2}/\d{1,2})?(/\d{4})?\)\s*:"
)


_SAID_INSPECTED = re.compile(r"\bduoc (chon )?kiem tra\b")


# An aside after the unit telling the year it was inspected: "Tại xã Thanh Đức, đơn vị được Đoàn kiểm tra năm 2023, ...".
_YEAR_ASIDE = re.compile(r"\s*,[^,;.]{0,60}?\bnam (?P<year>\d{4})\s*,")


def _earlier_year_aside(page: Page, end: int, s_end: int) -> bool:
    """Whether the aside right after a unit dates it to a year before the page's: that year's round, recalled."""
    aside = _YEAR_ASIDE.match(page.folded, end, s_end)
    published = page.meta.published
    return bool(aside and published and int(aside["year"]) < int(published[:4]))


_BY_OR_BECAUSE = re.compile(r"(?<!\w)[Dd]o (?:UBND |Ủy ban nhân dân )?$")
_RECEIVED_AT = re.compile(
    r"\bduoc (tiep nhan|giai quyet|tra ket qua)( va (tra ket qua|giai quyet))? (truc tiep )?tai $"
)


def _triggered(page: Page, found: Found, before: str, s_start: int, s_end: int) -> bool:
    """Whether the text around a unit says it was inspected: a trigger before it in its sentence or in the line that
    opens its list, the head of a list of findings, or a passive "được kiểm tra" after it."""
    # (not where procedures are handled, "100% TTHC được tiếp nhận và trả kết quả tại Trung tâm ...", nor who does
    # something else or why: "hồ sơ do Bộ phận một cửa huyện chuyển đến", "Do xã A đang khắc phục ...")
    if _RECEIVED_AT.search(before) or _BY_OR_BECAUSE.search(
        page.text, max(s_start, found.start - 30), found.start
    ):
        return False
    if _INSPECTED_TRIGGER.search(before) or _INSPECTED_AFTER.search(page.folded[found.end : s_end]):
        return True
    if "enumerated" in found.tags and _SAID_INSPECTED.search(page.folded, found.start, found.end):
        return True  # the list's own head says so: "10 xã được kiểm tra gồm: Bản Vược, Cốc Mỳ, ..."
    if before.endswith("tai ") and _TEAM_AFTER_PLACE.match(page.folded, found.end, s_end):
        return True  # "Chiều cùng ngày, tại xã Cư Huê, đoàn kiểm tra ngẫu nhiên 20 hồ sơ"
    # a report's paragraph per day: "Ngày 12/10, tại xã Triệu Trạch, tỷ lệ số hóa hồ sơ đạt 88%"
    if (
        _DAY_AT_PLACE.fullmatch(before)
        and _FINDING_AFTER.match(page.folded, found.end, s_end)
        and not _earlier_year_aside(page, found.end, s_end)
    ):
        return True
    # a notice's item per unit and its day: "2. Huyện Hải Hà (ngày 13/9): còn 14 hồ sơ trễ hạn", "- Xã Thanh Phước
    # (ngày 12/9): tiếp nhận 2.104 hồ sơ"
    if _BULLETED_ITEM.fullmatch(before) and _DAY_IN_BRACKETS.match(page.folded, found.end, s_end):
        return True
    if (
        page.facts.get("kind") == "results"
        and _EVALUATED.search(page.folded, s_start, s_end)
        and "noi vu" not in fold(found.value.name)  # the office that inspected and scored them
        and not _leaders_body(page, found)
        and not _EVALUATOR.match(page.folded, found.end)
    ):
        return True  # a campaign's results rank, score or commend the units it inspected
    # a campaign's item per unit, among others like it: "Phường Ba Đình: Từ ngày 01/7 ..., phường tiếp nhận ..."
    if page.facts.get("kind") == "results" and _heads_an_item(page, found):
        return _items_per_unit(page) >= 2
    # what a campaign found at a unit: "Ngược lại, Phường 2 (thị xã Vĩnh Châu) còn 35 hồ sơ ...", or a visit to units
    # it only counted: "... kiểm tra tại 6 xã." then "Riêng xã Mã Thành còn 7 hồ sơ trễ hạn"
    kind = page.facts.get("kind")
    lead = _CLAUSE_LEAD.search(before) if kind in ("results", "visit") else None
    if (
        lead
        and (
            kind == "results"
            # (a visit's with a word that leads it: not "Huyện Tuy An có 16 xã", the inspecting district's)
            or bool(lead["lead"] or lead["at"] or lead["few"])
            and _counts_its_units(page)
        )
        and _FINDING_AFTER.match(page.folded, found.end, s_end)
        and not _NOT_FOUND_THERE.search(page.folded, found.end, s_end)
    ):
        return True
    if _NAMED_AFTER_COUNT.match(before) and _COUNT_CHECKED.search(previous_sentence(page, s_start)):
        return True  # "Đoàn đã kiểm tra tại 06 cơ quan chuyên môn và 05 xã. Đó là các phòng: ..."
    head = list_head(page, s_start)
    if _BARE_SPECIFICS.fullmatch(head):  # its sentence before counts what the list names
        head = f"{previous_sentence(page, page.folded.rfind(head, 0, s_start)).rstrip(' .')}, {head}"
    aside = page.text.count("(", s_start, found.start) > page.text.count(")", s_start, found.start)
    # a row of a table of ratings under its header ("Đơn vị | Xếp loại", then "- Phường Văn Chương: Tốt.")
    rated = page.facts.get("kind") == "results" and _EVALUATED.search(head)
    return not aside and bool(  # a row's bracketed aside: "(thời gian cụ thể Sở Nội vụ sẽ thông báo sau)"
        _INSPECTED_TRIGGER.search(head)
        or (
            (_FINDINGS_HEAD.search(head) or rated or _counted_above(page, head, s_start))
            and _leads_item(page, s_start, found)
        )
        # ... or a class's row listing its units ("Xếp loại | Số đơn vị | Đơn vị", then "- Tốt: 4 đơn vị; Sở Tư pháp,
        # huyện Nghi Lộc")
        or rated
        and _RATING_ROW.match(page.folded, s_start)
    )


_RATING_ROW = re.compile(r"\s*[-+•*]?\s*(xuat sac|tot|kha|trung binh|yeu|kem)\s*:")


# A row's label and its colon, all before a unit: "- Từ ngày 13 đến 15/4/2021: ", "+ Quý II/2024: UBND ".
_ROW_OPENING = re.compile(r"[-+•*]?\s*[^:;,\n]{1,40}:\s*(?:ubnd\s+)?")


def _counts_its_units(page: Page) -> bool:
    """Whether the text says where the team went by a count or "một số" alone ("đã kiểm tra trực tiếp ... tại 6 xã
    trên địa bàn huyện", "làm việc với một số sở, ngành"), naming the units only in what it found."""
    return _COUNTED_UNITS.search(page.folded) is not None


_COUNTED_UNITS = re.compile(
    r"\b(kiem tra|lam viec)\b[^.;:]{0,100}?\b(tai|voi) (\d+|mot so|hai|ba|bon|nam|sau|bay|tam|chin|muoi) "
    r"(xa|phuong|thi tran|don vi|co quan|dia phuong|huyen|so|chi cuc|phong)\b(?![^.;:]{0,60}:)"
)


# What may come before a unit heading its item, folded: its number or letter, its people's committee ("1. UBND ", "c) ").
_ITEM_OPENING_UNIT = re.compile(
    r"(?P<marker>" + _ITEM_OPENING.pattern + r")?\W*(?:(?:ubnd|uy ban nhan dan)\s+)?"
)
# What follows a unit heading its item: a colon, or nothing but an aside ("đ) Xã Tân Hiệp (Cù Lao Chàm)").
_ITEM_HEAD_END = re.compile(r"\s*(?::|\([^()\n]{0,40}\)\s*$|$)", re.MULTILINE)


def _heads_an_item(page: Page, found: Found) -> bool:
    """Whether the unit opens its line and a colon or the line's end follows it: "Phường Ba Đình: ...", "c) Phường Cửa
    Đại", not the headline's inspecting district ("Huyện Krông Búk: Kết quả kiểm tra ...")."""
    line_start = page.text.rfind("\n", 0, found.start) + 1
    title = page.meta.title or ""
    opening = _ITEM_OPENING_UNIT.fullmatch(page.folded, line_start, found.start)
    end = _ITEM_HEAD_END.match(page.text, found.end)
    return (
        opening is not None
        and end is not None
        # (a line with the unit alone is an item's head only under its number or letter, not a letterhead)
        and (":" in end.group(0) or opening["marker"] is not None)
        and not (title and page.text.startswith(title, line_start))
    )


def _items_per_unit(page: Page) -> int:
    """How many lines open on a unit and a colon: a campaign's results told one unit per item."""
    if "items_per_unit" not in page.facts:
        page.facts["items_per_unit"] = sum(_heads_an_item(page, u) for u in page.units)
    return page.facts["items_per_unit"]


def _counted_above(page: Page, head: str, s_start: int) -> bool:
    """Whether a table's header row follows the count of the units it lists ("đoàn đã kiểm tra 4 xã, phường thuộc
    khu vực ...", then "STT | Xã, phường | Khu vực | Hồ sơ tiếp nhận" and a row per unit), or a heading of the
    results at them ("Kết quả tại các xã, thị trấn")."""
    if "|" not in head:
        return False
    at = page.folded.rfind(head, 0, s_start)
    above = previous_sentence(page, at)
    while _TABLE_CAPTION.match(above):  # (past the table's caption: "Bảng: ...", "(Đơn vị tính: hồ sơ)")
        at = page.folded.rfind(above, 0, at)
        above = previous_sentence(page, at)
    return bool(_COUNT_CHECKED.search(above) or _RESULTS_AT.match(above) or _CHECKED_ONES_BELOW.search(above))


_COUNT_CHECKED = re.compile(r"kiem tra[^.;]{0,80}\d+ ")
_RESULTS_AT = re.compile(r"\W*ket qua (kiem tra )?(tai|cua|o) [^.;:]{0,60}$")
_TABLE_CAPTION = re.compile(r"\W*(bang( \d+)?\s*[:.]|\(?don vi tinh\b)")
# "Kết quả tiếp nhận, giải quyết hồ sơ tại các đơn vị được kiểm tra như sau:"
_CHECKED_ONES_BELOW = re.compile(r"\bduoc kiem tra\b[^.;]*:\s*$")


def _leaders_body(page: Page, found: Found) -> bool:
    """Whether the unit is the body a team leader's post names, the inspecting side: "BHXH tỉnh Lâm Đồng xếp thứ
    9/63" in a results article whose leader is "Phó Giám đốc BHXH tỉnh" is its own ranking, not an inspected unit's."""
    name = fold(found.value.name)
    if found.value.province:
        name = name.removesuffix(" " + fold(found.value.province))
    return any(name in fold(leader.value.title or "") for leader in page.leaders)


def _leads_item(page: Page, s_start: int, found: Found) -> bool:
    """Whether only units stand before this one in its list item: the item's subjects ("- Xã A, xã B và xã C còn
    nhiều hồ sơ quá hạn"), not a place the finding goes on to name."""
    folded = page.folded
    rest, pos = [], s_start
    for other in page.units:
        if s_start <= other.start < found.start:
            rest.append(folded[pos : other.start])
            pos = other.end
    rest.append(folded[pos : found.start])
    return _BETWEEN_SUBJECTS.fullmatch(" ".join(rest)) is not None


def _lower_team_checked(page: Page, s_start: int, start: int, team_level: int) -> bool:
    """Whether the unit is one a lower level's own team checked, as the host sums up its year to the page's team
    ("Từ đầu năm, Đoàn kiểm tra CCHC của huyện đã kiểm tra 8 xã, trong đó có các xã A, B" on a visit of the province's
    team)."""
    return any(
        _HAS_CHECKED.search(page.folded, match.end(), start)
        for match in lower_level_teams(page, s_start, start, team_level)
    )


# A room or a computer shared with an office: "làm việc chung với văn phòng UBND xã", "dùng chung phòng với".
_SHARED_WITH = re.compile(r"\bchung (phong )?voi $")
# The heads of a list of offices, who received the team: "Thường trực UBND thị xã; lãnh đạo phòng Nội vụ, phòng Tư
# pháp, Văn phòng HĐND và UBND thị xã".
_OFFICIALS_OF = re.compile(
    r"(?<!voi )(?<!voi ban )\b(lanh dao|dai dien|(truong|pho) phong)\s(?:(?!kiem tra|lam viec|\b(tai|den|ve)\b)[^.;:()]){1,100}(,|\bva)\s*$"
)
_HAS_CHECKED = re.compile(r"\b(da|vua)\b[^.;:]{0,40}?\b(kiem tra|lam viec|phuc tra)\b")
# ... or the round's earlier stops, told before this one: "Trước Lệ Thủy, đoàn đã kiểm tra tại huyện Quảng Ninh và thị
# xã Ba Đồn" (not "Trước đó", "Trước khi ...": this visit's own time).
_EARLIER_STOP = re.compile(
    r"^\W*truoc (?!(do|khi|day|ngay|tien|het|mat|tinh hinh)\b)[a-z ]{2,30}, [^.;]{0,60}\b(kiem tra|lam viec) (tai|voi)\b"
    r"[^.;]*$"
)
# ... or the host's own checks, told as its own: "Thời gian qua, quận đã tự kiểm tra công tác CCHC tại các phường,
# trong đó có phường A và phường B".
_HOST_CHECKED_ITSELF = re.compile(
    r"\b(quan|huyen|thi xa|thanh pho|so|tinh) (da |cung da |cung |thuong xuyen )?tu kiem tra\b[^.;]*$"
)


def _inspected_units(page: Page) -> list[Found]:
    text = page.text
    reported = page.facts.get("kind") != "plan"
    chosen: list[Found] = []
    # (legal references' subjects; another story's headline: "» Lịch kiểm tra CCHC tại thị xã Dĩ An (18/5/2017)")
    elsewhere = [(f.start, clause_end(text, f.end)) for f in page.legal_refs] + other_stories(page)
    seen: set[str] = set()
    inspected_in_text: set[str] = set()  # the units inspected below the headline
    title = page.meta.title or ""
    headline_end = len(title) if title and text.startswith(title) else 0
    defined = _defined_abbreviations(text)
    key_of = _unit_keys(page.units, defined)
    spelled_out: dict[str, Found] = {}  # each unit's fullest name: not abbreviated, with its province's level
    for f in page.units:
        key = key_of(f)
        if not _abbreviated(f.value.name, defined) and len(f.value.name) > len(
            spelled_out[key].value.name if key in spelled_out else ""
        ):
            spelled_out[key] = f
    following = {a.start: b for a, b in zip(page.units, page.units[1:], strict=False)}
    team_level = page_team_level(page)
    head_triggered = False  # whether the unit that opens the current list had an inspection trigger
    head_history = False  # whether that unit was named as what another one was formed from
    of_public_units = False  # whether that unit's public-service units were checked in its stead
    located_list = False  # whether that unit locates what is named before it
    earlier: Found | None = None  # the unit before `previous`
    located = False  # whether `previous` is the place in brackets that locates `earlier`
    for previous, found in zip([None, *page.units], page.units, strict=False):
        start = found.start
        # a unit right after an inspected one (or one a unit was formed from), with only a comma or "và" between,
        # goes as that one goes; past the district in brackets that locates that one ("xã Tông Lạnh (huyện Thuận
        # Châu), xã Mường Bú")
        item = earlier if located else previous
        two_back = earlier
        earlier, located = previous, _locates_in_brackets(text, previous, found)
        listed = "listed" in found.tags or bool(
            item
            and ("inspected" in item.tags or head_history)
            and (_heads_a_list(text, item, found) or _names_its_parts(text, item, found))
            and not _closes_its_lead(page, item, found)
        )
        # (the list's head stays the one its bracketed place locates)
        heads = not listed and not located
        if heads:
            head_triggered = False
        if in_caption(page, start) or any(s <= start < e for s, e in elsewhere):
            continue
        s_start, s_end = sentence_of(page, start)
        before = page.folded[s_start:start]
        # (the places whose public-service units were checked, or that locate what is named before them: a list goes
        # as its first, "tại 4 xã thuộc các huyện Cai Lậy, Chợ Gạo, Gò Công Tây")
        if not listed:
            of_public_units = found.value.type != "body" and bool(_PUBLIC_UNITS_OF.search(before[-80:]))
            located_list = bool(_LOCATES.search(before[-25:])) and _owned(before)
        if of_public_units or listed and located_list:
            continue
        if (
            _TEAM_OF.search(before[-160:])
            and not _heads_a_list(text, found, following.get(found.start))
            and not (_BARE_TEAM.search(before[-40:]) and _ENDS_ITS_CLAUSE.match(page.folded, found.end))
        ):
            # "Đoàn kiểm tra xã A" is commune A's team; "đoàn kiểm tra Sở A, Sở B và Sở C" inspects them, and so does
            # "Sáng 24/9, Đoàn kiểm tra phường A." or "... phường A: phường tiếp nhận ..."
            continue
        if (
            _owned(before)
            or re.search(
                # (and an office's head: "ông A, Chánh Văn phòng Bộ Tư pháp làm Trưởng đoàn")
                r"(chu tich|giam doc|truong|pho|chanh( van phong| thanh tra)?|can bo|cong chuc|chuyen vien) "
                r"(ubnd |hdnd |uy ban nhan dan )?$",
                before[-30:],
            )
            or _POST_OF.search(before[-70:])
        ):
            continue
        if (
            _RESIDENT.search(before[-60:])
            or _lower_team_checked(page, s_start, start, team_level)
            or _HOST_CHECKED_ITSELF.search(before)
            or _EARLIER_STOP.search(before)
            or _NOT_CHECKED.search(before)
            or _beside_those_checked(page, before, s_start, s_end)
            or _NOT_CHECKED_AFTER.match(page.folded, _list_end(text, found, following))
        ):
            continue
        if (
            listed
            and LIST_ITEM.match(page.folded, s_start)
            and list_head(page, s_start).startswith("noi nhan")
        ):
            continue  # a document's addressees, an item a line: "Nơi nhận:", "- UBND các xã ...;", "- Sở Nội vụ (b/c);"
        if _SHARED_WITH.search(before[-30:]) or _OFFICIALS_OF.search(before[-120:]):
            continue  # the room a desk shares ("dùng chung với văn phòng UBND xã"); the offices of those who received it
        if _DESCRIBED.match(page.folded, found.end):
            continue  # "Quận Cái Răng có diện tích tự nhiên 68,3 km²": what the place is, not what was checked there
        if _ONE_STOP_CENTRE.match(page.folded, start) and _DESK_OF_BODY.search(before[-80:]):
            continue  # "quầy tiếp nhận hồ sơ của Sở đặt tại Trung tâm Phục vụ hành chính công tỉnh": the Sở's desk
        if _DESK_SEATED.search(before[-100:]):
            continue  # "Bộ phận tiếp nhận và trả kết quả của thị xã đặt tại Văn phòng HĐND và UBND thị xã": its room
        if _BRACKETED_ASIDE.search(before[-40:]) or _BRANCHES_OF.search(before[-30:]):
            continue
        host_side = _HOST_SIDE.search(before[-30:])
        history = (
            bool(_FORMED_FROM.search(before[-140:]))
            or listed
            and head_history
            or previous is not None
            and (
                _MADE_OF.fullmatch(page.folded, previous.end, start) is not None
                or UNIT_LEVEL.get(previous.value.type or "")
                == UNIT_LEVEL.get(found.value.type or "")
                == "commune"
                and _COMMUNE_MADE_OF.fullmatch(page.folded, previous.end, start) is not None
            )
        )
        triggered = not history and (bool(host_side) or _triggered(page, found, before, s_start, s_end))
        if heads:
            head_triggered, head_history = triggered, history
        if not (triggered or listed and head_triggered):  # "Phường 1, 2, 3" goes as its first item goes
            continue
        if (
            not listed
            and _HOME_AFFAIRS.search(fold(found.value.name))
            and not _RIGHT_AFTER_TRIGGER.search(before)
        ):
            continue  # the office that inspects, named for its post, its proposals or its reports
        if (
            _among_members(before[-120:]) or _MEMBER_LIST.search(before) or _RECEIVED_BY.search(before)
        ) and not host_side:
            continue
        if (
            _directed(page, s_start, start)
            or before.endswith("doi voi ")
            and _ADDRESSED.match(page.folded, found.end)
            or _MEETING_PLACE.search(before)
            or _ACTS_AFTER.match(page.folded, found.end)
            or _ASKED_TO_FOLLOW.match(page.folded, _list_end(text, found, following))
            or _PUT_OFF.match(page.folded, found.end)
            or _PUT_OFF_BEFORE.search(before)
            or _CHECK_PUT_OFF.search(before[-40:])
            and _TO_LATER.match(page.folded, found.end)
        ):
            continue
        # (a plan's units are all still to come, but it may recall last year's or an earlier round's: "Năm 2017, Sở đã
        # kiểm tra tại ...", "Trong đợt 1 (tháng 5/2019), hai đoàn đã kiểm tra tại ...")
        if (
            reported
            and (
                later_round(page, s_start, start, reaching_end=True)
                or carries_on_later_round(
                    page, s_start, *semicolon_clause(text, s_start, s_end, start, found.end)
                )
                or _to_come_after(page, _list_end(text, found, following))
                or _later_period(page, before)
                or _later_period_after(page, _list_end(text, found, following), s_start, s_end)
                or _on_a_later_day(page, found, *_row_or_clause(page, s_start, s_end, start, found.end))
            )
            or earlier_year(page, before)
            or recalled_round(page, s_start, start)
            or in_another_province(page, s_start, start, found.end)
            or _RECALLED_AFTER.match(page.folded, found.end)
            or not reported
            and (_DONE.search(before) or _DONE_AFTER.match(page.folded, _list_end(text, found, following)))
        ):
            continue
        if (
            found.value.type == "tỉnh"
            and "enumerated" not in found.tags
            # ("Các tỉnh Bắc Kạn, Lai Châu ... được kiểm tra trong quý III"; not those an earlier trip took in, "Trước đó,
            # Bộ đã kiểm tra các tỉnh Bạc Liêu, Cà Mau")
            and ("plural" not in found.tags or BEFORE_THEN.match(before))
            and not (listed and previous is not None and "inspected" in previous.tags)
            and not re.search(r"(tai|voi) (ubnd )?$", before[-12:])
            and not _ROW_OPENING.fullmatch(before)
        ):
            continue  # a province named in passing locates something; "tại tỉnh A", "8 tỉnh gồm: A, B" are inspected,
            # and so are those listed after the one "tại" names ("tại các tỉnh A, B và C") or a schedule's row opens on
            # ("- Từ ngày 13 đến 15/4/2021: Tỉnh Điện Biên.", "+ Quý II/2024: UBND tỉnh Lạng Sơn, ...")
        if (
            _is_address_of(text, previous, found)
            or _locates_an_address(text, two_back, previous, found)
            or _FORMER.match(text, found.end)
            or _LIST_FORMER.match(text, _list_end(text, found, following))
            or found.value.type == "phòng"
            and _DEPARTMENT_OF.match(text, found.end)
            or _ADDRESS_BEFORE.search(before[-120:])
        ):
            continue  # (a unit told as what it was: "trụ sở UBND huyện Hồng Dân cũ", "huyện Hà Trung trước đây")
        key = key_of(found)
        if start >= headline_end:
            inspected_in_text.add(key)
        # (a unit named again heads its list again: "Ngược lại, xã A (huyện B), xã C")
        found.tags.add("inspected")
        if key in seen:
            continue
        seen.add(key)
        if _abbreviated(found.value.name, defined) or _BODY_NAME.match(key):
            found = spelled_out.get(key, found)  # the headline's "Sở TN&MT", spelled out in the text
            found.tags.add("inspected")
        chosen.append(found)
    chosen = _without_headline_areas(chosen, inspected_in_text, key_of)
    called_off = _called_off(page, key_of)
    chosen = [f for f in chosen if key_of(f) not in called_off]
    return _without_shorter_forms(_without_desks(_without_hamlets_of_communes(chosen)), defined)


def _called_off(page: Page, key_of: Callable[[Found], str]) -> set[str]:
    """The units whose visit the text puts off or moves to a later round, or gives to another unit, and tells done
    nowhere: a schedule's "Theo lịch, Đoàn kiểm tra lần lượt tại 5 xã: A, B, C, D và E" names C, D and E though "các
    buổi kiểm tra tại xã C, xã D và xã E được lùi lại"."""
    off: set[str] = set()
    done: set[str] = set()
    for found in page.units:
        s_start, s_end = sentence_of(page, found.start)
        clause_start, clause_end = semicolon_clause(page.text, s_start, s_end, found.start, found.end)
        if (
            _CALLED_OFF_LATER.match(page.folded, found.end, s_end)
            or _PUT_OFF.match(page.folded, found.end, clause_end)
            or _ORIGINAL_PLAN.match(page.folded, s_start)
            and _FUTURE.search(page.folded, clause_end, s_end)
            and not TOLD_DONE.search(page.folded, s_start, s_end)
            or _REPLACED.search(page.folded, max(0, found.start - 12), found.start)
            or _REPLACED_BY[0].search(page.folded, max(0, found.start - 6), found.start)
            and _REPLACED_BY[1].match(page.folded, found.end)
        ):
            off.add(key_of(found))
        elif TOLD_DONE.search(page.folded, clause_start, clause_end):
            done.add(key_of(found))
    return off - done


def _without_headline_areas(
    chosen: list[Found], inspected_in_text: set[str], key_of: Callable[[Found], str]
) -> list[Found]:
    """Without a district only the headline has inspected when the text inspects its offices instead: "Sở Tư pháp
    kiểm tra ... tại huyện Tiên Du" over "kiểm tra tại phòng Tư pháp huyện Tiên Du, UBND xã Lạc Vệ" places the
    visit; the text's own "UBND huyện Tiên Du" among the units keeps it."""
    offices = [fold(f.value.name) for f in chosen if f.value.type in ("phòng", "body")]
    return [
        f
        for f in chosen
        if UNIT_LEVEL.get((f.value.type or "").lower()) != "district"
        or key_of(f) in inspected_in_text
        or not any(office.endswith(" " + fold(f.value.name)) for office in offices)
    ]


def _without_hamlets_of_communes(chosen: list[Found]) -> list[Found]:
    """A hamlet is a unit when its commune inspects it; where the team inspects communes, a hamlet it looked at is a
    place inside one of them ("đoàn kiểm tra thực tế việc niêm yết tại thôn Lũng Cẩm Trên")."""
    levels = [UNIT_LEVEL.get((f.value.type or "").lower()) for f in chosen]
    if "commune" not in levels:
        return chosen
    return [f for f, level in zip(chosen, levels, strict=True) if level != "hamlet"]


# A short form the text defines in brackets after the words it stands for: "Cục Thi hành án dân sự (THADS) tỉnh Phú
# Yên", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Hải Dương (Trung tâm TGPL)", "(Chi cục CNTY&TS)".
_BRACKETED_SHORT = re.compile(r"\(([^()]{2,40})\)")
_SHORT_TOKEN = re.compile(r"(?<!\w)[A-ZĐ][A-ZĐ&]{2,9}(?!\w)")
_WORD = re.compile(r"[^\W\d_]+")


def _defined_abbreviations(text: str) -> dict[str, str]:
    """Each short form the text defines, with the words it stands for: the nearest run of words before the bracket
    whose initials spell it ("và" left out, "&" too)."""
    defined: dict[str, str] = {}
    if "(" not in text:
        return defined
    for bracket in _BRACKETED_SHORT.finditer(text):
        words = list(_WORD.finditer(text, max(0, bracket.start() - 120), bracket.start()))
        initials = [fold(w.group(0)[0]).upper() if w.group(0) != "và" else "" for w in words]
        for token in _SHORT_TOKEN.findall(bracket.group(1)):
            letters = token.replace("&", "")
            if token in _SPELLED_OUT or token in defined:
                continue
            for end in range(len(words), 0, -1):  # the nearest run first
                start = end - 1
                spelled = initials[start]
                while start > 0 and len(spelled) < len(letters):
                    start -= 1
                    spelled = initials[start] + spelled
                if spelled == letters and initials[start]:
                    defined[token] = text[words[start].start() : words[end - 1].end()]
                    break
    return defined


def _expanded(name: str, defined: dict[str, str]) -> str:
    """The name with the text's own short forms written out: "Chi cục THADS thị xã A" -> "Chi cục Thi hành án dân
    sự thị xã A"."""
    if not defined:
        return name
    return _SHORT_TOKEN.sub(lambda m: defined.get(m.group(0), m.group(0)), name)


def _abbreviated(name: str, defined: dict[str, str]) -> bool:
    return _ABBREVIATED.search(name) is not None or any(
        token in defined for token in _SHORT_TOKEN.findall(name)
    )


# The Home Affairs office runs the inspections: it is inspected only where a trigger names it at once ("kiểm tra
# phòng Nội vụ", "kiểm tra hồ sơ tại phòng Nội vụ"), or in a list of units inspected.
_HOME_AFFAIRS = re.compile(r"\bnoi vu\b")
_RIGHT_AFTER_TRIGGER = re.compile(
    r"(kiem tra|lam viec|\bkt)[a-z ,]{0,40}?\b(tai|voi|tra)( (cac|ubnd))?( phong)?:?( [a-z ]{1,40},)?\s*$"
)
# The team's work told after its place: "Tại xã Vọng Thê, đoàn ghi nhận ...".
_TEAM_AFTER_PLACE = re.compile(r"\s*(\([^)]{0,40}\))?\s*,\s*(doan|to)\b")
# A day's paragraph opening at its unit: "Ngày 12/10, tại xã A", "Chiều cùng ngày, tại xã B", "Sáng 8/10, vừa đến UBND
# thị trấn C", or a sentence at its unit with no day: "Tại UBND xã Lạc Hòa, 100% TTHC được niêm yết".
_DAY_AT_PLACE = re.compile(
    r"\W*(((buoi )?(sang|chieu|trua)( (ngay )?\d{1,2}[/.-]\d{1,2}([/.-]\d{2,4})?| cung ngay| hom sau| thu [a-z]+)?|"
    r"(ngay )?\d{1,2}[/.-]\d{1,2}([/.-]\d{2,4})?|(ngay )?hom sau|ngay (tiep theo|cuoi|dau tien|thu (nhat|hai|ba)))"
    r"( \(\d{1,2}/\d{1,2}\))?,? )?((vua |khi )?(den|toi) |tai )(ubnd |uy ban nhan dan )?"
)


_LOCATES = re.compile(r"\bthuoc( cac)?\s*$")


def _owned(before: str) -> bool:
    """Whether the unit owns or locates what the sentence names just before it ("hồ sơ của UBND xã A", "4 xã thuộc
    huyện B", "lãnh đạo UBND huyện C"), not a unit the team went to (`before` is its sentence up to it, folded)."""
    return (
        _OWNER_BEFORE.search(before[-25:]) is not None
        and not _OFFICE_OF.search(before)
        and not _ACTIVITY_OF.search(before[-60:])
        and not _WITH_ITS_LEADERS.search(before[-40:])
    )


def _among_members(before: str) -> bool:
    """Whether the unit is one of the team's members' offices: named after "thành viên", "đại diện", "gồm" ... and
    before the sentence says where the team went ("Đoàn kiểm tra gồm 9 thành viên do bà A làm Trưởng đoàn đã kiểm tra
    tại thị trấn B" inspects thị trấn B)."""
    ends = [match.end() for match in _MEMBERS.finditer(before)]
    return bool(ends) and not TEAM_AT_WORK.search(before, ends[-1])


def _list_end(text: str, found: Found, following: dict[int, Found]) -> int:
    """Where the list a unit opens ends: "Chi cục A và Chi cục B sẽ được kiểm tra" goes on after B."""
    while _heads_a_list(text, found, following.get(found.start)):
        found = following[found.start]
    return found.end


def _heads_a_list(text: str, found: Found, following: Found | None) -> bool:
    """Whether another unit follows this one at once, after a comma, "và" or ";" and maybe a count of the next ones ("và
    hai xã"): a team belongs to one body, and what a unit was made of goes on down the list."""
    return following is not None and _LIST_JOIN.fullmatch(text, found.end, following.start) is not None


def _names_its_parts(text: str, found: Found, following: Found) -> bool:
    """Whether the next unit opens a bracket after this one and lies a level below it: the places checked in a
    district, named after it ("huyện Vũng Liêm (thị trấn Vũng Liêm, xã Trung Thành Tây)"), not its address ("Phường 2
    (thị xã Vĩnh Châu)")."""
    levels = [UNIT_LEVEL.get((f.value.type or "").lower()) for f in (found, following)]
    return (
        None not in levels
        and LEVELS.index(levels[1]) < LEVELS.index(levels[0])
        and _OPENING_BRACKET.fullmatch(text, found.end, following.start) is not None
    )


_OPENING_BRACKET = re.compile(r"\s*\(\s*")
# What joins a list's items: a comma, "và", ";", and a count of the next ones ("phường A và hai xã B, C") or the
# people's committee of the next ("Sở Tư pháp, Sở Xây dựng; UBND phường A, phường B"); the item may close on its days
# in brackets ("phường A, phường B (ngày 11 và 12/11), xã C") or after it ("xã A ngày 10/6, xã B ngày 11/6 và xã C").
_LIST_JOIN = re.compile(  # (or the bracket of its parts closes: "huyện A (xã B, xã C), huyện D (...)")
    r"(\s*\([^()]{1,40}\)|\)|\s+(vào\s+)?((buổi\s+)?(sáng|chiều)\s+)?(ngày\s+)?\d{1,2}[/.-]\d{1,2}([/.-]\d{2,4})?)?"
    r"\s*(,|và|;)\s*([-–•+]\s+|(\d{1,2}[.)]|[a-zđ]\))\s+)?((hai|ba|bốn|năm|các|\d+)\s+)?"
    r"((UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+)?"
)
_DESK = re.compile(
    r"(?P<kind>bo phan (mot cua|tiep nhan va tra ket qua)|trung tam phuc vu hanh chinh cong|dai truyen thanh)"
    r"( (cua|cap))? "
    r"(?P<unit>(?P<level>xa|phuong|thi tran|dac khu|huyen|thi xa|thanh pho|quan|tinh)(?P<place> .+)?)$"
)
# A commune's centre since July 2025 is its one-stop desk; a province's or a district's is a body of its own, and
# annotators keep one named with its place ("Trung tâm Phục vụ hành chính công phường Tam Thanh").
_COMMUNE_LEVELS = {"xa", "phuong", "dac khu"}


def _without_desks(chosen: list[Found]) -> list[Found]:
    """A unit's one-stop desk or centre ("Bộ phận một cửa phường A", "Trung tâm Phục vụ hành chính công xã") is where
    the unit was inspected: the unit counts once, and a desk named by its level alone ("bộ phận một cửa thị trấn",
    "Đài truyền thanh xã") is that of the unit of that level the text names. (An office, "Văn phòng HĐND và UBND
    huyện", is a body of its own.)"""
    names = {fold(f.value.name) for f in chosen}
    levels = {fold(f.value.type or "") for f in chosen}
    kept = []
    for found in chosen:
        desk = _DESK.match(fold(found.value.name))
        if desk and desk.group("kind").startswith("trung tam"):  # named by its level alone, a commune's
            if not desk.group("place") and desk.group("level") in levels & _COMMUNE_LEVELS:
                continue
        elif desk and (
            desk.group("unit") in names or not desk.group("place") and desk.group("level") in levels
        ):
            continue
        kept.append(found)
    return kept


_SPELLED_OUT = OFFICE_ABBREVIATIONS | BODY_ABBREVIATIONS
# The level words a body's name may leave out: "KBNN Từ Sơn" is "Kho bạc Nhà nước thị xã Từ Sơn".
# (with their diacritics: "quản lý" folds to "quan ly")
_LEVEL_WORDS = re.compile(r" (tỉnh|thành phố|huyện|thị xã|quận)(?= |$)")


def _without_shorter_forms(chosen: list[Found], defined: dict[str, str]) -> list[Found]:
    """A body named once in full and once in a shorter form is one body, kept in full: without its level word
    ("KBNN Từ Sơn", "Chi nhánh Văn phòng Đăng ký đất đai Hoằng Hóa"), with its level and no place ("Công an tỉnh"
    beside "Công an tỉnh Lâm Đồng", "Trạm Y tế xã" beside "Trạm Y tế xã A") or without either ("Phòng Công chứng số
    1" beside "Phòng Công chứng số 1 tỉnh Nghệ An"). Two bodies whose names differ in their level word stay two."""
    keys = [_spelled_out(_expanded(f.value.name, defined)).lower().replace(" - ", " và ") for f in chosen]
    return [
        found
        for found, key in zip(chosen, keys, strict=True)
        if found.value.type not in ("body", "sở")  # "Sở A" beside "Sở A tỉnh B" too
        or not any(
            other != key
            and (
                _LEVEL_WORDS.sub("", other) == key
                and not _LEVEL_WORDS.search(key)
                # its province named without its level word: "Trung tâm Kiểm định chất lượng xây dựng Hà Tĩnh" beside
                # "Trung tâm Kiểm định ...", "Đài Phát thanh và Truyền hình Yên Bái" beside "Đài Phát thanh - Truyền
                # hình tỉnh"
                or _province_named_after(other, _PROVINCE_LEVEL_LAST.sub("", key))
                or other.startswith(key + " ")
                and (
                    _LEVEL_LAST.search(key)
                    or _LEVEL_WORDS.match(other, len(key))
                    # the text's own short form of the longer name: "Trung tâm TGPL" for "Trung tâm Trợ giúp pháp lý
                    # nhà nước tỉnh Hải Dương (Trung tâm TGPL)"
                    or _abbreviated(found.value.name, defined)
                )
            )
            for other in keys
        )
    ]


_PROVINCE_LEVEL_LAST = re.compile(r" (tỉnh|thành phố)$")
# A name ending on its level with no place: "Trung tâm Phục vụ hành chính công phường" beside "... phường Ngọc Hà".
_LEVEL_LAST = re.compile(r" (tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn|đặc khu)$")


def _province_named_after(name: str, stem: str) -> bool:
    """Whether `name` is `stem` followed by a province's name."""
    return name.startswith(stem + " ") and gazetteer().province(name[len(stem) + 1 :]) is not None


_ABBREVIATED = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(a) for a in sorted(_SPELLED_OUT, key=len, reverse=True)) + r")(?!\w)"
)


def _spelled_out(name: str) -> str:
    """The name with its initials written out: "Sở TN&MT" -> "Sở Tài nguyên và Môi trường", "KBNN" -> "Kho bạc ..."."""
    return _ABBREVIATED.sub(lambda m: _SPELLED_OUT[m.group(1)], name)


_SO_BEFORE_NUMBER = re.compile(r" so (?=\d)")


def _same_unit_key(name: str) -> str:
    """One key for an office written in full and abbreviated ("Sở TN&MT", "Sở Tài nguyên và Môi trường"), and for a
    body with and without the level of its province ("Cục Hải quan tỉnh Lạng Sơn", "Cục Hải quan Lạng Sơn",
    "Trung tâm Kiểm soát bệnh tật tỉnh"), for a highland name with and without its apostrophe ("xã Nâm N'Đir",
    "xã Nâm Nđir") and for a name joined by a hyphen or a dash ("phường Lâm Viên - Đà Lạt", "... Lâm Viên – Đà Lạt")."""
    key = _SO_BEFORE_NUMBER.sub(" ", fold(_spelled_out(name)))  # "tổ dân phố số 3" is "Tổ dân phố 3"
    key = spaced_dashes(key.replace("'", "").replace("’", ""))
    return _PROVINCE_LEVEL.sub(" ", key).strip() if _BODY_NAME.match(key) else key


def _unit_keys(units: list[Found], defined: dict[str, str]) -> Callable[[Found], str]:
    """The key of each unit's name, an office's initials the text makes up ("Phòng KT-HT") keyed as the office it
    names in full ("Phòng Kinh tế - Hạ tầng"), a short form the text defines as its words, and an office named bare
    ("Tại Phòng Tư pháp, ...") as the one named with its district ("Phòng Tư pháp huyện Quảng Ninh"): the last
    before it, or else the first after it."""
    offices = [(f, _OFFICE_OF_DISTRICT.fullmatch(f.value.name)) for f in units]
    in_full = {
        initials: _same_unit_key(office)
        for f, placed in reversed(offices)
        if (initials := _office_initials(office := placed.group(1) if placed else f.value.name))
        and not _INITIALS.search(office)
    }
    placed_at: dict[str, list[tuple[int, str]]] = {}  # a district's office: where and with which district
    for f, placed in offices:
        if placed:
            placed_at.setdefault(_same_unit_key(placed.group(1)), []).append(
                (f.start, _same_unit_key(f.value.name))
            )

    def key_of(found: Found) -> str:
        name = found.value.name
        if _INITIALS.search(name) and (initials := _office_initials(name)) in in_full:
            key = in_full[initials]
        else:
            key = _same_unit_key(_expanded(name, defined))
        named = placed_at.get(key)
        if not named:
            return key
        before = [district for start, district in named if start < found.start]
        return before[-1] if before else named[0][1]

    return key_of


_OFFICE_NAME = re.compile(r"(phòng|sở|chi cục|cục|trung tâm)\s+(.+?)(?: tỉnh)?", re.IGNORECASE)
_OFFICE_OF_DISTRICT = re.compile(r"(phòng .+?) (?:huyện|thị xã|thành phố|quận) .+")
_INITIALS = re.compile(r"(?<!\w)[A-ZĐ]{2,}")
_NAME_PARTS = re.compile(r"[^\s,&–-]+")


def _office_initials(name: str) -> str | None:
    """ "phòng KTHT" for "Phòng Kinh tế - Hạ tầng" and for "Phòng KT-HT", "chi cục THADSTPLX" for "Chi cục Thi hành
    án dân sự thành phố Long Xuyên" and "Chi cục THADS thành phố Long Xuyên": the first letter of each word but "và",
    an abbreviation's letters as written, without marks."""
    office = _OFFICE_NAME.fullmatch(name)
    if office is None:
        return None
    parts = _NAME_PARTS.findall(office.group(2))
    letters = "".join(p if p.isupper() else p[0] for p in parts if p.lower() != "và")
    return f"{office.group(1).lower()} {fold(letters).upper()}"


_BODY_NAME = re.compile(r"(cuc|chi cuc|kho bac|bao hiem xa hoi|bhxh|trung tam) ")
_PROVINCE_LEVEL = re.compile(r" tinh( |$)")


@Language.component("cchc_inspected_units")
def select_inspected_units(doc: Doc) -> Doc:
    page = doc._.page
    relevant = page.facts.get("is_inspection_article", True)
    page.facts["units"] = _inspected_units(page) if relevant else []
    return doc


# Districts, towns and townships were abolished on 1 July 2025 (two-level local government): one a round held after
# that day names is the past of a commune or ward ("các đặc khu Vân Đồn, Cô Tô, trước ngày 01/7/2025 là huyện Vân Đồn
# và huyện Cô Tô"; "xã Chợ Mới, gồm thị trấn Đồng Tâm cũ"), never a unit the team inspected.
_TWO_LEVEL_SINCE = "2025-07-01"
_ABOLISHED_TYPES = frozenset({"huyện", "quận", "thị xã", "thị trấn"})


# ... and a commune or ward the merger replaced, told as part of the old district's: "phường Hoàng Liệt gồm phần
# lớn phường Hoàng Liệt, phường Đại Kim của quận Hoàng Mai cũ"
_OF_THE_OLD_DISTRICT = re.compile(
    r"[^.;:()]{0,80}?\b(cua|thuoc) (cac )?(huyen|quan|thi xa|thanh pho) [^,.;:()]{1,30}? (cu|truoc day)\b"
)


def _in_force(page: Page, found: Found) -> bool:
    """Whether the unit still stood when a round held after the reform reached it."""
    unit = found.value
    if (
        unit.type in _ABOLISHED_TYPES
        or unit.type == "thành phố"
        and unit.code not in (None, unit.province_code)
    ):
        return False  # (a province's own city, "thành phố Hội An", went with the districts; "thành phố Đà Nẵng" stays)
    replaced = unit.new_name is not None and fold(unit.new_name) != fold(unit.name)
    return not (replaced and _OF_THE_OLD_DISTRICT.match(page.folded, found.end))


@Language.component("cchc_units_in_force")
def drop_abolished_units(doc: Doc) -> Doc:
    page = doc._.page
    facts = page.facts
    days = [first for _, (first, _) in facts.get("dates", [])]
    if days and min(days) >= _TWO_LEVEL_SINCE:
        facts["units"] = [f for f in facts.get("units", []) if _in_force(page, f)]
    return doc
