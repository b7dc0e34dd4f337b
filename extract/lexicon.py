"""Closed word lists the rule components share: posts, surnames, unit types, offices, metric words.

Lists, not models: every entry is a fact about Vietnamese administration or naming that
a reviewer can check, and adding a missed post or office is a one-line change.
"""

from __future__ import annotations

from cchc.vntext import fold

# Heads of posts, longest first so "Phó Chủ tịch" wins over "Chủ tịch". Matched case-insensitively.
POST_HEADS: tuple[str, ...] = tuple(
    sorted(
        {
            "Phó Chủ tịch Thường trực",
            "Phó Chủ tịch",
            "Chủ tịch",
            "Phó Giám đốc",
            "Giám đốc",
            "Phó Chánh Văn phòng",
            "Chánh Văn phòng",
            "Phó Chánh Thanh tra",
            "Chánh Thanh tra",
            "Phó Trưởng phòng",
            "Trưởng phòng",
            "Phó Trưởng ban",
            "Trưởng ban",
            "Phó Bí thư",
            "Bí thư",
            "Thứ trưởng",
            "Bộ trưởng",
            "Phó Vụ trưởng",
            "Vụ trưởng",
            "Phó Cục trưởng",
            "Cục trưởng",
            "Phó Chi cục trưởng",
            "Chi cục trưởng",
            "Ủy viên",
            "Uỷ viên",
            "Chủ nhiệm",
            "Phó Chủ nhiệm",
            "Phó Tổng Cục trưởng",
            "Phó Tổng Giám đốc",
            "Tổng Giám đốc",
            "Tổng Cục trưởng",
            "Trưởng Công an",
            "Phó Trưởng Công an",
            "Thanh tra viên",
            "Chuyên viên",
            "Công chức",
            "Trưởng Văn phòng",
            "Phó Trưởng Văn phòng",
            "Phó Giám đốc phụ trách",
            "Tỉnh ủy viên",  # a seat on the Party committee before the post: "Tỉnh ủy viên, Giám đốc Sở Nội vụ"
            "Thành ủy viên",
            "Huyện ủy viên",
            "Chánh án",  # courts, procuracies and the armed forces check their own reform work too
            "Phó Chánh án",
            "Viện trưởng",
            "Phó Viện trưởng",
            "Chỉ huy trưởng",
            "Phó Chỉ huy trưởng",
            "Chính ủy",
            "Phó Chính ủy",
            "Tham mưu trưởng",
            "Trưởng Thuế",  # the tax offices of 2025: "Phó Trưởng Thuế tỉnh", "Trưởng Thuế cơ sở 3"
            "Phó Trưởng Thuế",
            "GĐ",  # "ông A - GĐ Sở Nội vụ", "PGĐ Sở", "CVP HĐND-UBND huyện"
            "PGĐ",
            "CVP",
            "PCT",  # commune sites' shorthand: "đ/c Nguyễn Văn A - PCT UBND xã", "Phó CT.UBND xã", "CT UBND xã",
            "P.CT",  # "đ/c Lê Văn Thắng P.CT UBND huyện", "P.GĐ Sở"
            "P.GĐ",
            "Phó CT",
            "CT",
        },
        key=len,
        reverse=True,
    )
)
POST_HEADS_FOLDED: tuple[tuple[str, str], ...] = tuple((fold(p), p) for p in POST_HEADS)

