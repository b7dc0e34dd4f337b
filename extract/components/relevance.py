"""Is the article about inspecting administrative-reform work, and of which kind (visit, plan, results)?

Rules over cues with weights, title cues counting more than body cues: with the few hundred
annotated articles we have, explicit rules generalise better than a trained classifier and
each decision can be explained from the cues that fired (`facts["cues"]`).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc

from cchc.vntext import fold
from extract.components.inspection_days import candidate_days, recalled_year
from extract.components.state import (
    TOLD_DONE,
    Found,
    Page,
    clause_end,
    digest_headline,
    sentence_of,
    without_other_stories,
)

# (the one-stop centre too: "Trung tâm Phục vụ hành chính công", "Trung tâm Hành chính công")
# (digital transformation is reform work, but a text naming only it is no reform inspection)
_REFORM_NAMED = re.compile(
    r"cai cach hanh chinh|cchc|mot cua|thu tuc hanh chinh|tthc|chinh quyen dien tu|hanh chinh cong"
)
_CCHC = re.compile(_REFORM_NAMED.pattern + "|chuyen doi so")
# Reform work as the subject of a check, not only its place: "kiểm tra đột xuất việc giải quyết thủ tục hành chính".
_REFORM_SUBJECT = re.compile(  # not the index of it: "Thẩm định Chỉ số cải cách hành chính"
    r"(?<!chi so )(cai cach hanh chinh|cchc)|viec (tiep nhan,? )?(giai quyet|tiep nhan)[^.;]{0,20}(thu tuc hanh chinh|tthc|ho so)|"
    r"cung cap dich vu cong|"
    # the review, control or simplifying of procedures (Đề án 30): "kiểm tra tiến độ rà soát thủ tục hành chính"
    r"(ra soat|kiem soat|don gian hoa)[^.;]{0,20}(thu tuc hanh chinh|tthc)|"
    # the one-stop mechanism itself: "Bộ Nội vụ kiểm tra công vụ và cơ chế một cửa tại Hà Tĩnh"
    r"\bco che (mot cua|mot cua lien thong)\b"
)
# A check of something else joined to the check of the settling of procedures: "kiểm tra việc chấp hành kỷ luật ... gắn
# với việc tiếp nhận, giải quyết thủ tục hành chính", "..., kết hợp kiểm tra việc tiếp nhận, giải quyết TTHC", "... gắn
# với kiểm tra hoạt động tiếp nhận, giải quyết thủ tục hành chính".
_SETTLING_TOO = (
    r"kiem tra[^.;]{0,80}\b(gan voi|ket hop( voi)?)( kiem tra)? (viec|hoat dong|cong tac) (tiep nhan,? )?giai quyet "
    r"(ho so,? )?"
    r"(thu tuc hanh chinh|tthc)\b|"
    # ... or named first: "kiểm tra đột xuất việc tiếp nhận, giải quyết TTHC và việc chấp hành kỷ luật, kỷ cương"
    r"kiem tra (dot xuat )?(viec |cong tac )?(tiep nhan,? )?giai quyet (ho so,? )?(thu tuc hanh chinh|tthc)\b|"
    # ... or after the civil service's discipline: "kiểm tra đột xuất việc thực thi công vụ và giải quyết thủ tục hành
    # chính" (not after a sector's law: "kiểm tra việc chấp hành pháp luật đất đai và giải quyết thủ tục hành chính lĩnh
    # vực đất đai" is the land inspection)
    r"kiem tra[^.;]{0,40}\b(cong vu|k[yi] cuong( hanh chinh)?|gio giac( lam viec)?) (va|,) (viec )?(tiep nhan,? )?"
    r"giai quyet (ho so,? )?(thu tuc hanh chinh|tthc)\b"
)
_SETTLING_TOO_CHECK = re.compile(_SETTLING_TOO)
_SETTLING_RECORDS = re.compile(r"\bviec (tiep nhan,? )?giai quyet (ho so|thu tuc)\b")
# "tuy mang tên kiểm tra công vụ nhưng trọng tâm của đợt này là việc tiếp nhận, giải quyết và trả kết quả thủ tục hành
# chính": the check's focus is the settling of procedures.
_SETTLING_FOCUS = re.compile(
    r"\btrong tam\b[^.;]{0,40}\bla viec (tiep nhan,? )?(giai quyet|tiep nhan)[^.;]{0,40}\b(thu tuc hanh chinh|tthc)\b"
)
# Reform work checked with the check the headline names ("kiểm tra công tác văn thư, lưu trữ kết hợp kiểm tra một số
# nội dung cải cách hành chính"), or listed among its contents ("Nội dung kiểm tra gồm năm nhóm: tổ chức bộ máy, ...;
# cải cách hành chính (...); văn thư, lưu trữ"). Narrower than _JOINT_CHECK below, which the lead must not use: it takes
# "kiểm tra công tác văn thư, lưu trữ và cải cách hành chính liên quan" too.
_REFORM_TOO = re.compile(
    r"\b(ket hop|gan voi|long ghep)( voi)?( kiem tra)? (mot so )?(noi dung )?(ve )?(viec thuc hien |cong tac )?"
    r"(cai cach hanh chinh|cchc)\b|\bnoi dung kiem tra\b[^.]{0,200}[:;,] (cai cach hanh chinh|cchc)\b"
)
# A check the text says is of reform work and something else: "kiểm tra công vụ, kỷ luật, kỷ cương hành chính và cải
# cách hành chính", "kiểm tra công tác CCHC gắn với kiểm tra công vụ", or of the settling of procedures.
_JOINT_CHECK = re.compile(
    # ("kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính và thực hiện nhiệm vụ cải cách hành chính")
    # (or an Inspectorate's: "6 cuộc thanh tra công vụ, cải cách hành chính")
    r"(kiem|thanh) tra[^.;]{0,80}\b(va|gan voi|ket hop( voi)?|,) (kiem tra |viec )?(thuc hien )?(nhiem vu |cong tac )?"
    r"(cai cach hanh chinh|cchc)\b|" + _SETTLING_TOO + r"|"
    # ... or folded into the reform inspection: "kiểm tra thực hiện Đề án 06 ... được lồng ghép với kiểm tra công tác
    # cải cách hành chính"
    r"long ghep( voi)? (viec )?kiem tra (cong tac )?(cai cach hanh chinh|cchc)\b|"
    r"kiem tra (viec thuc hien )?(cong tac )?(cai cach hanh chinh|cchc)[^.;]{0,20}\b(va|gan voi|ket hop( voi)?|,) "
    r"(kiem tra |thi hanh )?(cong vu|k[yi] luat|dan van|(thuc hien )?dan chu)"
)
# "Đoàn KT CCHC": the inspection team in shorthand ("KT" alone is as often "kinh tế"); the reform steering committee's
# supervision of reform work, made as its inspection is ("Ban Chỉ đạo CCHC huyện giám sát việc thực hiện nhiệm vụ
# CCHC tại xã A"; not the People's Council's, a near miss)
_BOARD_SUPERVISES = r"\b(ban chi dao|bcd) (cai cach hanh chinh|cchc)\b[^.;]{0,40}\bgiam sat\b"
# (or a survey of reform work on the spot, not of satisfaction with it: "Sở Nội vụ khảo sát công tác cải cách hành chính
# tại huyện Hải Hậu")
# (or an Inspectorate's inspection of reform work itself, not of its funds: "Công bố kết luận thanh tra công tác cải cách
# hành chính tại huyện A", "thanh tra việc thực hiện cơ chế một cửa, một cửa liên thông", "thanh tra việc giải quyết
# thủ tục hành chính", "6 cuộc thanh tra công vụ, cải cách hành chính")
REFORM_AUDIT = re.compile(
    r"\bthanh tra (viec (thuc hien |giai quyet )?|cac quy dinh [^.;]{0,30}\bve |cong tac |cong vu,? (va )?)*"
    r"(cai cach hanh chinh|cchc|co che mot cua|thu tuc hanh chinh|tthc)\b"
)
_INSPECT = re.compile(
    r"kiem tra|\b(doan|to) kt\b|\bkt (cong tac )?(cchc|cai cach)|" + REFORM_AUDIT.pattern + r"|"
    r"\bkhao sat (thuc te )?(cong tac |(viec|tinh hinh) thuc hien (nhiem vu )?)?(cai cach hanh chinh|cchc)\b|"
    + _BOARD_SUPERVISES
)
# What a review meeting that closes an inspection round is of: "sơ kết đợt 1 kiểm tra", "tổng kết kết quả kiểm tra".
_ROUND_CHECKED = r" (ket qua )?(dot (\d+ )?)?(cong tac )?kiem tra"
# Supervision by others than the committee's teams: the People's Council's, the Front's or the National Assembly
# deputies' ("Ban Pháp chế HĐND tỉnh giám sát việc thực hiện CCHC tại ...", "Đoàn ĐBQH tỉnh giám sát ..."); a headline
# opening on supervision is theirs unless the committee's reform team or plan is at work in the lead.
_SUPERVISION_HEADLINE = re.compile(r"^giam sat\b")
_OTHERS_SUPERVISE = re.compile(
    r"(hdnd|hoi dong nhan dan|ban phap che|mttq|mat tran|dbqh|dai bieu quoc hoi)[^.;]{0,60}\bgiam sat\b|"
    # ... named after its team: "Đoàn giám sát của Ban Thường trực Ủy ban MTTQ huyện"
    r"\bgiam sat (cua )?[^.;]{0,40}\b(mttq|mat tran|hdnd|hoi dong nhan dan|dbqh|dai bieu quoc hoi)\b"
)
# The session that closes a team's visit or announces a round's results ("Hội nghị thông qua kết quả kiểm tra
# CCHC tại huyện A", "hội nghị thông tin kết quả khảo sát, kiểm tra thực tế"): a meeting the text names again, bare, is
# that session.
_RESULTS_MEETING = (
    r" (thong qua|thong bao|thong tin|cong bo) (ket qua|du thao [a-z ]{0,20}?)( khao sat,?( va)?)? kiem tra"
)
_RESULTS_MEETING_HELD = re.compile(r"\bhoi nghi" + _RESULTS_MEETING)
# A gathering about reform work: a conference, a contest, a training, a study trip, a council's session.
_GATHERING = re.compile(
    # (not the unit's working session with the team: "Hội nghị làm việc với Đoàn kiểm tra công tác CCHC")
    # (not the results of a round: "Tổng kết kết quả kiểm tra công tác CCHC năm 2024", "sơ kết đợt 1 kiểm tra
    # công tác CCHC năm 2017", "hội nghị sơ kết đợt kiểm tra công tác CCHC năm 2022")
    r"\bso ket\b(?! qua\b)(?!" + _ROUND_CHECKED + r")|"
    r"tong ket(?!" + _ROUND_CHECKED + r")|"
    r"\bhoi nghi\b(?! lam viec voi (doan|to) kiem tra|"
    + _RESULTS_MEETING
    + r"| (so|tong) ket"
    + _ROUND_CHECKED
    + r")|"
    r"\bhoi thi\b|"
    r"cuoc thi|tap huan|boi duong|"
    # a study trip to another unit's one-stop centre, or to learn its model ("tìm hiểu mô hình CCHC")
    r"hoc tap kinh nghiem|tim hieu (mo hinh|kinh nghiem|cach lam)|"
    r"phien (hop )?thuong ky|chat van|"  # (and the council's questions: "Chất vấn về CCHC tại kỳ họp HĐND")
    # a steering committee's meeting on the quarter's reform work: "kết luận ... tại cuộc họp Ban Chỉ đạo cải cách hành
    # chính quý III năm 2023"
    r"\b(cuoc|phien) hop (cua )?ban chi dao\b|"
    r"kinh te - xa hoi|kinh te xa hoi"  # a monthly meeting; a socio-economic review
)
# Near misses: CCHC words and "kiểm tra", but not an inspection of reform work. The flag: whether a headline naming
# reform work as the subject may still be an inspection of it (a joint check); a conference or a training about
# reform work is still a conference or a training.
# (however the check of the civil service is worded: "kiểm tra đột xuất việc thực thi công vụ")
_CIVIL_SERVICE_CHECK = re.compile(
    r"kiem tra (dot xuat,? )?(viec )?((thuc|thi) hanh |thuc thi )?cong vu|k[yi] luat,? k[yi] cuong|gio giac|"
    r"chap hanh gio|ky luat lao dong|le loi lam viec"
)
# ... checked with reform work: "Tổ công tác ... về kiểm tra việc thực thi công vụ và cải cách thủ tục hành chính"
_WITH_REFORM = re.compile(r"\bcong vu,? (va|gan voi|ket hop( voi)?) (cai cach (thu tuc )?hanh chinh|cchc)\b")
_NEAR_MISS = [
    (_CIVIL_SERVICE_CHECK, True),
    (
        re.compile(
            # one mention however written ("chấm điểm Chỉ số CCHC", "Chỉ số CCHC (PAR INDEX)"), and not the index an
            # inspection feeds ("báo cáo UBND huyện làm căn cứ chấm điểm Chỉ số CCHC")
            # (each alternative opens on its words, the lookbehind after them: tried at every character, lookbehinds
            # cost 0.3 ms a page)
            r"cham diem(?<!can cu cham diem)(?<!can cu de cham diem)( chi so (cai cach hanh chinh|cchc|par))?|"
            r"chi so (cai cach hanh chinh|cchc|par)( \((par index|par-index)\))?|par index|"
            r"tham dinh (ket qua )?chi so|xac dinh chi so|"
            # the governance and satisfaction indices the same way ("Tìm giải pháp cải thiện Chỉ số PAPI"), and the
            # survey behind the latter ("Điều tra xã hội học đo lường sự hài lòng của người dân tại huyện A")
            r"\bpapi\b|\bsipas\b|chi so hai long|do luong (muc do |su )?hai long|dieu tra xa hoi hoc|"
            # ... and digital transformation's ("công bố Chỉ số chuyển đổi số (DTI) năm 2022")
            r"chi so (danh gia )?(muc do )?chuyen doi so|\bdti\b"
        ),
        True,
    ),
    (re.compile(r"do thi van minh|nong thon moi|van minh do thi|tham dinh xa"), True),
    # the Party's own inspection of its cells: "Ủy ban Kiểm tra Huyện ủy kiểm tra Chi bộ Văn phòng HĐND và UBND", and
    # of its own reform: "Kiểm tra việc thực hiện cải cách hành chính trong Đảng tại Đảng bộ huyện Vũ Thư"
    (
        re.compile(
            r"\buy ban kiem tra (huyen|tinh|thanh|thi|dang|quan) ?uy\b|\bchi bo\b|"
            r"\b(cai cach hanh chinh|cchc) trong dang\b"
        ),
        False,
    ),
    # others' supervision, and a headline opening on it ("Giám sát việc giải quyết thủ tục hành chính tại phường A")
    (_SUPERVISION_HEADLINE, False),
    (_OTHERS_SUPERVISE, False),
    (_GATHERING, False),
    (
        re.compile(
            r"thanh tra thue|thanh tra xay dung|kiem tra thue|an toan thuc pham|an toan,? ve sinh lao dong|"
            r"an toan lao dong|phong chay|trat tu (do thi|xay dung)|"
            r"\bhang gia\b|buon lau|van thu,? luu tru|no thue|cuong che no|phap luat (ve )?dat dai|"
            r"quy che dan chu|ke khai tai san|"  # the grassroots democracy rules; officials' assets declared
            r"\bkiem toan\b"  # an audit ("Kiểm toán nội bộ tại Kho bạc Nhà nước Cà Mau")
        ),
        True,
    ),
]
# A headline that says which sector's work was checked, and names no reform work: "Phòng Tư pháp kiểm tra công tác
# hộ tịch, chứng thực tại ...". Headline only: positive articles' texts name these fields often.
# (a project's progress and spending, the emulation council, a one-stop centre's building: "kiểm tra cơ sở vật chất
# Trung tâm Phục vụ hành chính công")
_SECTOR_CHECK = re.compile(
    r"kiem tra(,? danh gia)? (cong tac |viec )?(ho tich|chung thuc|thi dua|bau cu|quan ly dat dai|thu,? chi|"
    r"cac khoan thu|hoc phi|chat luong (benh vien|kham|dich vu y te)|chuan bi ky thi|ky thi|tuyen sinh|"
    r"tien do( thuc hien)?|giai ngan|phong,? chong tham nhung|phat trien doi tuong|bao hiem|"
    r"(hien trang )?co so vat chat|"
    # a sector's own inspection, or the organisation and work of a profession ("kiểm tra tổ chức và hoạt động công
    # chứng", "BHXH tỉnh kiểm tra chuyên ngành việc đóng BHXH")
    r"chuyen nganh|to chuc va hoat dong)|hoi dong thi dua"
)
# A headline that names what was checked where, and names no reform work: "Kiểm tra công tác dân vận chính quyền tại
# xã A", "Kiểm tra việc thực hiện chính sách dân tộc tại ..." (every such headline of the annotated corpus is a near
# miss; "Kiểm tra tại xã A" and "Kiểm tra việc giải quyết hồ sơ tại ..." name none or reform work).
_CHECK_OF_SUBJECT = re.compile(
    r"^(?:[^:]{0,40}: )?kiem tra (?:cong tac |viec (?:thuc hien |trien khai |quan ly,? )?)?(?P<subject>.+?) "
    r"(?:tai(?<!ton tai)|o) "  # ("tồn tại", the shortcomings, folds alike: "Kiểm tra việc khắc phục tồn tại sau ...")
)
_REFORM_WORK = re.compile(
    r"\b(?:cai cach|cchc|thu tuc|tthc|mot cua|ho so|giai quyet|tiep nhan|dich vu cong|de an 06|cong vu|hanh chinh|"
    r"phuc vu (?:nguoi dan|nhan dan|to chuc)|"  # (the service the one-stop centres give: "việc phục vụ người dân")
    r"chinh quyen (?:dien tu|so)|quay giao dich|"  # (e-government; the one-stop counters)
    r"van thu|so hoa|chuyen doi so|k[yi] luat|k[yi] cuong|noi vu|"  # (home affairs work takes in reform work)
    r"iso|he thong quan ly chat luong|"  # (the quality system reform brought to the agencies, ISO 9001)
    r"khac phuc)\b"  # (the remedy of an earlier check's findings names no other work: "khắc phục tồn tại, hạn chế")
)


# ... told after who checks: "Ban Dân vận Huyện ủy kiểm tra công tác dân vận chính quyền tại xã Phong Phú" (its
# subject named as "công tác"/"việc": "Đoàn kiểm tra của Sở làm việc tại ..." names none).
_BODY_CHECKS_SUBJECT = re.compile(
    r"^[^:]{0,60}? kiem tra (?:cong tac |viec (?:thuc hien |trien khai |quan ly,? )?|hoat dong )(?P<subject>.+?) "
    r"(?:tai(?<!ton tai)|o) "
)


def _checks_something_else(head: str) -> bool:
    check = _CHECK_OF_SUBJECT.match(head) or _BODY_CHECKS_SUBJECT.match(head)
    return bool(check) and len(check["subject"].split()) >= 2 and not _REFORM_WORK.search(check["subject"])


# A headline about reform work that is no inspection of it: a yearly reform plan, a unit's report on its own work.
_OWN_REFORM_WORK = re.compile(
    r"ke hoach (cai cach hanh chinh|cchc)|bao cao (ket qua )?(thuc hien )?(cong tac )?(cai cach hanh chinh|cchc)|"
    # the reform work told to the people (in the headline only: findings of a visit name it often)
    r"tuyen truyen|"
    r"(tang|trao|nhan|duoc) (bang|giay) khen"  # an award for reform work: "Bộ phận Một cửa xã A được tặng Bằng khen"
)
# ... or a unit's own remedies after an inspection: "Tiên Du ban hành kế hoạch khắc phục tồn tại, hạn chế sau kiểm tra
# cải cách hành chính", "Xã A báo cáo kết quả khắc phục tồn tại sau kiểm tra" (a re-check of them, "phúc tra kết quả
# khắc phục", "kiểm tra việc khắc phục", is an inspection).
# The text saying the visit is no inspection: "chuyến công tác nhằm lắng nghe ..., không phải là đợt kiểm tra, đánh
# giá" (not what else it is not: "không phải là cuộc thanh tra, kiểm tra chuyên ngành về thuế ..., mà là kiểm tra việc
# thực hiện cơ chế một cửa").
_NO_CHECK_SAID = re.compile(
    r"\bkhong phai (la )?(mot )?(dot|cuoc|buoi|chuyen)( cong tac)? (thanh tra,? )?kiem tra\b(?! chuyen nganh)|"
    # ... or that reform work was left out of it: "Riêng nội dung cải cách hành chính không nằm trong đợt kiểm tra này"
    r"\b(cai cach hanh chinh|cchc) khong (nam trong|thuoc|co trong)( pham vi| noi dung)?( (dot|cuoc|lan))? kiem tra\b"
)
# ... or that it checked the staff's discipline only: "nội dung đợt kiểm tra lần này chỉ tập trung vào việc chấp hành
# thời giờ làm việc, nội quy cơ quan, việc đeo thẻ" (not the rounds before it: "khác với nhiều đợt trước chỉ tập trung
# vào giờ giấc làm việc, đợt này Đoàn kiểm tra cả quy trình tiếp nhận").
_DISCIPLINE_ONLY = re.compile(
    r"(?<!truoc )\bchi (tap trung (vao )?|kiem tra )(viec )?"
    r"(chap hanh (thoi gio|gio|k[yi] luat|noi quy)|k[yi] luat|gio giac|le loi|thoi gio)"
)
_OWN_REMEDIES = re.compile(r"(?<!phuc tra )\b(ke hoach|bao cao)( ket qua)? khac phuc\b")
# ... or a headline opening on them, "Hải Hậu: Khắc phục 8/9 tồn tại sau kiểm tra cải cách hành chính của tỉnh", unless
# the lead has a team re-checking them ("Đoàn phúc tra của Sở Nội vụ đã làm việc tại huyện Hương Khê").
_REMEDIES_HEAD = re.compile(r"^([^:]{0,40}: )?(da |tap trung )?khac phuc (\d+(/\d+)? )?(ton tai|han che)")
_RECHECK_AT_WORK = re.compile(r"\bphuc tra\b|\bkiem tra (lai|viec khac phuc|ket qua khac phuc)\b")
# "Dự kiến" counts for a plan near "kiểm tra" only ("hội nghị sơ kết dự kiến tổ chức" closes many visit reports), and
# a schedule only when it is not already past ("Lịch kiểm tra đã được thông báo") nor a cited document's subject
# ("Văn bản số 1870/SNV-CCHC về lịch kiểm tra"). "Sẽ kiểm tra tiếp/lại" closes a visit report with its next round.
_PLAN = re.compile(
    r"(ban hanh|xay dung|trien khai) ke hoach kiem tra|ke hoach k(iem tra|t\b)|kh kt\b|"  # "KH KT": in shorthand
    r"se (tien hanh )?k(iem tra|t\b)(?! tiep| lai)|"
    r"(vua|moi) ban hanh ke hoach\b|quyet dinh thanh lap doan kiem tra|du kien[^.;]{0,30}kiem tra|"
    # (not a check put off to a later round: "việc kiểm tra được lùi sang đợt 2 (dự kiến trong tháng 11/2022)")
    r"kiem tra(?![^.;]{0,30}\b(lui|hoan)\b)[^.;]{0,30}du kien|(?<!ve )lich kiem tra(?! da)|se thanh lap doan"
)
_RESULTS = re.compile(
    # (not what a check's results will be used for: "kết quả kiểm tra được công khai ... và là căn cứ đánh giá"; nor a
    # visit's report to come: "Tổ giám sát sẽ tổng hợp kết quả, báo cáo Giám đốc Sở")
    r"ket qua (khao sat,? )?kiem tra(?![^.;]{0,40}\bse\b)(?![^.;]{0,80}\b(la|lam) can cu\b)|(?<!se )tong hop ket qua(?! khac phuc)|qua kiem tra (tai|cac)|da kiem tra \d+|thong bao ket qua|"
    # a count of units checked, not of records ("kiểm tra 85 hồ sơ" at one desk) nor a plan's ("sẽ kiểm tra 10 sở")
    r"(?<!se )(?<!du kien )kiem tra (truc tiep )?\d+ (xa|phuong|thi tran|don vi|co quan|dia phuong|so|huyen|phong|bo|"
    r"tong cuc)\b|"
    # (or a count of checks: "Tổ công tác ... kiểm tra đột xuất 25 lượt trong 6 tháng đầu năm 2024")
    r"(?<!se )kiem tra (dot xuat )?\d+ (luot|cuoc)\b|"
    # (or where the round went, when many: "đã kiểm tra trực tiếp tại 26 xã, phường", "đã tiến hành kiểm tra trực
    # tiếp tại 9 xã, thị trấn")
    r"\bda (tien hanh )?(khao sat,? )?kiem tra (truc tiep |thuc te )?tai (0?[89]|[1-9]\d+)(/\d+)? (xa|phuong|thi tran|don vi|co quan|dia phuong|so|"
    r"huyen)\b|"
    r"tu dau nam den nay,? doan kiem tra|sau (dot|cac dot) kiem tra|cac doan kiem tra[^.;]{0,30} da kiem tra|"
    # a round over months, told when it is over (not a period a figure covers: "từ tháng 3 đến hết tháng 7, đã có 1.125
    # lượt chủ phương tiện đặt lịch")
    r"tu thang \d+ den (het )?thang \d+(?![^.;]{0,40}\bse\b)(?=[^.;]{0,40}\b(doan|to|kiem tra)\b)"
)
_UNIT_WORDS = (
    r"(xa|phuong|thi tran|huyen|so|phong|trung tam|ubnd|bo phan|thon|xom|ban|ap|buon|plei|khom|khu pho|to dan pho|"
    r"lang|truong|benh vien|chi cuc|cuc|cong an|bhxh|bao hiem xa hoi|kho bac|kbnn|chi nhanh|van phong|tram)\b"
)
_VISIT = re.compile(
    # (the subject may come between: "Kiểm tra cải cách hành chính trong lĩnh vực hộ tịch, chứng thực tại phường A")
    r"lam viec (truc tiep )?(tai|voi)|co mat tai|kiem tra( [^.;:()]{0,60}?)? tai (cac |mot so |\d+ )?"
    + _UNIT_WORDS
    + r"(?! trong (quy|thang|nam|dot))|den kiem tra|da co buoi|tien hanh kiem tra|"  # not "... trong quý II": a plan
    r"\bda kiem tra[^.;]{0,80}? tai (cac |\d+ )?" + _UNIT_WORDS  # "đã kiểm tra việc thực hiện ... tại các xã"
)


_LEAD = 600
# (or the communes' cross-check of it: "Kế hoạch ... về kiểm tra chéo công tác cải cách hành chính giữa các xã"; or
# the steering committee's supervising team: "Đoàn giám sát (số 2) của Ban Chỉ đạo cải cách hành chính (CCHC) huyện")
_BOARD_TEAM = r"\b(doan|to) giam sat( so \d+)? (cua )?(ban chi dao|bcd) (cai cach hanh chinh|cchc)\b"
_REFORM_TEAM = re.compile(
    r"\b(doan|to)( cong tac)? kiem tra( cong tac)? (cai cach hanh chinh|cchc)\b|"
    r"\bkiem tra cheo (cong tac )?(cai cach hanh chinh|cchc)\b|"
    # ... or a team said to have checked or surveyed it: "Đoàn công tác của Ban Chỉ đạo CCHC của Chính phủ do ông A ...
    # làm Trưởng đoàn đã kiểm tra tình hình thực hiện nhiệm vụ CCHC năm 2019 tại tỉnh Quảng Bình", "Đoàn công tác của Bộ
    # Nội vụ ... đã về khảo sát tình hình thực hiện nhiệm vụ cải cách hành chính tại tỉnh" (not the Party's own reform,
    # "cải cách hành chính trong Đảng")
    r"\bda (ve )?(kiem tra|khao sat) (tinh hinh |viec |ket qua )?(thuc hien |trien khai )?(nhiem vu |cong tac )?"
    r"(cai cach hanh chinh|cchc)\b(?! trong dang)|"
    # ... or the plan of such checks ("vừa ban hành Kế hoạch số 2105/KH-UBND ... về kiểm tra công tác cải cách hành
    # chính năm 2023"), whatever else its checks take in, or the decision ordering them ("Quyết định số 1021/QĐ-BNV ...
    # của Bộ trưởng Bộ Nội vụ về việc kiểm tra công tác cải cách hành chính năm 2021"), or of the civil service and
    # reform work ("Kế hoạch số 168/KH-UBND ... về kiểm tra công vụ và cải cách hành chính năm 2019"), or named by it
    # ("Quyết định số 1021/QĐ-BNV ... ban hành Kế hoạch kiểm tra CCHC năm 2023")
    r"\b(ke hoach|quyet dinh) (so )?[\w/-]*[^.;]{0,60}\bve (viec )?kiem tra(,? giam sat)?( cong vu( va|,))? (cong tac )?"
    r"(cai cach hanh chinh|cchc)\b|\bke hoach kiem tra( cong tac)? (cai cach hanh chinh|cchc)\b|"
    + _BOARD_TEAM
)
# ... or, anywhere in a long feature, such a team with its leader at work: "Đoàn kiểm tra CCHC của Bộ Nội vụ do ông A,
# Phó Vụ trưởng làm Trưởng đoàn đã về làm việc tại Nghệ An".
_REFORM_TEAM_LED = re.compile(
    r"\bdoan kiem tra( cong tac)? (cai cach hanh chinh|cchc)\b[^.;]{0,80}\bdo [^.;]{0,100}\b(lam truong doan|dan dau)\b"
    r"[^.;]{0,40}\b(da|dang)( ve)? (kiem tra|lam viec)\b"
)
# ... or supervised it, in a sentence that tells no others' supervision: "Đoàn giám sát số 2 ... đã giám sát việc thực
# hiện nhiệm vụ cải cách hành chính (CCHC) tại huyện Hương Khê".
_SUPERVISED_REFORM = re.compile(
    r"\bda (ve )?giam sat (tinh hinh |viec )?(thuc hien |trien khai )?(nhiem vu |cong tac )?(cai cach hanh chinh|cchc)\b"
)
# An inspection team at work at the units themselves: "Đoàn kiểm tra đã kiểm tra thực tế tại Sở Tài nguyên và Môi
# trường", "Đoàn đã kiểm tra trực tiếp tại UBND huyện A".
_CHECKED_ON_SITE = re.compile(
    # (or without its tense: "Trong buổi sáng, đoàn chia 2 tổ kiểm tra thực tế tại Chi nhánh ...")
    r"\bdoan( kiem tra)?\b[^.;]{0,40}(?<!\bse )(?<!\bse den )\b(da (den )?)?kiem tra (thuc te|truc tiep) tai "
    r"(ubnd |uy ban nhan dan )?"
    r"(so|xa|phuong|thi tran|huyen|thi xa|quan|thanh pho|tinh|bo phan|trung tam|chi nhanh)\b"
)
# A ceremony or a seminar, whatever it is about: "Bàn giao, đưa vào sử dụng nhà làm việc Bộ phận Một cửa", "Kiểm tra
# việc bàn giao hồ sơ, tài liệu và con dấu sau sắp xếp", "Hội thảo “Chuyển đổi số trong giải quyết TTHC”".
_CEREMONY = re.compile(r"\b(ban giao|dua vao su dung|khanh thanh|khoi cong|hoi thao|toa dam)\b")
# A roundup of the week's or the district's news: "Tin vắn địa phương tuần từ 13 đến 19/5/2019", "Điểm tin"; a
# department's month told item by item: "Sở Nội vụ: Kết quả công tác tháng 9 và nhiệm vụ trọng tâm tháng 10".
_ROUNDUP = re.compile(
    r"\b(tin van|diem tin|ban tin|ket qua cong tac thang|(hoat dong|su kien|ket qua) noi bat|nhiem vu trong tam thang)\b"
)


# A survey team that looks at the one-stop desks' work and examines their records inspects them: "Đoàn khảo sát của Sở
# Nội vụ ... đã khảo sát việc thực hiện cơ chế một cửa, một cửa liên thông tại UBND huyện A", then "rút ngẫu nhiên
# hồ sơ đã trả kết quả để đối chiếu" (not a survey of satisfaction, which asks people and looks at no record).
_SURVEY_OF_DESKS = re.compile(
    r"\bdoan khao sat\b[^.;]{0,150}\bkhao sat (thuc te )?(viec thuc hien |hoat dong (cua )?)"
    r"(co che mot cua|bo phan (tiep nhan|mot cua))"
)
_RECORDS_EXAMINED = re.compile(
    r"(?<!khong )\b(rut|kiem tra) (ngau nhien|xac suat)\b[^.;]{0,20}\bho so\b|(?<!khong )\b(xem xet|kiem tra) so theo doi\b"
)


# "KT", shorthand for "kiểm tra" where a notice's style runs to it, before what it checks: "Đoàn KT CCHC của tỉnh ...
# đã KT công tác CCHC tại UBND Tp. Rạch Giá" (not "KT-XH", the economy and society).
_KT = re.compile(r"\bkt\b(?=\s+(cchc|cong tac|cai cach|tai|thuc te|truc tiep|dot xuat|viec))")


def _spelled_out(folded: str, written: str = "") -> tuple[str, str]:
    """The folded text with the shorthand written out, and the text as written changed alike (the two stay aligned
    character for character: `_cues` reads one at the other's offsets)."""
    if "kt" not in folded:
        return folded, written
    spans = [m.span() for m in _KT.finditer(folded)]
    for start, end in reversed(spans):
        folded = folded[:start] + "kiem tra" + folded[end:]
        written = written[:start] + "kiểm tra" + written[end:]
    return folded, written


# Where a headline's next story starts: a semicolon, or a gathering joined by a comma or "và" ("..., thẩm định đề án
# vị trí việc làm và sơ kết quý I").
_NEXT_STORY = re.compile(r"; |(?:,| va) (?=" + _GATHERING.pattern + ")")


def _story_cut(head: str) -> list[str]:
    """The headline's stories, in order."""
    stories, start = [], 0
    for cut in _NEXT_STORY.finditer(head):
        stories.append(head[start : cut.start()])
        start = cut.end()
    return [*stories, head[start:]]


# A team at work, or the plan or results of its checks, told in the text.
_TEAM_AT_WORK = re.compile(
    r"doan kiem tra|to kiem tra|(doan|to) kt\b|ke hoach kiem tra|ket qua kiem tra|kiem tra cong tac (cai cach|cchc)|"
    + _BOARD_TEAM
    + r"|"
    r"doan cong tac[^.;]{0,150} da kiem tra|"  # "Đoàn công tác ... do ông X dẫn đầu đã kiểm tra"
    r"to cong tac cua thu tuong\b[^.;]{0,150} da kiem tra|"  # the Prime Minister's working group at work
    # a check made at the one-stop desks themselves: "kiểm tra đột xuất tại Bộ phận một cửa của Sở A"
    r"kiem tra (dot xuat|thuc te|truc tiep),? (tai )?(cac )?bo phan (tiep nhan|mot cua)|"
    # a working group named for checking reform work: "Tổ công tác của Chủ tịch UBND tỉnh về kiểm tra CCHC"
    # or its desks: "các thành viên Tổ công tác đã chia nhóm đến kiểm tra đột xuất bộ phận tiếp nhận và trả kết quả"
    r"to cong tac[^.;]{0,60}\bkiem tra(,? don doc)? (dot xuat )?(cong tac |(viec )?thuc hien (nhiem vu )?)?(cai cach hanh chinh|cchc|"
    r"viec (tiep nhan,? )?giai quyet|"
    r"(tai )?(cac )?bo phan (tiep nhan|mot cua))|"
    # ... or named for checking the civil service and reform together: "Tổ công tác của Chủ tịch UBND thành phố
    # về kiểm tra việc thực thi công vụ và cải cách thủ tục hành chính", "Tổ công tác kiểm tra công vụ, cải cách
    # hành chính"
    r"to cong tac[^.;]{0,60}\bkiem tra\b[^.;]{0,40}(\b(va|gan voi)|,) (cai cach (thu tuc )?hanh chinh|cchc)|"
    # ... or for reform work, at work: "Tổ công tác của UBND tỉnh về cải cách hành chính, chuyển đổi số và Đề án
    # 06 do ông A làm Tổ trưởng đã kiểm tra hoạt động của Trung tâm Phục vụ hành chính công tại phường B"
    r"to cong tac[^.;]{0,40}\bve (cai cach hanh chinh|cchc)\b[^.;]{0,150} da kiem tra"
)


# The team a unit gets ready for, not at work yet: "Trung tâm đang chuẩn bị hồ sơ, tài liệu phục vụ Đoàn kiểm tra
# công tác cải cách hành chính của tỉnh".
_AWAITED_TEAM = re.compile(
    r"\b(phuc vu|chuan bi (tiep|don|lam viec voi)|de (tiep|don)) (cac )?(doan|to) (kiem tra|cong tac)"
    r"( cong tac)?( (cai cach hanh chinh|cchc))?"
)


def _score_relevance(title: str, body: str) -> tuple[bool, list[str]]:
    cues: list[str] = []
    head = _spelled_out(fold(title))[0] if title else ""
    text = _AWAITED_TEAM.sub("", _spelled_out(fold(body[:4000]))[0])
    score = 0.0
    # (or the settling of records it is made of: "kiểm tra đột xuất công vụ và việc giải quyết hồ sơ tại Tư Nghĩa")
    if _CCHC.search(head) or _SETTLING_RECORDS.search(head):
        score += 2
        cues.append("cchc in title")
    if _INSPECT.search(head):
        score += 2
        cues.append("inspection in title")
    if _CCHC.search(text):
        score += 1
    # a team named for reform work in the lead checks reform work, whatever else it checks with it ("Đoàn kiểm tra
    # cải cách hành chính ... Nội dung kiểm tra gồm ...; công tác văn thư, lưu trữ"; not one named further down as
    # the team that does: "Việc kiểm tra CCHC ... sẽ do Đoàn kiểm tra cải cách hành chính của tỉnh thực hiện"); a team
    # at work under a plan of reform checks tells an inspection as a team at work does: "Tổ giám sát của Sở Nội vụ ...
    # theo Kế hoạch ... về kiểm tra, giám sát công tác CCHC"
    reform_team = bool(
        _REFORM_TEAM.search(text, 0, _LEAD)
        or _REFORM_TEAM_LED.search(text)
        or any(
            not _OTHERS_SUPERVISE.search(
                text, max(text.rfind(".", 0, m.start()), text.rfind(";", 0, m.start()), 0), m.end()
            )
            for m in _SUPERVISED_REFORM.finditer(text, 0, _LEAD)
        )
    )
    if reform_team or _TEAM_AT_WORK.search(text):
        score += 2
        cues.append("inspection team/plan in body")
    desks_surveyed = bool(_SURVEY_OF_DESKS.search(text, 0, _LEAD) and _RECORDS_EXAMINED.search(text))
    checked_on_site = bool(_CHECKED_ON_SITE.search(text))
    if desks_surveyed:
        score += 3  # (reform work and its inspection both)
        cues.append("one-stop desks surveyed, their records examined")
    # (or what a check was centred on: "kiểm tra tình hình thực hiện nhiệm vụ ..., trọng tâm là công tác cải cách thủ
    # tục hành chính")
    if re.search(
        r"kiem tra (cong tac |viec thuc hien )?(cai cach (thu tuc )?hanh chinh|cchc)|"
        r"\bkiem tra\b[^.;]{0,120}\btrong tam la (cong tac )?(cai cach (thu tuc )?hanh chinh|cchc)",
        head + " " + text,
    ):
        score += 1
    # (a roundup's items are each their own story: another item's conference or appraisal says nothing of this one;
    # so are a headline's stories joined by a semicolon, "Kiểm tra CCHC tại xã A; tập huấn phần mềm một cửa điện tử",
    # or a gathering joined after it, "Sở Nội vụ kiểm tra CCHC tại Hương Khê và tập huấn nghiệp vụ văn thư": the other
    # story's cue in the headline is no near miss of the inspection's)
    stories = _story_cut(head)
    roundup = bool(_ROUNDUP.search(head)) or len(stories) > 1
    inspection_story = "; ".join(s for s in stories if _INSPECT.search(s)) or head
    # (the settling of procedures checked with it, in the lead: not a mention of "cải cách hành chính liên quan"; or
    # said anywhere to be the check's focus)
    joint_lead = bool(
        _SETTLING_TOO_CHECK.search(text, 0, _LEAD) or _SETTLING_FOCUS.search(text) or _REFORM_TOO.search(text)
    )
    # A headline about a near miss that names reform work only as the place ("tại Bộ phận Một cửa") is that near
    # miss; one naming reform work as its subject may be a joint inspection. The strongest one counts.
    penalties = []
    for pattern, joint in _NEAR_MISS:
        # (the council's or the Front's team at work in the lead tells whose the page is as a headline does: "Kiểm
        # tra, giám sát việc giải quyết TTHC tại phường A" over "Đoàn giám sát của Ủy ban MTTQ phường ...")
        in_head = bool(pattern.search(inspection_story)) or (
            pattern is _OTHERS_SUPERVISE and not reform_team and bool(pattern.search(text, 0, _LEAD))
        )
        reform_head = joint and bool(_REFORM_SUBJECT.search(head))
        # (a check the lead says settles procedures too, or made by the reform team, whatever its headline names:
        # "đã kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính, kết hợp kiểm tra việc tiếp nhận, giải quyết thủ tục
        # hành chính"; "Kiểm tra đột xuất việc chấp hành kỷ luật ... tại phường A" where "Đoàn kiểm tra công tác cải
        # cách hành chính của UBND Thành phố ... đã kiểm tra đột xuất")
        # (nor by a survey team's check of the desks, whatever else the text tells of surveys and indices)
        # (nor a check of the civil service that the headline or the lead joins to reform work: "kiểm tra đột xuất
        # công vụ và việc giải quyết hồ sơ", "Tổ công tác ... về kiểm tra việc thực thi công vụ và cải cách thủ tục
        # hành chính")
        civil_service_joint = pattern is _CIVIL_SERVICE_CHECK and bool(
            _SETTLING_RECORDS.search(head) or _JOINT_CHECK.search(head) or _WITH_REFORM.search(text, 0, _LEAD)
        )
        if joint and (
            reform_team
            or joint_lead
            or desks_surveyed
            or not in_head
            and checked_on_site
            or civil_service_joint
        ):
            continue
        # (nor is a conference the text names twice one when the lead has the reform team at work and the headline
        # names none: an interview's "sơ kết", "tổng kết" in passing)
        # (nor is a headline opening on "Giám sát" the council's when the lead has the reform team or its plan at work:
        # "Theo Kế hoạch ... của UBND tỉnh về kiểm tra, giám sát công tác cải cách hành chính, Đoàn giám sát số 1")
        if not joint and reform_team and (not in_head or pattern is _SUPERVISION_HEADLINE):
            continue
        if pattern is _GATHERING and not in_head and _RESULTS_MEETING_HELD.search(text):
            continue
        if in_head or (
            not roundup and len(pattern.findall(text)) >= 2 and not (joint and _JOINT_CHECK.search(text))
        ):
            penalties.append((5 if in_head and not reform_head else 3, pattern.pattern[:30]))
    if penalties:
        penalty, cue = max(penalties, key=lambda p: p[0])
        score -= penalty
        cues.append(f"near miss: {cue}")
    if _OWN_REFORM_WORK.search(head) and not _INSPECT.search(head):
        score -= 5
        cues.append("reform work, no inspection, in title")
    if _OWN_REMEDIES.search(head) or (
        _REMEDIES_HEAD.search(head) and not _RECHECK_AT_WORK.search(text, 0, _LEAD)
    ):
        score -= 5
        cues.append("a unit's own remedies in title")
    if _NO_CHECK_SAID.search(text) or _DISCIPLINE_ONLY.search(text):
        score -= 5
        cues.append("the text says it is no inspection of reform work")
    # (not a name, each of its words capitalised: "xã Khánh Thành" is no inauguration, "khánh thành")
    if any(
        not all(w.istitle() for w in title[m.start() : m.end()].split()) for m in _CEREMONY.finditer(head)
    ):
        score -= 5
        cues.append("a ceremony or a seminar in title")
    # (the one-stop desk as the place: "Kiểm tra tiến độ dự án cải tạo nhà làm việc Bộ phận một cửa")
    # (unless the text says reform work was checked with it: "kiểm tra việc thực hiện Đề án 06 gắn với công tác cải
    # cách hành chính")
    if (
        _SECTOR_CHECK.search(head) and not _REFORM_SUBJECT.search(head) or _checks_something_else(head)
    ) and not _JOINT_CHECK.search(text):
        score -= 5
        cues.append("a sector's check in title")
    # (a check that never names reform work is of something else: "Tổ công tác Đề án 06 tỉnh kiểm tra tại huyện A",
    # digital transformation alone included)
    return score >= 4 and (_REFORM_NAMED.search(head) or _REFORM_NAMED.search(text)) is not None, cues


def audits_reform_work(page: Page) -> bool:
    """Whether the headline or the lead tells an Inspectorate's inspection (thanh tra) of reform work."""
    return bool(
        REFORM_AUDIT.search(fold(page.meta.title or "")) or REFORM_AUDIT.search(page.folded, 0, _LEAD)
    )


# A headline led by its year ("Năm 2025: Kiểm tra CCHC tại 24 xã, phường", "Long An: Năm 2018 kiểm tra cải cách hành
# chính tại 5 sở, ngành và 4 địa phương") tells a year's round, not one visit.
_YEAR_LED = re.compile(r"([^:]{0,40}: )?(trong )?nam \d{4}\b")


# "Kết quả" in a headline tells results, unless it is what the units are scored on ("chấm điểm kết quả cải cách hành
# chính") or the results of one visit at units it names ("Thông báo kết quả kiểm tra ... tại thị trấn Mường Xén"): neither
# the word nor the headline's results cues count for results there. Nor are the remedies a re-check looks at ("Phúc
# tra kết quả khắc phục"), nor the one-stop desk's name ("Bộ phận tiếp nhận và trả kết quả").
_RESULTS_HEAD = re.compile(r"(?<!cham diem )(?<!danh gia )(?<!tiep nhan va tra )\bket qua\b(?! khac phuc)")
_AT_NAMED_UNIT = re.compile(r"\btai (ubnd )?(xa|phuong|thi tran|huyen|thi xa|quan|so) (?!\d)")
# A headline naming the year's inspections and no place: "Kiểm tra cải cách hành chính năm 2022: Nhìn thẳng vào ...".
# ... or what the year's inspections found: "Hà Tĩnh chỉ ra 127 tồn tại qua kiểm tra cải cách hành chính năm 2024",
# "Nhìn lại đợt kiểm tra cải cách hành chính năm 2020: ...", its units counted ("Bến Tre: 7 cơ quan, đơn vị được
# kiểm tra cải cách hành chính năm 2024"), who led its ranking ("Xã Hòa Phú đứng đầu huyện trong đợt kiểm tra cải cách
# hành chính năm 2020") or its conclusions ("Giồng Trôm thông báo kết luận kiểm tra cải cách hành chính năm 2014"; not
# "... năm 2022 đối với UBND huyện A").
_YEAR_ROUND = re.compile(
    r"(^(?:[^:]{0,40}: )?(\d+ [^:]{0,30}\bduoc )?|\b(qua|nhin lai|(dan|dung) dau( huyen| tinh)?( trong)?) (dot |cac dot )?|"
    r"\bket luan )"
    r"kiem tra (cong tac )?(cai cach hanh chinh|cchc) nam \d{4}(?![^:]*\b(tai|o|doi voi)\b)"
)
# A lead telling the report or notice of a year's inspections just issued: "UBND huyện vừa ban hành Thông báo số
# 312/TB-UBND ... về kết quả kiểm tra công tác cải cách hành chính năm 2023 tại các cơ quan chuyên môn và UBND các xã"
# (not the conclusions of one visit: "... năm 2023 tại UBND xã A").
_RESULTS_ISSUED = re.compile(
    r"\b(thong bao|bao cao) (so )?[\w/-]*[^.;]{0,60}\bve (viec )?ket qua kiem tra (cong tac )?(cai cach hanh chinh|cchc)"
    r"( \([^)]{0,10}\))? nam \d{4}(?! (tai|doi voi) (ubnd )?(xa|phuong|thi tran|huyen|thi xa|quan|so)\b)|"
    # ... or a conference that announces them: "Sở Nội vụ tổ chức hội nghị thông báo kết quả kiểm tra công tác CCHC"
    r"\bhoi nghi (thong bao|cong bo) ket qua kiem tra (cong tac )?(cai cach hanh chinh|cchc)\b"
)
# A headline concluding a round for a kind of unit, not one visit: "Thông báo kết luận kiểm tra công tác cải cách hành
# chính năm 2022 đối với UBND các xã, thị trấn", "... năm 2020 đối với 05 cơ quan, đơn vị".
_CONCLUDED_FOR_UNITS = re.compile(
    r"\b(ket luan|ket qua) kiem tra\b[^:]*\b(doi voi|tai|o) (ubnd )?(cac|\d+) "
    r"(xa|phuong|thi tran|don vi|co quan|dia phuong|so|huyen)\b"
)
# A headline's count of the units inspected ("tại 8 xã", "ở 32 xã", "Hải Phòng: 45 xã, phường được kiểm tra"): a trip
# takes a team to a few, a round to many or to all.
_MANY_UNITS = re.compile(
    r"(?:^|\btai |\bo |: |\bcua )(\d+|(?P<words>tam|chin|muoi|(?:hai|ba|bon|nam) muoi)(?: [a-z]+)?)(/\d+)? "
    r"(xa|phuong|thi tran|don vi|co quan|dia phuong|so|huyen|truong|dac khu)\b"
)
_ROUND_FINISHED = re.compile(r"\b(hoan thanh|ket thuc)( dot)? kiem tra\b[^:;]*\bnam \d{4}\b")
# A headline telling the round's ratings: "Kon Tum: 5 cơ quan, đơn vị xếp loại tốt trong đợt kiểm tra ...".
_RATED_HEAD = re.compile(r"\b(xep loai|(?<!chua )dat( loai)?) (xuat sac|tot|kha|trung binh|yeu(?! cau))\b")


def _cues(pattern: re.Pattern[str], folded: str, written: str) -> int:
    """How many times `pattern` matches, not counting a "sẽ" that is a capitalised name as written ("Chư Sê kiểm
    tra" folds to "chu se kiem tra")."""
    return sum(
        1
        for m in pattern.finditer(folded)
        if not (m.group(0).startswith("se ") and written[m.start()].isupper())
    )


def _kind(title: str, body: str) -> str:
    title, body = title or "", body[:3000]
    (head, title), (text, body) = _spelled_out(fold(title), title), _spelled_out(fold(body), body)
    scores = Counter()
    # Visit first: a tie goes to the most common kind (Counter.most_common keeps insertion order among equals).
    year_led = _YEAR_LED.match(head) or _ROUND_FINISHED.search(head)
    at_named_unit = _AT_NAMED_UNIT.search(head)
    year_round = _YEAR_ROUND.search(head)
    many = _MANY_UNITS.search(head)  # (in words, "Mười đơn vị cấp xã", from eight up)
    # "tại 8 xã, thị trấn", "tại 8/8 xã", "7 cơ quan được kiểm tra CCHC năm 2024": a round, not one trip
    # (or at a few, the year's round told finished: "Đông Anh hoàn thành kiểm tra công tác CCHC năm 2018 tại 6 xã")
    many_units = many and (
        many.group("words")
        or int(many.group(1)) >= 8
        or many.group(3)
        or year_round
        or _ROUND_FINISHED.search(head)
    )
    # (a round's headline tells no trip however it words the checking: "Kiểm tra CCHC tại 24 xã, phường", "Khép lại
    # đợt kiểm tra CCHC năm 2019 tại 9 xã"; teams may visit up to ten or so in a trip: "Ba đoàn ... tại 9 xã")
    round_head = many_units and (
        year_round or _ROUND_FINISHED.search(head) or not many.group("words") and int(many.group(1)) >= 12
    )
    for name, pattern, weight in (("visit", _VISIT, 2), ("results", _RESULTS, 3), ("plan", _PLAN, 3)):
        if _cues(pattern, head, title) and not (
            (year_led or round_head) and name == "visit" or at_named_unit and name == "results"
        ):
            scores[name] += weight * 2
        scores[name] += min(_cues(pattern, text, body), 3) * weight / 2
    # (a roundup's "Kết quả công tác tháng 9" tells the month's work, whatever its item on inspections tells)
    if _RESULTS_HEAD.search(head) and not at_named_unit and not _ROUNDUP.search(head):
        scores["results"] += 3
    # (and the year's round told finished: "Bắc Giang: Hoàn thành kiểm tra công tác CCHC năm 2015")
    if (
        year_round
        or _CONCLUDED_FOR_UNITS.search(head)
        or _RESULTS_ISSUED.search(text, 0, 500)
        or _ROUND_FINISHED.search(head)
    ):
        scores["results"] += 3
    if many_units:
        scores["results"] += 5
    if _RATED_HEAD.search(head):
        scores["results"] += 5
    # (or the lead says a plan of inspections was issued: what the article is about)
    if re.search(r"\bke hoach\b", head) or _PLAN_ISSUED.search(text, 0, 500):
        scores["plan"] += 3
    if _SELF_CHECK_HEAD.match(head) and not _RESULTS_HEAD.search(head) and "ke hoach" not in head:
        scores["visit"] += 3  # "Xã Song Lãng tự kiểm tra công tác CCHC 6 tháng đầu năm": its own team's visit
    if not scores or max(scores.values()) == 0:
        return "visit"
    return scores.most_common(1)[0][0]


# A headline opening on the unit that checks itself: "UBND xã Song Lãng tự kiểm tra ...", "Phường Đại Phúc tự kiểm
# tra hoạt động của Bộ phận Một cửa".
_SELF_CHECK_HEAD = re.compile(
    r"^(ubnd |uy ban nhan dan )?(xa|phuong|thi tran|so|huyen|thi xa|quan|thanh pho|phong|ban|trung tam) "
    r"[^:;]{1,40}?\btu kiem tra\b"
)
_ISSUED_NOW = re.compile(r"(vua|moi) (ban hanh|co|gui) $")
_ISSUED = re.compile(r"(?<!da )ban hanh $")
_PLAN_ISSUED = re.compile(r"(?<!da )\b((vua|moi) )?ban hanh ke hoach\b([^.;]{0,80}\bve)? kiem tra\b")


def _without_cited_subjects(page: Page) -> str:
    """The text with each cited document's clause blanked ("Quyết định số 1234/QĐ-UBND ... ban hành Kế hoạch kiểm
    tra ..."): what another document is about says nothing of what this article reports."""
    text = page.text
    for ref in page.legal_refs:
        before = fold(text[max(0, ref.start - 16) : ref.start])
        if _ISSUED_NOW.search(before) or ref.start < _LEAD and _ISSUED.search(before):
            # a plan the article reports as just issued (or, in its lead, as issued) is its subject, not a cited
            # document: "Ngày 18/7/2024, UBND tỉnh ban hành Kế hoạch số 135/KH-UBND về kiểm tra công tác CCHC"
            continue
        end = clause_end(text, ref.end)
        text = text[: ref.start] + " " * (end - ref.start) + text[end:]
    return text


# A plan schedules its round within the year; days years after the page's date mean the date is wrong. A day told
# without its year months ahead is last year's ("14/10" in a report of January), as in the inspection days.
_PLANNED_AHEAD = timedelta(days=300)
_YEARLESS_AHEAD = timedelta(days=120)


_ROUND_YEAR = re.compile(r"\bnam ((?:19|20)\d\d)\b")


def _days_told(page: Page) -> tuple[str, list[tuple[str, Found]]] | None:
    """The page's date and the first day of each day the text gives for inspecting, but an earlier year's round it
    recalls ("Năm 2018, Đoàn đã kiểm tra tại 8 cơ quan từ ngày 20/8 đến ngày 28/9/2018" in a plan for 2019); None
    without a page date, or with one the page got wrong (it cites a document issued after it)."""
    published = page.meta.published
    if not published or any(f.value.date and f.value.date > published for f in page.legal_refs):
        return None
    # (a day without its year takes the year of the round the headline names, else the page's: "Kết quả kiểm tra
    # công tác kiểm soát TTHC năm 2015" of January 2016 reports the days "từ ngày 11/5 đến ngày 23/10" of 2015)
    named = set(_ROUND_YEAR.findall(fold(page.meta.title or "")))
    year = int(named.pop()) if len(named) == 1 else int(published[:4])
    return published, [
        (resolved[0], found)
        for found in candidate_days(page)
        if (resolved := found.value.resolve(year))
        and not recalled_year(page, page.folded[sentence_of(page, found.start)[0] : found.start])
    ]


def _all_days_ahead(page: Page) -> bool:
    """Whether every day the text gives for inspecting comes after the page was published: a schedule, told in
    whatever tense ("Tuần tới, Đoàn sẽ làm việc với ..."), and whatever its headline says."""
    if not (told := _days_told(page)):
        return False
    published, days = told
    day_of_page = date.fromisoformat(published)
    horizon = (day_of_page + _PLANNED_AHEAD).isoformat()
    yearless_horizon = (day_of_page + _YEARLESS_AHEAD).isoformat()
    return bool(days) and all(
        published < day <= (horizon if found.value.has_year else yearless_horizon) for day, found in days
    )


def _visit_in_headline(title: str) -> bool:
    """Whether the headline tells a visit, not a schedule's ("Điều chỉnh lịch kiểm tra CCHC tại một số xã")."""
    head = fold(title)
    return any(not head[: m.start()].endswith("lich ") for m in _VISIT.finditer(head))


def _plan_in_headline(title: str) -> bool:
    """Whether the headline tells a plan or a schedule ("Kế hoạch kiểm tra ...", "Lịch kiểm tra ...")."""
    head = fold(title)
    return bool(_PLAN.search(head) or re.search(r"\b(ke hoach|lich)\b", head))


def _a_day_ahead(page: Page) -> bool:
    """Whether the text gives a day of inspecting after the page's date."""
    told = _days_told(page)
    return bool(told) and any(day > told[0] for day, _ in told[1])


# A lead telling the visit done without its day: "Tuần qua, Đoàn kiểm tra ... đã kiểm tra tại UBND xã Mỹ Hương".
_DONE_IN_LEAD = re.compile(
    r"\b(tuan qua|vua qua|moi day|hom qua)\b,?[^.;]{0,120}?\b(da|vua) (kiem tra|lam viec|den kiem tra)\b"
)


def _a_day_done(page: Page) -> bool:
    """Whether the text tells a day of inspecting done, the page's or before it: what a visit reports, though its
    headline also announces the schedule of the rest ("Kiểm tra tại huyện A; thông báo lịch kiểm tra ...")."""
    told = _days_told(page)
    return bool(told) and any(
        day <= told[0] and TOLD_DONE.search(page.folded, *sentence_of(page, found.start))
        for day, found in told[1]
    )


@Language.component("cchc_relevance")
def classify_relevance(doc: Doc) -> Doc:
    page = doc._.page
    title = digest_headline(page) or page.meta.title or ""
    relevant, cues = _score_relevance(title, without_other_stories(page))
    kind = (
        ("plan" if _all_days_ahead(page) else _kind(title, _without_cited_subjects(page)))
        if relevant
        else "other"
    )
    # (a headline telling a visit over a day told done; or one telling no plan over a day told done and none ahead:
    # "sẽ kiểm tra" in the text is the rest)
    if (
        kind == "plan"
        and (_a_day_done(page) or _visit_in_headline(title) and _DONE_IN_LEAD.search(page.folded, 0, _LEAD))
        and (_visit_in_headline(title) or not _plan_in_headline(title) and not _a_day_ahead(page))
    ):
        kind = "visit"
    page.facts.update(is_inspection_article=relevant, cues=cues, kind=kind)
    return doc
