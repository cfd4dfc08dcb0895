package vn.chibo.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.chibo.draft.service.CommentRow;
import vn.chibo.draft.service.DraftComments;
import vn.chibo.draft.service.DraftDetails;
import vn.chibo.draft.service.DraftFiles;
import vn.chibo.draft.service.DraftService;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.MemberSummary;
import vn.chibo.plan.service.PlanService;
import vn.chibo.plan.service.TopicRow;
import vn.chibo.security.service.RunAs;

/**
 * Demo drafts, replayed at the dates they would have happened: for last year's and this year's past topics of the
 * primary school, drafts submitted, discussed, revised, approved and presented; for the next topic, a draft sent back
 * for changes that its presenter (the demo member "dangvien") is revising; May's topic with no draft at all.
 * The secondary school has a draft waiting for approval.
 */
@Component
class DemoDrafts {

    private final DraftService drafts;
    private final DraftFiles files;
    private final DraftComments comments;
    private final PlanService plans;
    private final ScheduleService schedule;
    private final MemberService members;
    private final RunAs runAs;
    private final Replay replay;

    DemoDrafts(
            DraftService drafts,
            DraftFiles files,
            DraftComments comments,
            PlanService plans,
            ScheduleService schedule,
            MemberService members,
            RunAs runAs,
            Replay replay) {
        this.replay = replay;
        this.drafts = drafts;
        this.files = files;
        this.comments = comments;
        this.plans = plans;
        this.schedule = schedule;
        this.members = members;
        this.runAs = runAs;
    }

    void load(long primaryCell, long secondaryCell, LocalDate today, long nextTopic) {
        int year = today.getYear();
        List<MemberSummary> people = runAs.call("bithu", () -> members.summaries(primaryCell));
        // last year's topics were written, discussed and presented too (without attachments, to keep the start quick)
        int n = 0;
        for (TopicRow t : runAs.call(
                "bithu",
                () -> plans.topics(
                        plans.find(primaryCell, year - 1).orElseThrow().id()))) {
            Optional<MeetingRow> meeting = runAs.call("bithu", () -> schedule.meetingOfTopic(t.id()));
            if (meeting.isPresent() && t.presenterId() != null) {
                pastDraft(primaryCell, t, meeting.get().scheduledAt().toLocalDate(), people, ++n, false, today);
            }
        }
        List<TopicRow> topics = runAs.call(
                "bithu",
                () -> plans.topics(plans.find(primaryCell, year).orElseThrow().id()));
        for (TopicRow t : topics) {
            Optional<MeetingRow> meeting = runAs.call("bithu", () -> schedule.meetingOfTopic(t.id()));
            if (meeting.isEmpty() || t.presenterId() == null) {
                continue;
            }
            LocalDate day = meeting.get().scheduledAt().toLocalDate();
            n++;
            if (t.id() == nextTopic) {
                sentBack(primaryCell, t, today, people, n);
            } else if (day.isBefore(today.plusDays(DemoPlans.OPEN_DAYS)) && t.month() != 5) {
                // held, or to be held in the next days with its draft approved; May's presenter never put a draft in
                pastDraft(primaryCell, t, day, people, n, true, today);
            }
        }
        List<TopicRow> secondary = runAs.call(
                "bithu.thcs",
                () -> plans.topics(plans.find(secondaryCell, year).orElseThrow().id()));
        TopicRow waiting = DemoPlans.nextTopic(
                secondary,
                t -> runAs.call(
                        "bithu.thcs",
                        () -> schedule.meetingOfTopic(t.id())
                                .map(m -> m.scheduledAt().toLocalDate())
                                .orElse(today)),
                today);
        if (waiting.presenterId() != null) {
            replay.at(
                    today.minusDays(2).atTime(21, 0),
                    () -> asPresenter(secondaryCell, waiting, () -> {
                        DraftDetails d = drafts.save(waiting.id(), -1, body(waiting.title(), false));
                        return drafts.submit(waiting.id(), d.draftVersion(), body(waiting.title(), false), null);
                    }));
        }
    }