# Vietnamese family names; a capitalised run that starts with one of these is read as a person.
SURNAMES: frozenset[str] = frozenset(
    [
        "Nguyễn",
        "Trần",
        "Lê",
        "Phạm",
        "Hoàng",
        "Huỳnh",
        "Phan",
        "Vũ",
        "Võ",
        "Đặng",
        "Bùi",
        "Đỗ",
        "Hồ",
        "Ngô",
        "Dương",
        "Lý",
        "Đào",
        "Đinh",
        "Mai",
        "Trương",
        "Lâm",
        "Lương",
        "Hà",
        "Tạ",
        "Tô",
        "Trịnh",
        "Đoàn",
        "Lưu",
        "Cao",
        "Chu",
        "Châu",
        "Kiều",
        "Quách",
        "Thái",
        "Văn",
        "Vương",
        "Tăng",
        "Triệu",
        "Từ",
        "Nghiêm",
        "Phùng",
        "Khổng",
        "Lại",
        "Mạc",
        "Âu",
        "Giang",
        "Hứa",
        "Ông",
        "Thân",
        "Tiêu",
        "Kim",
        "Lò",
        "Lục",
        "Quan",
        "Tống",
        "Ninh",
        "Nông",
        "Hầu",
        "Hoàng",
        "Thạch",
        "Sơn",
        "Danh",
        "Bế",
        "Hà",
        "Khúc",
        "Cù",
        "Diệp",
        "Đàm",
        "Đồng",
        "Mẫn",
        "Nhữ",
        "La",
        "Lục",
        "Tôn",
        "Ân",
        "Trình",
        "Thiều",
        "Cấn",
        "Phí",
        "Phó",
        "Bạch",
        "Ma",
        "Lữ",
        "Khương",
        "Giáp",
        "Mã",
        "Hồng",
        "Chế",
        "Đậu",
        "Vi",
        "Y",
        "A",  # the Ba Na's and Xơ Đăng's men: "A Khuyên", "A Pớt"
        "Ksor",
        "Rơ",
        "Siu",
        "Nay",
        "Rahlan",
        "Rah",  # the Jrai's clans, "Rahlan" also written "Rah Lan", and Rcom, Rmah, Kpuih
        "Rcom",
        "Rmah",
        "Puih",
        "Kpuih",
        "Kpă",
        "Đinh",
        "Lăng",
        "Quang",
        "Kha",
        "Mông",
        "Tòng",
        "Cầm",
        "Lường",
        "Hờ",
        "Sùng",
        "Thào",
        "Vàng",
        "Giàng",
        "Mùa",
        "Lầu",
        "Chảo",
        "Bàn",
        "Triệu",
        "Lèng",
        "Hứa",
        "Văn",
        "Viên",
        "Tiết",
        "Trang",
        "Thiệu",
        "Hàn",
        "Dư",
        "Ngọ",
        "Ung",
        "Âu",
        "Mạnh",
        "Lều",
        "Lý",
        "Kha",
        "Tào",
        "Doãn",
        "Lã",
        # the highlands' and the north's peoples: S'tiêng and Chơ Ro (Điểu), Thái (Quàng), H'Mông (Vừ, Hạng, Lù),
        # Dao (Phàn, Tẩn, Chẻo), Hà Nhì and Lô Lô (Lỳ, Pờ)
        "Điểu",
        "Quàng",
        "Vừ",
        "Hạng",
        "Lù",
        "Phàn",
        "Tẩn",
        "Chẻo",
        "Lỳ",
        "Pờ",
        # K'Ho and Churu (Kơ Să, Liêng), the Khmer's men's and women's (Chau, Néang)
        "Kơ",
        "Liêng",
        "Chau",
        "Néang",
    ]
)

HONORIFICS: tuple[str, ...] = (
    "đồng chí",
    "đ/c",
    "ông",
    "bà",
    "anh",
    "chị",
    "Đồng chí",
    "Ông",
    "Bà",
    "Đ/c",
    "dong chi",
    "Dong chi",
    "d/c",
    "D/c",
    "ong",
    "Ong",  # pages written without diacritics
)

