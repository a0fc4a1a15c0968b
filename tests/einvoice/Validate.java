// Runs the EN 16931 and Peppol BIS Billing 3.0 schematron (their published XSLT 2.0) over
// many UBL files in one Java process: each stylesheet is compiled once (a Saxon start costs
// seconds), then every file is transformed and its SVRL report read.
//
//   java -cp Saxon-HE.jar Validate.java CEN.xslt PEPPOL.xslt [--cen-only|--both] FILE...
//
// Files after --cen-only are checked against EN 16931 only (the CEN examples are not Peppol
// documents); after --both (the default), against both.
// Prints one line per file and stylesheet: "ok <file> <stylesheet>" or
// "fatal <file> <stylesheet> [RULE] text" for each failed assertion whose flag is "fatal"
// (warnings are not failures, as the README of tests/data/validation says). Exits 1 when
// any file has a fatal assertion or cannot be read, 2 on wrong arguments.

import java.io.File;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Templates;
import javax.xml.transform.Transformer;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.TransformerFactoryImpl;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

public class Validate {
    static final String SVRL = "http://purl.oclc.org/dsdl/svrl";

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: Validate CEN.xslt PEPPOL.xslt FILE...");
            System.exit(2);
        }
        TransformerFactoryImpl factory = new TransformerFactoryImpl();
        List<Templates> sheets = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 2; ++i) {
            sheets.add(factory.newTemplates(new StreamSource(new File(args[i]))));
            names.add(new File(args[i]).getName());
        }
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        boolean failed = false;
        int stylesheets = 2;
        for (int f = 2; f < args.length; ++f) {
            if (args[f].equals("--cen-only") || args[f].equals("--both")) {
                stylesheets = args[f].equals("--both") ? 2 : 1;
                continue;
            }
            for (int s = 0; s < stylesheets; ++s) {
                List<String> fatal = new ArrayList<>();
                try {
                    Transformer t = sheets.get(s).newTransformer();
                    DOMResult result = new DOMResult(dbf.newDocumentBuilder().newDocument());
                    t.transform(new StreamSource(new File(args[f])), result);
                    NodeList asserts = ((org.w3c.dom.Document) result.getNode())
                                           .getElementsByTagNameNS(SVRL, "failed-assert");
                    for (int a = 0; a < asserts.getLength(); ++a) {
                        Element e = (Element) asserts.item(a);
                        if (!"fatal".equals(e.getAttribute("flag")))
                            continue;
                        fatal.add("[" + e.getAttribute("id") + "] " + text(e).replaceAll("\\s+", " ").trim()
                                  + " at " + e.getAttribute("location"));
                    }
                } catch (Exception e) {
                    fatal.add("[read] " + e.getMessage());
                }
                if (fatal.isEmpty()) {
                    System.out.println("ok " + args[f] + " " + names.get(s));
                } else {
                    failed = true;
                    for (String line : fatal)
                        System.out.println("fatal " + args[f] + " " + names.get(s) + " " + line);
                }
            }
        }
        System.exit(failed ? 1 : 0);
    }

    static String text(Element e) {
        NodeList texts = e.getElementsByTagNameNS(SVRL, "text");
        StringWriter w = new StringWriter();
        for (int i = 0; i < texts.getLength(); ++i)
            w.write(texts.item(i).getTextContent());
        return w.toString();
    }
}
