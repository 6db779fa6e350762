package se.bokslut.reporting.accounts;

import java.math.BigDecimal;
import java.util.List;

import se.bokslut.reporting.fulfilment.GoalFulfilment.IndicatorResult;

/**
 * Inline SVG charts drawn on the server: one bar per share of a goal, its result against its target line. Every chart
 * says in words what it shows (role="img", aria-label, title and desc), so the colour is never all there is.
 */
final class Charts {

    private static final int WIDTH = 640;
    private static final int LABEL = 70;
    private static final int BAR = 18;
    private static final int GAP = 10;

    private Charts() {
    }

    /** The chart of a goal's shares; null when it has none to draw. */
    static String goal(String goalId, List<IndicatorResult> indicators) {
        List<IndicatorResult> shares = indicators.stream().filter(i -> "PERCENT".equals(i.valueUnit())).toList();
        if (shares.isEmpty()) {
            return null;
        }
        StringBuilder description = new StringBuilder();
        StringBuilder bars = new StringBuilder();
        int scale = WIDTH - LABEL - 60;
        int y = GAP;
        for (IndicatorResult share : shares) {
            String result = Swedish.result(share);
            description.append(share.id()).append(": utfall ").append(result).append(", målnivå ")
                    .append(Swedish.target(share)).append(", ").append(Swedish.signalWord(share.status()).toLowerCase())
                    .append(". ");
            bars.append("<text x=\"0\" y=\"").append(y + 13).append("\" class=\"chart-label\">")
                    .append(Html.escape(share.id())).append("</text>");
            bars.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"").append(scale)
                    .append("\" height=\"").append(BAR).append("\" class=\"chart-track\"/>");
            if (share.value() != null && share.status() != null) {
                int width = (int) Math.round(scale * clamp(share.value()) / 100.0);
                bars.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"")
                        .append(width).append("\" height=\"").append(BAR).append("\" class=\"bar ")
                        .append(Swedish.signalClass(share.status())).append("\"/>");
            }
            if (share.target() != null) {
                int x = LABEL + (int) Math.round(scale * clamp(share.target()) / 100.0);
                bars.append("<line x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"").append(y - 3)
                        .append("\" y2=\"").append(y + BAR + 3).append("\" class=\"chart-target\"/>");
            }
            bars.append("<text x=\"").append(LABEL + scale + 6).append("\" y=\"").append(y + 13)
                    .append("\" class=\"chart-label\">")
                    .append(Html.escape(share.status() == null ? Swedish.HIDDEN
                            : share.value() == null ? "saknas" : Swedish.value("PERCENT", share.value())))
                    .append("</text>");
            y += BAR + GAP;
        }
        String label = "Diagram mål " + goalId + ": utfall mot målnivå (streck) per indikator. " + description;
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"" + WIDTH
                + "\" height=\"" + y + "\" viewBox=\"0 0 " + WIDTH + " " + y + "\" aria-label=\""
                + Html.escape(label.trim()) + "\"><title>Mål " + Html.escape(goalId)
                + ": utfall mot målnivå</title><desc>" + Html.escape(description.toString().trim()) + "</desc>"
                + bars + "</svg>";
    }

    /** A share in one year, for the small chart of an indicator over the years; null value when not shown. */
    record YearShare(int year, BigDecimal value) {
    }

    /** A small bar chart of a share over the years, the last bar the year of the document; null when fewer than two. */
    static String years(String indicatorId, List<YearShare> shares) {
        List<YearShare> shown = shares.stream().filter(share -> share.value() != null).toList();
        if (shown.size() < 2) {
            return null;
        }
        int bar = 22;
        int height = 40;
        StringBuilder description = new StringBuilder();
        StringBuilder bars = new StringBuilder();
        int x = 0;
        for (YearShare share : shown) {
            int h = (int) Math.round(height * clamp(share.value()) / 100.0);
            description.append(share.year()).append(": ").append(Swedish.value("PERCENT", share.value())).append(". ");
            bars.append("<rect x=\"").append(x).append("\" y=\"").append(height - h).append("\" width=\"")
                    .append(bar).append("\" height=\"").append(h).append("\" class=\"chart-year\"/>");
            bars.append("<text x=\"").append(x).append("\" y=\"").append(height + 12)
                    .append("\" class=\"chart-small\">").append(share.year() % 100 < 10 ? "0" : "")
                    .append(share.year() % 100).append("</text>");
            x += bar + 8;
        }
        String label = "Diagram indikator " + indicatorId + " år för år: " + description;
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-years\" role=\"img\" width=\"" + x
                + "\" height=\"" + (height + 14) + "\" viewBox=\"0 0 " + x + " " + (height + 14) + "\" aria-label=\""
                + Html.escape(label.trim()) + "\"><title>Indikator " + Html.escape(indicatorId)
                + " år för år</title><desc>" + Html.escape(description.toString().trim()) + "</desc>" + bars + "</svg>";
    }

    private static double clamp(BigDecimal percent) {
        return Math.max(0, Math.min(100, percent.doubleValue()));
    }
}
