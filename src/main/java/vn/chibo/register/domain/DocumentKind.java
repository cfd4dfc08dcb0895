package vn.chibo.register.domain;

/**
 * The kinds of Party documents an organisation numbers, each with its own run of numbers through the term
 * (Quy định 399-QĐ/TW; Hướng dẫn 36-HD/VPTW): the symbol printed after the number, "Số 05-BB/CB".
 */
public enum DocumentKind {
    /** Biên bản. */
    BB("BB"),
    /** Nghị quyết. */
    NQ("NQ"),
    /** Kế hoạch. */
    KH("KH"),
    /** Báo cáo. */
    BC("BC"),
    /** Thông báo. */
    TB("TB"),
    /** Tờ trình. */
    TTR("TTr"),
    /** Quyết định. */
    QD("QĐ");

    private final String symbol;

    DocumentKind(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