# Administrative unit type words (lower case), longest first.
UNIT_TYPES: tuple[str, ...] = (
    "thành phố",
    "thị trấn",
    "thị xã",
    "khu phố",
    "tổ dân phố",
    "phường",
    "huyện",
    "quận",
    "tỉnh",
    "xã",
    "đặc khu",  # island communes since July 2025 (Phú Quốc, Côn Đảo, Vân Đồn ...)
    "thôn",
    "ấp",
    "bản",
    "xóm",
    "buôn",
    "plei",
    "khóm",
    "làng",
    "bon",
    "tp.",  # "TP. Bảo Lộc", "TP Đà Lạt": written out as "thành phố" (components/units.py)
    "tp",
    # "TT Quy Đạt", "TX. Hồng Lĩnh", "H. Cái Bè": kept only when the gazetteer knows the place ("TT Y tế" is a centre)
    "tt.",
    "tt",
    "tx.",
    "tx",
    "h.",
    "x.",  # "X. Phước Thạnh", "P. Tân Định" (not "P. Nội vụ", an office): kept as "TT." is
    "p.",
)
LEVELS: tuple[str, ...] = ("hamlet", "commune", "district", "province")  # UNIT_LEVEL's values, lowest first
UNIT_LEVEL: dict[str, str] = {
    "tỉnh": "province",
    "thành phố": "district",
    "tp.": "district",
    "tp": "district",
    "tt.": "commune",
    "tt": "commune",
    "tx.": "district",
    "tx": "district",
    "h.": "district",
    "x.": "commune",
    "p.": "commune",
    "huyện": "district",
    "quận": "district",
    "thị xã": "district",
    "xã": "commune",
    "phường": "commune",
    "thị trấn": "commune",
    "đặc khu": "commune",
    "thôn": "hamlet",
    "ấp": "hamlet",
    "bản": "hamlet",
    "xóm": "hamlet",
    "buôn": "hamlet",
    "plei": "hamlet",
    "khóm": "hamlet",
    "làng": "hamlet",
    "bon": "hamlet",
    "khu phố": "hamlet",
    "tổ dân phố": "hamlet",
}

