package vn.chibo.document;

import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;
import org.jspecify.annotations.Nullable;

/**
 * Who a generated file says made it: "Chi bộ" as author and application, the issuing organisation as company.
 * POI otherwise writes "Apache POI", which a reader sees in Word's File › Info and takes for the author.
 */
public final class Authorship {

    public static final String PRODUCT = "Chi bộ";

    private Authorship() {}

    public static void stamp(POIXMLDocument doc, @Nullable String organisation) {
        POIXMLProperties properties = doc.getProperties();
        var core = properties.getCoreProperties();
        core.setCreator(PRODUCT);
        core.setLastModifiedByUser(PRODUCT);
        var app = properties.getExtendedProperties().getUnderlyingProperties();
        app.setApplication(PRODUCT);
        if (organisation != null && !organisation.isBlank() && !organisation.contains("{{")) {
            app.setCompany(organisation);
        }
    }

    /** Keeps the company a template or document already names, and stamps the rest. */
    public static void stampKeepingCompany(POIXMLDocument doc) {
        var app = doc.getProperties().getExtendedProperties().getUnderlyingProperties();
        stamp(doc, app.isSetCompany() ? app.getCompany() : null);
    }
}