    /**
     * A topic held, or about to be: written, discussed, (for some) revised, approved and, once held — but for
     * October — presented.
     */
    private void pastDraft(
            long cell,
            TopicRow t,
            LocalDate day,
            List<MemberSummary> people,
            int n,
            boolean withFiles,
            LocalDate today) {
        boolean revised = t.month() == 2 || t.month() == 10;
        MemberSummary first = other(people, t, n);
        MemberSummary second = other(people, t, n + 3);
        // each step goes on from the draft's version the step before returned (a file or a comment leaves it as it
        // was): the draft's details are not read again only for it
        DraftDetails saved = replay.at(
                day.minusDays(13).atTime(20, 30),
                () -> asPresenter(cell, t, () -> {
                    DraftDetails d = drafts.save(t.id(), -1, body(t.title(), false));
                    if (withFiles) {
                        attach(t, d, n);
                    }
                    return d;
                }));
        DraftDetails submitted = replay.at(
                day.minusDays(12).atTime(21, 0),
                () -> asPresenter(
                        cell, t, () -> drafts.submit(t.id(), saved.draftVersion(), body(t.title(), false), null)));
        CommentRow asked = replay.at(
                day.minusDays(11).atTime(19, 15),
                () -> asMember(
                        cell,
                        first,
                        () -> comments.add(
                                t.id(),
                                1,
                                null,
                                "Đề nghị đồng chí bổ sung số liệu cụ thể của nhà trường trong năm học này để chuyên đề sát thực tế hơn.")));
        replay.at(
                day.minusDays(10).atTime(20, 0),
                () -> asMember(
                        cell,
                        second,
                        () -> comments.add(
                                t.id(),
                                1,
                                null,
                                "Phần giải pháp nên nêu rõ việc làm của từng đảng viên, có người phụ trách và thời hạn.")));
        replay.at(
                day.minusDays(10).atTime(21, 30),
                () -> asPresenter(
                        cell,
                        t,
                        () -> comments.add(
                                t.id(), 1, asked.id(), "Cảm ơn đồng chí, tôi sẽ bổ sung số liệu của học kỳ I.")));
        DraftDetails reviewable = submitted;
        if (revised) {
            DraftDetails sentBack = replay.at(
                    day.minusDays(9).atTime(7, 30),
                    () -> runAs.call(
                            "bithu",
                            () -> drafts.requestChanges(
                                    t.id(),
                                    submitted.draftVersion(),
                                    "Bổ sung số liệu và phần liên hệ trách nhiệm của chi bộ.")));
            reviewable = replay.at(
                    day.minusDays(8).atTime(20, 45),
                    () -> asPresenter(cell, t, () -> {
                        comments.on(t.id(), 1).stream()
                                .filter(c -> c.parentId() == null)
                                .forEach(c -> comments.resolve(c.id(), c.version(), true));
                        return drafts.submit(
                                t.id(),
                                sentBack.draftVersion(),
                                body(t.title(), true),
                                "Đã bổ sung số liệu và giải pháp theo góp ý của chi bộ.");
                    }));
        }
        long toApprove = reviewable.draftVersion();
        DraftDetails approved = replay.at(
                day.minusDays(6).atTime(7, 0),
                () -> runAs.call(
                        "bithu", () -> drafts.approve(t.id(), toApprove, "Đạt yêu cầu, chuẩn bị trình chiếu.")));
        if (t.month() != 10 && day.isBefore(today)) {
            replay.at(
                    day.plusDays(1).atTime(8, 0),
                    () -> runAs.call("bithu", () -> drafts.markPresented(t.id(), approved.draftVersion())));
        }
    }

    /** The next topic: submitted a week ago, discussed, sent back for changes, being revised now. */
    private void sentBack(long cell, TopicRow t, LocalDate today, List<MemberSummary> people, int n) {
        MemberSummary first = other(people, t, n);
        MemberSummary second = other(people, t, n + 3);
        replay.at(
                today.minusDays(8).atTime(20, 0),
                () -> asPresenter(cell, t, () -> {
                    DraftDetails d = drafts.save(t.id(), -1, body(t.title(), false));
                    attach(t, d, n);
                    d = drafts.details(t.id());
                    return drafts.submit(t.id(), d.draftVersion(), body(t.title(), false), null);
                }));
        CommentRow asked = replay.at(
                today.minusDays(7).atTime(19, 0),
                () -> asMember(
                        cell,
                        first,
                        () -> comments.add(
                                t.id(), 1, null, "Nên có ví dụ về một sáng kiến cụ thể đã áp dụng ở trường mình.")));
        replay.at(
                today.minusDays(6).atTime(20, 10),
                () -> asMember(
                        cell,
                        second,
                        () -> comments.add(
                                t.id(), 1, null, "Đề nghị rút gọn phần đặt vấn đề, tập trung vào giải pháp.")));
        replay.at(
                today.minusDays(6).atTime(21, 0),
                () -> asPresenter(
                        cell,
                        t,
                        () -> comments.add(
                                t.id(),
                                1,
                                asked.id(),
                                "Vâng, tôi sẽ đưa sáng kiến “Góc đọc sách lớp em” vào phần ví dụ.")));
        replay.at(
                today.minusDays(5).atTime(7, 15),
                () -> runAs.call(
                        "bithu",
                        () -> drafts.requestChanges(
                                t.id(),
                                drafts.details(t.id()).draftVersion(),
                                "Tiếp thu các góp ý: thêm ví dụ sáng kiến và rút gọn phần mở đầu.")));
        replay.at(
                today.minusDays(1).atTime(21, 40),
                () -> asPresenter(cell, t, () -> {
                    DraftDetails d = drafts.details(t.id());
                    CommentRow answered = comments.on(t.id(), 1).stream()
                            .filter(c -> c.id() == asked.id())
                            .findFirst()
                            .orElseThrow();
                    comments.resolve(answered.id(), answered.version(), true);
                    return drafts.save(t.id(), d.draftVersion(), body(t.title(), true));
                }));
    }