# Specialised offices (after "phòng" at district level, "Sở" at province level), folded for matching.
OFFICE_NAMES: tuple[str, ...] = (
    "Nội vụ",
    "Tư pháp",
    "Tài chính - Kế hoạch",
    "Tài chính – Kế hoạch",
    "Tài chính và Kế hoạch",
    "Tài chính",
    "Kế hoạch và Đầu tư",
    "Kinh tế - Hạ tầng",
    "Kinh tế – Hạ tầng",
    "Kinh tế và Hạ tầng",
    "Kinh tế",
    "Quản lý đô thị",
    "Quản lí đô thị",  # (the "i" spelling portals still write: "quản lí", "đăng kí", "qui trình")
    "Tài nguyên và Môi trường",
    "Tài nguyên - Môi trường",
    "Nông nghiệp và Môi trường",
    "Lao động - Thương binh và Xã hội",
    "Lao động – Thương binh và Xã hội",
    "Lao động, Thương binh và Xã hội",
    "Văn hóa và Thông tin",
    "Văn hoá và Thông tin",
    "Văn hóa - Thông tin",
    "Văn hóa, Khoa học và Thông tin",
    "Văn hóa, Thể thao và Du lịch",
    "Văn hóa và Thể thao",
    "Văn hóa, Thể thao",
    "Văn hóa - Thể thao",
    "Văn hoá, Thể thao và Du lịch",
    "Văn hóa - Xã hội",
    "Văn hóa, Xã hội",
    "Giáo dục và Đào tạo",
    "Giáo dục - Đào tạo",
    "Y tế",
    "Nông nghiệp và Phát triển nông thôn",
    "Nông nghiệp và PTNT",
    "Nông nghiệp",
    "Công Thương",
    "Xây dựng",
    "Quy hoạch - Kiến trúc",  # (Hà Nội's and Thành phố Hồ Chí Minh's)
    "Quy hoạch – Kiến trúc",
    "Quy hoạch và Kiến trúc",
    "Giao thông vận tải",
    "Giao thông - Vận tải",
    "Khoa học và Công nghệ",
    "Thông tin và Truyền thông",
    "Ngoại vụ",
    "Dân tộc",
    "Tài nguyên",
    "Thanh tra",
    "Khoa học, Công nghệ và Môi trường",
    "Dân tộc và Tôn giáo",
    "Kinh tế, Hạ tầng và Đô thị",
    # departments of the years before the 2008 reorganisation
    "Thương mại",
    "Thương mại và Du lịch",
    "Thương mại - Du lịch",
    "Công nghiệp",
    "Bưu chính, Viễn thông",
    "Bưu chính - Viễn thông",
    "Bưu chính Viễn thông",
    "Thủy sản",
    "Thể dục Thể thao",
    "Du lịch",
    "Địa chính",
    # a provincial police's departments ("Phòng Cảnh sát giao thông"), checked for the procedures they settle
    "Cảnh sát quản lý hành chính về trật tự xã hội",
    "Cảnh sát giao thông",
    "Quản lý xuất nhập cảnh",
    "Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
    "Cảnh sát PCCC và CNCH",
)
# The same offices as portals abbreviate them ("Sở TN&MT", "phòng TC-KH"), with the name each stands for, so a
# unit named both ways (headline and body) is one unit.
OFFICE_ABBREVIATIONS: dict[str, str] = {
    "TN&MT": "Tài nguyên và Môi trường",
    "TNMT": "Tài nguyên và Môi trường",
    "GD&ĐT": "Giáo dục và Đào tạo",
    "GDĐT": "Giáo dục và Đào tạo",
    "LĐ-TB&XH": "Lao động - Thương binh và Xã hội",
    "LĐ-TBXH": "Lao động - Thương binh và Xã hội",
    "LĐTB&XH": "Lao động - Thương binh và Xã hội",
    "LĐ,TB&XH": "Lao động - Thương binh và Xã hội",
    "LĐTBXH": "Lao động - Thương binh và Xã hội",
    "NN&PTNT": "Nông nghiệp và Phát triển nông thôn",
    "NN và PTNT": "Nông nghiệp và Phát triển nông thôn",
    "NN&MT": "Nông nghiệp và Môi trường",
    "KH&ĐT": "Kế hoạch và Đầu tư",
    "KHĐT": "Kế hoạch và Đầu tư",
    "KH&CN": "Khoa học và Công nghệ",
    "KHCN": "Khoa học và Công nghệ",
    "VH,TT&DL": "Văn hóa, Thể thao và Du lịch",
    "VHTT&DL": "Văn hóa, Thể thao và Du lịch",
    "VH-TT&DL": "Văn hóa, Thể thao và Du lịch",
    "VHTTDL": "Văn hóa, Thể thao và Du lịch",
    "TT&TT": "Thông tin và Truyền thông",
    "TTTT": "Thông tin và Truyền thông",
    "GTVT": "Giao thông vận tải",
    "TC-KH": "Tài chính - Kế hoạch",
    "TC&KH": "Tài chính - Kế hoạch",
    "VH&TT": "Văn hóa và Thông tin",
    "VH-TT": "Văn hóa và Thông tin",
    "KT&HT": "Kinh tế và Hạ tầng",
    "KT-HT": "Kinh tế và Hạ tầng",
    "PC06": "Cảnh sát quản lý hành chính về trật tự xã hội",
    "PC08": "Cảnh sát giao thông",
    "PA08": "Quản lý xuất nhập cảnh",
    "PC07": "Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
}
# Bodies known by their initials: "BHXH tỉnh" and "Bảo hiểm xã hội tỉnh" are one body.
BODY_ABBREVIATIONS: dict[str, str] = {
    "BHXH": "Bảo hiểm xã hội",
    "KBNN": "Kho bạc Nhà nước",
    "VPĐKĐĐ": "Văn phòng Đăng ký đất đai",
    "CN VPĐKĐĐ": "Chi nhánh Văn phòng Đăng ký đất đai",
    "TTYT": "Trung tâm Y tế",
    # schools' kinds, so "Trường THPT Lý Tự Trọng" is "Trường Trung học phổ thông Lý Tự Trọng" said again
    "THPT": "Trung học phổ thông",
    "THCS": "Trung học cơ sở",
    "TH&THCS": "Tiểu học và Trung học cơ sở",
    "PTDTNT": "Phổ thông Dân tộc nội trú",
    "PTDTBT": "Phổ thông Dân tộc bán trú",
    "GDNN-GDTX": "Giáo dục nghề nghiệp - Giáo dục thường xuyên",
}
OFFICE_NAMES_FOLDED: tuple[tuple[str, str], ...] = tuple(
    sorted(
        ((fold(n), n) for n in (*OFFICE_NAMES, *OFFICE_ABBREVIATIONS)), key=lambda p: len(p[0]), reverse=True
    )
)

