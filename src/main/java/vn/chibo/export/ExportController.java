package vn.chibo.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.domain.NotFoundException;
import vn.chibo.base.i18n.Translations;
import vn.chibo.dashboard.service.OversightLinks;
import vn.chibo.dashboard.service.OversightService;
import vn.chibo.draft.service.DraftLinks;
import vn.chibo.draft.service.DraftService;
import vn.chibo.minutes.service.CommendationService;
import vn.chibo.minutes.service.MeetingNoticeService;
import vn.chibo.minutes.service.MinutesDocuments;
import vn.chibo.minutes.service.MinutesLinks;
import vn.chibo.minutes.service.MinutesTemplates;
import vn.chibo.plan.service.PlanDocuments;
import vn.chibo.plan.service.PlanLinks;

/**
 * {@code /export/...}: the documents, at addresses that do not change. Each feature's link builder (DraftLinks,
 * MinutesLinks, PlanLinks, OversightLinks) holds the patterns mapped here and builds the addresses its pages give.
 */
@RestController
class ExportController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType ZIP = MediaType.parseMediaType("application/zip");
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final MinutesDocuments minutes;
    private final PlanDocuments plans;
    private final DraftService drafts;
    private final CommendationService commendations;
    private final MinutesTemplates templates;
    private final OversightService oversight;
    private final Translations text;
    private final MeetingNoticeService notices;

    ExportController(
            MinutesDocuments minutes,
            PlanDocuments plans,
            DraftService drafts,
            CommendationService commendations,
            MinutesTemplates templates,
            OversightService oversight,
            Translations text,
            MeetingNoticeService notices) {
        this.notices = notices;
        this.text = text;
        this.oversight = oversight;
        this.templates = templates;
        this.minutes = minutes;
        this.plans = plans;
        this.drafts = drafts;
        this.commendations = commendations;
    }

    @GetMapping(MinutesLinks.MINUTES_DOCX)
    ResponseEntity<byte[]> minutes(@PathVariable long id) {
        return file(() -> minutes.minutesDocx(id), "bien-ban-" + id + ".docx", DOCX);
    }

    @GetMapping(MinutesLinks.MINUTES_VERSION_DOCX)
    ResponseEntity<byte[]> minutesVersion(@PathVariable long id, @PathVariable int number) {
        return file(() -> minutes.minutesVersionDocx(id, number), "bien-ban-" + id + "-v" + number + ".docx", DOCX);
    }

    /** The notice to paste and the materials, for the Sổ tay đảng viên điện tử. */
    @GetMapping(MinutesLinks.SO_TAY)
    ResponseEntity<byte[]> soTay(@PathVariable long id) {
        return file(() -> notices.bundle(id), "so-tay-" + id + ".zip", ZIP);
    }

    @GetMapping(MinutesLinks.MINUTES_BOOK)
    ResponseEntity<byte[]> book(@PathVariable long cellId, @PathVariable int year) {
        return file(() -> minutes.minutesBook(cellId, year), "so-bien-ban-" + year + ".docx", DOCX);
    }

    @GetMapping(MinutesLinks.ATTENDANCE)
    ResponseEntity<byte[]> attendance(@PathVariable long cellId, @PathVariable int year) {
        return file(() -> minutes.attendanceXlsx(cellId, year), "so-diem-danh-" + year + ".xlsx", XLSX);
    }

    @GetMapping(MinutesLinks.PRESENTATIONS)
    ResponseEntity<byte[]> presentations(@PathVariable long cellId, @PathVariable int year) {
        return file(() -> minutes.presentationsXlsx(cellId, year), "trinh-bay-danh-gia-" + year + ".xlsx", XLSX);
    }

    @GetMapping(MinutesLinks.COMMENDATIONS)
    ResponseEntity<byte[]> commendationsXlsx(@PathVariable long cellId, @PathVariable int year) {
        return file(() -> minutes.commendationsXlsx(cellId, year), "khen-thuong-" + year + ".xlsx", XLSX);
    }

    @GetMapping(OversightLinks.SHEET)
    ResponseEntity<byte[]> oversightXlsx(@PathVariable int year) {
        return file(() -> oversight.overviewXlsx(year), "giam-sat-" + year + ".xlsx", XLSX);
    }

    /**
     * {@code ky=pho-bi-thu} has the deputy secretary sign; {@code ten} the signer's name; {@code ngay} (yyyy-MM-dd)
     * the day of issue, used by the first issue only.
     */
    @GetMapping(OversightLinks.REPORT)
    ResponseEntity<byte[]> report(
            @PathVariable int year,
            @RequestParam(name = "ky", defaultValue = "bi-thu") String ky,
            @RequestParam(name = "ten", required = false) String ten,
            @RequestParam(name = "ngay", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate ngay) {
        return file(
                () -> oversight.reportDocx(year, "pho-bi-thu".equals(ky), ten, ngay),
                "bao-cao-" + year + ".docx",
                DOCX);
    }

    /** The built-in minutes template with its placeholders: the starting point for a cell's own. */
    @GetMapping(MinutesLinks.TEMPLATE)
    ResponseEntity<byte[]> minutesTemplate() {
        return file(templates::builtIn, "mau-bien-ban.docx", DOCX);
    }

    @GetMapping(PlanLinks.PLAN_DOCX)
    ResponseEntity<byte[]> planDocx(@PathVariable long planId) {
        return file(() -> plans.planDocx(planId), "ke-hoach-" + planId + ".docx", DOCX);
    }

    @GetMapping(PlanLinks.PLAN_XLSX)
    ResponseEntity<byte[]> planXlsx(@PathVariable long planId) {
        return file(() -> plans.planXlsx(planId), "ke-hoach-" + planId + ".xlsx", XLSX);
    }

    @GetMapping(DraftLinks.VERSION_DOCX)
    ResponseEntity<byte[]> draft(@PathVariable long topicId, @PathVariable int number) {
        return file(() -> drafts.versionDocx(topicId, number), "du-thao-v" + number + ".docx", DOCX);
    }

    @GetMapping(MinutesLinks.CERTIFICATE)
    ResponseEntity<byte[]> commendation(
            @PathVariable long id,
            @RequestParam(name = "ngay", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate ngay) {
        return file(() -> commendations.certificateDocx(id, ngay), "khen-thuong-" + id + ".docx", DOCX);
    }

    /**
     * Any other export address (an id that is not a number, a year that is not four digits): the not-found page with
     * status 404 (otherwise Vaadin would answer it as a page, with 200).
     */
    @GetMapping("/export/**")
    void unknown(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    private static ResponseEntity<byte[]> file(Supplier<byte[]> content, String name, MediaType type) {
        byte[] bytes = content.get();
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore())
                .body(bytes);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class, NotFoundException.class})
    ResponseEntity<Void> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
    }

    /** e.g. minutes of a meeting not yet held: the reason, in words (the key too, for scripts). */
    @ExceptionHandler(BusinessException.class)
    ResponseEntity<String> conflict(BusinessException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .header("X-Chibo-Error", e.getMessageKey())
                .body(text.vi(e.getMessageKey(), e.getArguments()));
    }
}
