package se.bokslut.reporting.accounts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders the HTML of the social accounts as PDF on the server (ADR 0009): jsoup reads the HTML into a W3C DOM, so it
 * is well-formed, and openhtmltopdf lays it out with PDFBox under the same print CSS a browser uses. The font is the
 * Liberation Sans PDFBox ships, embedded, so å, ä, ö, − and → print everywhere; nothing is fetched.
 */
@ApplicationScoped
public class PdfRenderer {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    public byte[] render(String html) {
        org.jsoup.nodes.Document parsed = Jsoup.parse(html);
        // openhtmltopdf draws no SVG without Batik (not on the class path): the PDF leaves the charts out rather than
        // printing their text alternative as loose text; the indicator tables beside them carry the same figures
        parsed.select("figure:has(svg)").remove();
        org.w3c.dom.Document document = new W3CDom().fromJsoup(parsed);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(PdfRenderer::font, "Liberation Sans");
            builder.withW3cDocument(document, null);
            // no base URI and no resolver for external resources: the document has none, and none is fetched
            builder.useUriResolver((base, uri) -> null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font() {
        InputStream font = PdfRenderer.class.getResourceAsStream(FONT);
        if (font == null) {
            throw new IllegalStateException("PDFBox's Liberation Sans is missing from the class path");
        }
        return font;
    }
}