# A sector's bodies with a branch in each province or district, named by its place: "KBNN Sơn La", "BHXH các huyện
# Di Linh, Lạc Dương", "Chi cục Thuế huyện Bình Sơn".
SECTOR_BODIES: tuple[str, ...] = (
    "Bảo hiểm xã hội",
    "BHXH",
    "Kho bạc Nhà nước",
    "KBNN",
    "Công an",
    "Cục Thuế",
    "Cục Hải quan",
    "Chi cục Thuế",
    "Chi cục THADS",
    "Thuế",
    "Trạm Y tế",  # "Trạm Y tế các xã Hải Minh, Hải Đường": each commune's station
    "Trung tâm Y tế",
    "TTYT",
    "Chi nhánh Văn phòng Đăng ký đất đai",  # "... các huyện Cái Bè, Gò Công Tây": each district's branch
    "Chi nhánh VPĐKĐĐ",
    "CN VPĐKĐĐ",
)
# The weekdays by the name or the number after "Thứ" ("Thứ Hai", "thứ 3"), counted from Monday as date.weekday()
# counts them; and the alternation of their names for patterns.
WEEKDAYS: dict[str, int] = {
    name: i
    for i, names in enumerate(("Hai 2", "Ba 3", "Tư 4", "Năm 5", "Sáu 6", "Bảy 7"))
    for name in names.split()
}
WEEKDAY_NAMES = "|".join(WEEKDAYS)
# A ministry's departments with a branch in each province, which a page names without its place when it means the
# sector ("phối hợp với Cục Thuế"): unlike the ministry's own ("Cục Hóa chất", "Cục Trồng trọt"), no unit so named.
BRANCHED_DEPARTMENTS: tuple[str, ...] = (
    "Cục Thuế",
    "Cục Hải quan",
    "Cục Thống kê",
    "Cục Thi hành án",
    "Cục THADS",
    "Cục Quản lý thị trường",
    "Cục Dự trữ",
)
# Phrases that name a body (not a territorial unit) that can be inspected.
BODY_PREFIXES: tuple[str, ...] = (
    "Trung tâm Hành chính công",
    "Trung tâm Phục vụ hành chính công",
    "Bộ phận tiếp nhận và trả kết quả",
    "Bộ phận Một cửa",
    "Bộ phận một cửa",
    "Văn phòng HĐND và UBND",
    "Văn phòng HĐND - UBND",
    "Văn phòng HĐND – UBND",
    "Văn phòng UBND",
    "Văn phòng Đăng ký đất đai",
    "Văn phòng Đăng kí đất đai",
    "Chi nhánh Văn phòng Đăng ký đất đai",
    "Chi nhánh Văn phòng Đăng kí đất đai",
    "VPĐKĐĐ",
    "Chi nhánh VPĐKĐĐ",
    "CN VPĐKĐĐ",
    "Thanh tra",
    "Ban Quản lý",
    "Ban Quản lí",
    "Ban Dân tộc",
    "Trung tâm Y tế",
    "TTYT",  # "TTYT huyện Châu Đức"
    "Trạm Y tế",  # a commune's health station: "Trạm Y tế xã Văn Xá"
    "Trung tâm",
    "Bảo hiểm xã hội",
    "BHXH",
    "Kho bạc Nhà nước",
    "KBNN",
    "Ngân hàng Nhà nước Chi nhánh",  # the State Bank's branch: "Ngân hàng Nhà nước Chi nhánh tỉnh Hà Tĩnh"
    "Chi cục Thuế",
    "Chi cục",
    "Cục Thuế",
    "Cục",  # "Cục Hải quan tỉnh Lạng Sơn", "Cục Thi hành án dân sự tỉnh Thanh Hóa"
    "Công an",
    "Hạt Kiểm lâm",  # "Hạt Kiểm lâm huyện Bố Trạch"
    "Đài Truyền thanh",  # "Đài Truyền thanh huyện Phù Cát"
    "Thuế cơ sở",  # the tax offices since July 2025: "Thuế tỉnh Khánh Hòa", "Thuế cơ sở 1 tỉnh Khánh Hòa"
    "Thuế",
    "Tòa án nhân dân",  # courts and procuracies check their own procedures: "TAND huyện Quỳnh Lưu"
    "Toà án nhân dân",
    "TAND",
    "Viện kiểm sát nhân dân",
    "VKSND",
    "Bưu điện",  # the post that carries records and results: "Bưu điện huyện Lâm Thao"
)
# Bodies whose own name comes between the prefix and their level: "Ban Quản lý Khu kinh tế tỉnh",
# "Trung tâm Phát triển quỹ đất huyện", "Chi cục Kiểm lâm tỉnh".
NAMED_BODY_PREFIXES: frozenset[str] = frozenset({"ban quản lý", "trung tâm", "chi cục", "cục"})
# Public-service units known by a name of their own, with or without a level: "Bệnh viện Sản Nhi Nghệ An",
# "Trường THPT chuyên Lê Quý Đôn", "Chi cục Kiểm lâm", "Trung tâm Dịch vụ việc làm Hà Tĩnh".
OWN_NAME_PREFIXES: tuple[str, ...] = (
    "Bệnh viện",
    "Trường",
    "Trung tâm",
    "Chi cục",
    "Cục",  # "Cục Hải quan Đồng Nai", "Cục Dự trữ Nhà nước khu vực Thanh Hóa", "Cục Hàng hải Việt Nam"
    "Tổng cục",  # "Tổng cục Đường bộ Việt Nam"
    "Đài Phát thanh và Truyền hình",  # "Đài Phát thanh và Truyền hình Đồng Tháp"
    "Đài Phát thanh - Truyền hình",
    "Đài Phát thanh",
    "Ban Quản lý",
    "Ban Quản lí",
    "Viện",
    "Phòng Công chứng",  # a notary office of the justice department: "Phòng Công chứng số 1 tỉnh Nghệ An"
    "Hạt Kiểm lâm",  # "Hạt Kiểm lâm Vườn quốc gia Phong Nha - Kẻ Bàng"
    "Đội",  # a sector's team: "Đội Quản lý thị trường số 3", "Đội Thuế liên huyện số 1"
    "Trạm",  # a sector's district post: "Trạm Chăn nuôi và Thú y huyện Hàm Thuận Bắc", "Trạm Khuyến nông"
    "Đồn Biên phòng",  # "Đồn Biên phòng Cửa khẩu cảng Quy Nhơn"
    "Công ty Điện lực",  # public services' providers: "Công ty Điện lực Quảng Trị"
    "Thư viện",  # a culture department's units: "Thư viện Tổng hợp tỉnh", "Bảo tàng Lịch sử Thừa Thiên Huế"
    "Bảo tàng",
    "Cơ sở",  # a social-welfare department's centres: "Cơ sở Cai nghiện ma túy tỉnh", "Cơ sở Bảo trợ xã hội"
)
# Words that end such a name: what the sentence goes on to say of the unit ("Chi cục Kiểm lâm đã niêm yết ...").
# fmt: off
NAME_STOP_WORDS: frozenset[str] = frozenset({
    "đã", "đang", "sẽ", "còn", "có", "được", "là", "với", "và", "để", "trong", "tại", "của", "về", "cho", "nơi",
    "thuộc", "trực", "đạt", "thực", "cũng", "đều", "vẫn", "chưa", "không", "hiện", "này", "đó", "khi", "từ", "theo",
    "do", "qua", "ghi", "triển", "tiếp", "kiểm", "đề", "yêu", "báo", "nhằm", "gồm", "cùng", "bị", "phải", "rất",
    "nhiều", "ngày", "sáng", "chiều", "tháng", "năm", "ở", "trên", "chỉ", "vào", "lần",
})
# fmt: on
# Prefixes that are also common words in lower case ("công tác thanh tra huyện"): a body only when capitalised.
# ("các trung tâm y tế huyện, trạm y tế xã" name kinds of units, none of them.)
CAPITALISED_BODY_PREFIXES: frozenset[str] = frozenset(
    {
        "thanh tra",
        "cục",
        "thuế",
        "thuế cơ sở",
        "trung tâm",
        "trung tâm y tế",
        "trạm y tế",
        "hạt kiểm lâm",
        "đài truyền thanh",
        "bưu điện",
    }
)

