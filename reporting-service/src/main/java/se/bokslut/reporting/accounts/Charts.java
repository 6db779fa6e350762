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

    private static double clamp(BigDecimal percent) {
        return Math.max(0, Math.min(100, percent.doubleValue()));
    }
}
