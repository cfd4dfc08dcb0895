package vn.chibo.draft.service;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The draft feature's addresses, built here only: the page of a topic's draft, a version's Word file, the text a
 * page posts as it goes away, and an attachment. The patterns are the ones the route and the controllers map.
 */
public final class DraftLinks {

    /** The draft page's route (DraftView). */
    public static final String PAGE = "draft/:topicId([0-9]{1,18})";
    /** A submitted version as Word (export.ExportController). */
    public static final String VERSION_DOCX = "/export/drafts/{topicId:[0-9]{1,18}}/v{number:[0-9]{1,9}}.docx";
    /** The editor's text posted as the page goes away (DraftAutosaveController). */
    public static final String AUTOSAVE = "/autosave/draft/{topicId}";
    /** An attached file (AttachmentController); the name is there for the reader, the id finds the file. */
    public static final String ATTACHMENT = "/files/draft/{id}/{name}";

    private DraftLinks() {}

    /** Relative, as the router and the notifications take it. */
    public static String page(long topicId) {
        return "draft/" + topicId;
    }

    public static String versionDocx(long topicId, int number) {
        return "/export/drafts/" + topicId + "/v" + number + ".docx";
    }

    public static String autosave(long topicId) {
        return "/autosave/draft/" + topicId;
    }

    public static String attachment(long id, String fileName) {
        return "/files/draft/" + id + "/"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
