package vn.chibo.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.schemas.ooxml.system.ooxml.TypeSystemHolder;
import org.apache.xmlbeans.SchemaType;
import org.apache.xmlbeans.SchemaTypeLoader;
import org.apache.xmlbeans.XmlBeans;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;

/**
 * Validates every XML part of a .docx or .xlsx against the ECMA-376 schema, through the XmlBeans types POI is
 * built on: each part is parsed into the type its root element names and asked to validate itself. A part whose
 * root the type system does not know is reported as an error, so no part goes unchecked silently.
 */
public final class OoxmlSchema {

    /** The ECMA-376 types POI ships (poi-ooxml-lite), with XML Schema's own. */
    private static final SchemaTypeLoader OOXML =
            XmlBeans.typeLoaderUnion(TypeSystemHolder.typeSystem, XmlBeans.getBuiltinTypeSystem());

    private OoxmlSchema() {}

    /** The errors of every part ("/word/document.xml: …"); empty when the file is valid. */
    public static List<String> errors(byte[] file) {
        List<String> errors = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                // the core properties are written by POI's own marshaller and have no XmlBeans type in
                // poi-ooxml-lite; tests read them through POIXMLProperties instead
                if (!name.endsWith(".xml") || name.startsWith("[") || name.equals("docProps/core.xml")) {
                    continue;
                }
                XmlObject xml = OOXML.parse(new ByteArrayInputStream(zip.readAllBytes()), null, null);
                SchemaType type = xml.schemaType();
                if (type == XmlObject.type || type.isNoType()) {
                    errors.add(name + ": no schema type for its root element");
                    continue;
                }
                List<XmlError> found = new ArrayList<>();
                xml.validate(new XmlOptions().setErrorListener(found));
                found.forEach(e -> errors.add(name + ": " + e.getMessage()));
            }
        } catch (IOException | XmlException e) {
            errors.add("unreadable: " + e);
        }
        return errors;
    }
}
