package vn.chibo.document;

import java.util.regex.Pattern;

/**
 * Who issues a document in a header. A cell issues in its own name (CHI BỘ …); an organisation of committee
 * level (đảng bộ) issues through its committee, so "Đảng bộ xã Ngọc Sơn" issues as "ĐẢNG ỦY XÃ NGỌC SƠN"
 * (Quy định 399-QĐ/TW: the issuing body is the committee, the đảng bộ being the organisation it leads).
 */
public final class IssuingBody {

    private static final Pattern PARTY_ORGANISATION = Pattern.compile("^(?iu)đảng\\s+bộ(?=\\s|$)");

    private IssuingBody() {}

    /** The committee of a đảng bộ, by its name; any other name as it is. */
    public static String committeeOf(String organisationName) {
        return PARTY_ORGANISATION.matcher(organisationName.strip()).replaceFirst("Đảng ủy");
    }
}