# A one-stop desk's equipment and signs: "được trang bị 4 máy tính, 1 máy quét và 2 camera", "có 6 quầy", "thay mới 27
# biển hiệu, biển chỉ dẫn", "03 biển chức danh chưa đúng mẫu".
DESK_EQUIPMENT: tuple[str, ...] = (
    "máy tính",
    "máy vi tính",
    "máy in",
    "máy quét",
    "máy scan",
    "máy đánh giá",
    "camera",
    "màn hình",
    "ki-ốt",
    "kiosk",
    "quầy",
    "biển hiệu",
    "biển chỉ dẫn",
    "biển chức danh",
    "hòm thư",  # "2 hòm thư góp ý chưa có biên bản mở hòm thư"
)
# A unit's own work and the people it awarded or disciplined, which count no records: "mở 3 lớp tập huấn", "2 đợt tự
# kiểm tra" (not a school's "36 lớp"), "khen thưởng 14 tập thể và 52 cá nhân", "kiểm điểm 5 cá nhân".
ACTIVITIES_AND_PEOPLE: tuple[str, ...] = (
    "buổi tuyên truyền",
    "lớp tập huấn",
    "lớp bồi dưỡng",
    "đợt tự kiểm tra",
    "đợt tuyên truyền",
    "bài dự thi",
    "tập thể",
    "cá nhân",
)

