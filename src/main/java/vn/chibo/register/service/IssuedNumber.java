package vn.chibo.register.service;

import java.time.LocalDate;
import vn.chibo.register.domain.DocumentKind;

/**
 * A number given to a document: printed "Số 05-BB/CB" — at least two digits, the kind's symbol, the issuer's
 * symbol ("CB" for a cell, "ĐU" for a committee), no colon — with the date the document was issued.
 */
public record IssuedNumber(
        long organizationId,
        DocumentKind kind,
        int number,
        String issuer,
        LocalDate issuedOn,
        String subjectType,
        long subjectId,
        String subject,
        String issuedBy) {

    /** "05-BB/CB". */
    public String code() {
        return String.format("%02d-%s/%s", number, kind.symbol(), issuer);
    }

    /** "Số 05-BB/CB", as the document's header prints it. */
    public String printed() {
        return "Số " + code();
    }
}
