package se.bokslut.reporting.report;

/**
 * A small RFC 4180 writer: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or line
 * break, empty for null. Numbers use a dot as decimal separator, whatever the locale.
 * <p>
 * Text that a spreadsheet would run as a formula (beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab
 * or a carriage return) gets a leading apostrophe, as OWASP advises against CSV injection: a title, comment or name
 * written by one user cannot become a formula on a BI reader's machine. Numbers are written as they are, so a
 * negative figure stays a number.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";
    private static final String FORMULA_START = "=+-@\t\r";
    private final StringBuilder out = new StringBuilder();

    public Csv(String... header) {
        row((Object[]) header);
    }

    public void row(Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(escape(fields[i]));
        }
        out.append("\r\n");
    }

    private static String escape(Object field) {
        if (field == null) {
            return "";
        }
        String text = field.toString();
        if (!(field instanceof Number) && !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