# Counted things that make a figure a metric of the inspected work.
METRIC_NOUNS: tuple[str, ...] = (
    "lượt hồ sơ",
    "bậc",  # a rank's change: "Chỉ số CCHC của tỉnh tăng 11 bậc" (reported where the index figures are)
    "bộ, cơ quan ngang bộ",  # a central campaign's counts: "kiểm tra 5 bộ, cơ quan ngang bộ và 10 tỉnh"
    "bộ, ngành",
    "hồ sơ",
    "HS",  # hồ sơ in a hasty page's shorthand: "tiếp nhận 1.234 HS, giải quyết đúng hạn 1.216 HS"
    "nhiệm vụ",
    "thủ tục hành chính",
    "thủ tục",
    "TTHC",
    "văn bản",
    "giao dịch",
    "tài khoản",
    "phòng ban chuyên môn",
    "phòng ban",
    "phòng, ban",
    "phòng chuyên môn",
    "cơ quan chuyên môn",
    "cơ quan",
    "đơn vị",
    "UBND huyện",
    "UBND xã",
    "UBND cấp xã",
    "xã, thị trấn",
    "xã, phường, thị trấn",
    "xã, phường",
    "xã",
    "phường",
    "thị trấn",
    "huyện",
    "Sở",
    "sở, ngành",
    "trường học",  # schools checked by a district's or a Sở's team: "kiểm tra 14 trường học, gồm 05 trường mầm non"
    "trường mầm non",
    "trường tiểu học",
    "trường THCS",
    "trường THPT",
    "trường",
    "trạm y tế",
    "Sở, ngành",
    "mô hình",
    "sáng kiến",
    "kiến nghị",
    "hạn chế",
    "tồn tại",
    "dịch vụ công",
    "chỉ tiêu",
    "cuộc kiểm tra",
    "lượt kiểm tra",
    "cuộc",
    "kế hoạch",
    "quyết định",  # decisions found faulty or issued: "3 quyết định hành chính ban hành chưa đúng thể thức"
    "quy chế",  # internal rules: "còn 4 quy chế nội bộ chưa được sửa đổi"
    "hội nghị",  # a unit's own conferences: "tổ chức 3 hội nghị đối thoại"
    "biểu mẫu",  # "đã nhập đủ 88 biểu mẫu thống kê"
    "hộp",  # archives: "312 hộp hồ sơ lưu trữ"
    # what a notary, a legal-aid centre or a school handles: "công chứng 7.215 hợp đồng, giao dịch", "thụ lý 187 vụ
    # việc", "thực hiện 1.426 việc chứng thực", "tiếp nhận 214 yêu cầu cấp bản sao"
    "hợp đồng",
    "vụ việc",
    "việc",
    "yêu cầu",
    "ý kiến",  # "hòm thư góp ý nhận được 27 ý kiến"
    "trang",  # "3 trang sổ chứng thực ghi thiếu ngày"
    "khoa",  # a hospital's departments: "còn 7 khoa chưa niêm yết giá dịch vụ"
    "nội dung",  # "Đoàn kiến nghị 29 nội dung"
    "quy trình",
    "qui trình",
    "phản ánh",
    "PAKN",  # petitions about regulations: "tiếp nhận 9 PAKN, đã xử lý 8 PAKN"
    "người dân",
    "lượt người",
    # citizens' ratings of a desk: "ghi nhận 412 lượt đánh giá, trong đó 409 lượt hài lòng"
    "lượt đánh giá",
    "lượt hài lòng",
    "lượt không hài lòng",
    "lượt chưa hài lòng",
    "xe",  # what a police desk registers: "đăng ký mới 1.215 xe mô tô"
    "doanh nghiệp",  # firms served: "cấp đăng ký thành lập cho 412 doanh nghiệp", "3.245 doanh nghiệp khai thuế qua mạng"
    "tin, bài",
    "tin bài",
    "bài viết",
    "mã QR",
    "thôn, buôn",
    "thôn, bản",
    "thôn, tổ dân phố",
    "thôn",
    "ấp",
    "xóm",
    "bản",
    "buôn",
    "bon, thôn",
    "làng, thôn",
    "thôn, làng",
    "bộ phận",
    "UBND cấp huyện",
    "tổ công nghệ số",
    "chữ ký số",
    "chứng thư số",
    "thông báo",
    "báo cáo",
    "kết quả",
    "dự thảo",
    "bản sao",
    "giấy chứng nhận",  # what a desk issued: "đã cấp 86 giấy chứng nhận đăng ký hộ kinh doanh"
    "giấy chứng sinh",
    "giấy báo tử",  # what a health centre issues: "đã cấp 1.312 giấy khám sức khỏe, 407 giấy chứng sinh"
    "giấy khám sức khỏe",
    "giấy khám sức khoẻ",
    "biên chế",
    "phiếu",
    "tỉnh, thành phố",  # a rank: "xếp thứ 24/63 tỉnh, thành phố"
    "tỉnh",
    "điểm",  # an index score: "đạt 88,35 điểm"
    "hạng",  # a rank in a table's "Xếp thứ" column
    "tờ khai",
    "chứng từ",
    "đơn",  # petitions and applications: "tiếp nhận 17 đơn kiến nghị"
    "trường hợp",
    "thư xin lỗi",  # apologies for late records: "mới có 205 thư xin lỗi được gửi"
    "lượt công dân",
    "lượt cán bộ, công chức",
    "lượt công chức",  # a roll call's finding: "phát hiện 27 lượt công chức, viên chức đi muộn, về sớm"
    "buổi tiếp công dân",
    "người bệnh",
    "mét giá",  # archives: "312 mét giá tài liệu", "khoảng 140 mét tài liệu chưa được chỉnh lý"
    "mét tài liệu",
    "bộ hồ sơ",  # customs declarations: "kiểm tra xác suất 420 bộ hồ sơ"
    "quyển sổ",  # civil-status registers digitised: "đã số hóa 9 quyển sổ đăng ký khai sinh", "28 quyển sổ hộ tịch"
    "quyển",
    "cuốn sổ",
    "lần mở hòm thư",  # suggestion boxes opened: "qua 8 lần mở hòm thư có 3 phiếu góp ý"
    "lần mở",
    "giấy chứng tử",
    "giấy phép",
    "hộ chiếu",
    "thẻ căn cước",
    "căn cước công dân",  # what a police one-stop desk issues: "cấp 3.215 chứng minh nhân dân"
    "chứng minh nhân dân",
    "món chi",  # a treasury's payments checked: "kiểm soát 48.215 món chi, từ chối thanh toán 112 món chi"
    "chuyên mục",  # a station's reform coverage: "xây dựng 4 chuyên mục tuyên truyền CCHC"
    "phóng sự",
    *DESK_EQUIPMENT,
    *ACTIVITIES_AND_PEOPLE,
)
