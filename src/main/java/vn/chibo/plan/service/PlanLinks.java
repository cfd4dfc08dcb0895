package vn.chibo.plan.service;

/**
 * The plan feature's addresses, built here only: the year's plan page and the plan as Word and Excel. The patterns
 * are the ones export.ExportController maps.
 */
public final class PlanLinks {

    public static final String PLAN_DOCX = "/export/plans/{planId:[0-9]{1,18}}/plan.docx";
    public static final String PLAN_XLSX = "/export/plans/{planId:[0-9]{1,18}}/plan.xlsx";

    private PlanLinks() {}

    /** Relative, as the router and the notifications take it. */
    public static String page(int year) {
        return "plan/" + year;
    }

    public static String planDocx(long planId) {
        return "/export/plans/" + planId + "/plan.docx";
    }

    public static String planXlsx(long planId) {
        return "/export/plans/" + planId + "/plan.xlsx";
    }
}