    private <T> T asPresenter(long cell, TopicRow t, Supplier<T> work) {
        Object[] result = new Object[1];
        runAs.runAsMember(t.presenterId(), t.presenterName(), cell, () -> result[0] = work.get());
        @SuppressWarnings("unchecked")
        T typed = (T) result[0];
        return typed;
    }

    private <T> T asMember(long cell, MemberSummary m, Supplier<T> work) {
        Object[] result = new Object[1];
        runAs.runAsMember(m.id(), m.fullName(), cell, () -> result[0] = work.get());
        @SuppressWarnings("unchecked")
        T typed = (T) result[0];
        return typed;
    }

    private static MemberSummary other(List<MemberSummary> people, TopicRow t, int k) {
        List<MemberSummary> others =
                people.stream().filter(m -> m.id() != t.presenterId()).toList();
        return others.get(Math.floorMod(k * 5, others.size()));
    }

    private static String attachmentName(TopicRow t, int n) {
        return switch (n % 4) {
            case 0 -> "Trinh chieu - " + shortTitle(t) + ".pptx";
            case 1 -> "So lieu - " + shortTitle(t) + ".png";
            case 2 -> "Tai lieu tham khao.pdf";
            default -> "Dan y chi tiet.docx";
        };
    }

    private static Path attachment(TopicRow t, int n) {
        return switch (n % 4) {
            case 0 ->
                DemoFiles.slides(
                        t.title(),
                        List.of("Đặt vấn đề", "Nội dung chính", "Liên hệ thực tiễn", "Giải pháp và kiến nghị"));
            case 1 ->
                DemoFiles.chart(
                        "Ket qua hoc ky I",
                        List.of("Khoi 1", "Khoi 2", "Khoi 3", "Khoi 4", "Khoi 5"),
                        List.of(92, 88, 95, 90, 97));
            case 2 ->
                DemoFiles.pdf(
                        "Tai lieu tham khao",
                        List.of(
                                "Van kien Dai hoi XIII cua Dang",
                                "Chi thi 05-CT/TW ngay 15/5/2016",
                                "Ke hoach nam hoc cua nha truong"));
            default -> DemoFiles.document(t.title(), List.of("I. Đặt vấn đề", "II. Nội dung", "III. Giải pháp"));
        };
    }

    private static String shortTitle(TopicRow t) {
        String ascii = Normalizer.normalize(t.title(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .replaceAll("[^A-Za-z0-9 ]", "");
        return ascii.length() > 40 ? ascii.substring(0, 40).strip() : ascii;
    }

    static String body(String title, boolean revised) {
        String t = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<h2>I. Đặt vấn đề</h2>"
                + "<p>Thực hiện Kế hoạch sinh hoạt chuyên đề năm của chi bộ, tôi được phân công chuẩn bị chuyên đề “"
                + t + "”. Chuyên đề nhằm giúp mỗi đảng viên nhận thức rõ hơn trách nhiệm của mình và có việc làm cụ thể"
                + " gắn với nhiệm vụ năm học của nhà trường.</p>"
                + "<h2>II. Nội dung chính</h2><ol><li><strong>Những kết quả đạt được:</strong> chi bộ duy trì nền nếp"
                + " sinh hoạt, đảng viên gương mẫu trong giảng dạy và công tác.</li>"
                + "<li><strong>Hạn chế:</strong> một số đảng viên còn ngại phát biểu ý kiến trong sinh hoạt.</li>"
                + (revised
                        ? "<li><strong>Số liệu học kỳ I:</strong> 97% học sinh hoàn thành chương trình; 12 sáng kiến"
                                + " được công nhận cấp trường, trong đó có sáng kiến “Góc đọc sách lớp em”.</li>"
                        : "")
                + "</ol><h2>III. Liên hệ và giải pháp</h2>"
                + "<ul><li>Mỗi đảng viên đăng ký một việc làm cụ thể và báo cáo kết quả hằng quý.</li>"
                + "<li>Chi ủy theo dõi, đánh giá trong sinh hoạt thường kỳ.</li>"
                + (revised
                        ? "<li>Đồng chí phụ trách chuyên môn tổng hợp kết quả, báo cáo chi bộ trước ngày 25 hằng tháng.</li>"
                        : "")
                + "</ul><p><em>Người chuẩn bị chuyên đề.</em></p>";
    }

    private void attach(TopicRow t, DraftDetails d, int n) {
        Path file = attachment(t, n);
        try {
            // with an operator's smaller upload limits, the demo draft simply has no attachment
            if (Files.size(file) <= files.maxFileBytes()) {
                files.attach(t.id(), d.draftVersion(), attachmentName(t, n), file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
