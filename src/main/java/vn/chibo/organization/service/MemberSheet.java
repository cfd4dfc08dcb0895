package vn.chibo.organization.service;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.chibo.base.text.Vietnamese;

/**
 * The columns of the member list as secretaries keep it in Excel. Import recognises a column by any of its
 * names (accents and case ignored, Vietnamese or English); export writes the first, Vietnamese, one.
 */
enum MemberSheet {
    FULL_NAME("Họ và tên", "ho ten", "ho va ten dang vien", "full name", "name"),
    GENDER("Giới tính", "gender", "sex"),
    BIRTH_DATE("Ngày sinh", "ngay thang nam sinh", "birth date", "date of birth"),
    ADMISSION_DATE("Ngày vào Đảng", "ngay vao dang", "ngay ket nap", "admission date"),
    OFFICIAL_DATE("Ngày chính thức", "ngay cong nhan chinh thuc", "official date"),
    STATUS("Trạng thái", "loai dang vien", "chinh thuc/du bi", "status"),
    POSITION("Chức vụ đảng", "chuc vu", "chuc vu trong chi bo", "position"),
    OCCUPATION("Nghề nghiệp", "chuc danh", "occupation", "job"),
    WORK_UNIT("Đơn vị công tác", "don vi", "noi cong tac", "work unit", "unit"),
    STRENGTHS("Sở trường", "the manh", "nang luc", "strengths"),
    PHONE("Điện thoại", "so dien thoai", "sdt", "dt", "phone"),
    EMAIL("Email", "thu dien tu", "e-mail"),
    CARD("Số thẻ đảng viên", "so the dang", "so the", "party card");

    private final String heading;
    private final List<String> aliases;

    MemberSheet(String heading, String... aliases) {
        this.heading = heading;
        this.aliases = Stream.concat(
                        Stream.of(Vietnamese.fold(heading)),
                        Arrays.stream(aliases).map(Vietnamese::fold))
                .toList();
    }

    String heading() {
        return heading;
    }

    static Optional<MemberSheet> recognise(String cellText) {
        String folded = Vietnamese.fold(cellText).replaceAll("[*:()]", "").strip();
        return Arrays.stream(values()).filter(c -> c.aliases.contains(folded)).findFirst();
    }
}
