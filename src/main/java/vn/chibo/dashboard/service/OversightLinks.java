package vn.chibo.dashboard.service;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The committee's oversight documents' addresses, built here only: the year's sheet of cells × months and the
 * report (BÁO CÁO). The patterns are the ones export.ExportController maps.
 */
public final class OversightLinks {

    public static final String SHEET = "/export/oversight/{year:[0-9]{4}}.xlsx";
    /** With {@code ky} (who signs), {@code ten} (the signer's name) and {@code ngay} (the day of the first issue). */
    public static final String REPORT = "/export/oversight/{year:[0-9]{4}}-report.docx";

    private OversightLinks() {}

    public static String sheet(int year) {
        return "/export/oversight/" + year + ".xlsx";
    }

    /**
     * @param deputy the deputy secretary signs for the committee (else its secretary)
     * @param issuedOn the day of issue, for a report not numbered yet; null once it is (the number keeps its day)
     */
    public static String report(int year, boolean deputy, String signer, @Nullable LocalDate issuedOn) {
        return "/export/oversight/" + year + "-report.docx?ky=" + (deputy ? "pho-bi-thu" : "bi-thu")
                + "&ten=" + URLEncoder.encode(signer, StandardCharsets.UTF_8)
                + (issuedOn == null ? "" : "&ngay=" + issuedOn);
    }
}
