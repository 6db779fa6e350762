package se.bokslut.reporting.accounts;

/**
 * The print stylesheet of the social accounts: A4, a running header with association and year, each goal area on a
 * new page, no table row split across pages. Only fonts every reader has (or the PDF embeds); nothing is fetched.
 */
final class Stylesheet {

    private Stylesheet() {
    }

    static String css(String runningHeader) {
        String header = runningHeader.replace("\\", "\\\\").replace("\"", "\\\"");
        return """
                @page { size: A4; margin: 22mm 16mm 18mm 16mm;
                  @top-center { content: "%s"; font-family: "Liberation Sans", Arial, sans-serif; font-size: 8pt; color: #444; }
                  @bottom-right { content: "Sida " counter(page); font-family: "Liberation Sans", Arial, sans-serif; font-size: 8pt; color: #444; } }
                @page :first { @top-center { content: none; } }
                html { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 10.5pt; color: #111; }
                body { margin: 0 auto; max-width: 178mm; padding: 0 4mm; }
                h1 { font-size: 22pt; margin: 0 0 6mm 0; }
                h2 { font-size: 15pt; margin: 6mm 0 3mm 0; }
                h3 { font-size: 12.5pt; margin: 5mm 0 2mm 0; }
                h4 { font-size: 11pt; margin: 4mm 0 2mm 0; }
                p { margin: 1.5mm 0; }
                .cover { padding-top: 40mm; }
                .cover dl { margin-top: 10mm; }
                .cover dt { font-weight: bold; margin-top: 3mm; }
                .cover dd { margin: 0; }
                section.chapter { page-break-before: always; break-before: page; }
                section.area { page-break-before: always; break-before: page; }
                table { border-collapse: collapse; width: 100%%; margin: 2mm 0 4mm 0; table-layout: fixed; }
                th, td { border: 0.5pt solid #999; padding: 1.2mm 1.5mm; text-align: left; vertical-align: top;
                  overflow-wrap: break-word; word-wrap: break-word; }
                th { background: #eee; }
                td.num, th.num { text-align: right; }
                tr { page-break-inside: avoid; break-inside: avoid; }
                thead { display: table-header-group; }
                .signal { font-weight: bold; white-space: nowrap; }
                .signal::before { content: ""; display: inline-block; width: 3mm; height: 3mm; margin-right: 1mm;
                  border: 0.5pt solid #333; }
                .signal.green::before, .verdict.green::before { background: #2e7d32; }
                .signal.yellow::before, .verdict.yellow::before { background: #f9a825; }
                .signal.red::before, .verdict.red::before { background: #c62828; }
                .signal.no-data::before, .verdict.not-assessed::before { background: #fff; }
                .signal.hidden::before { background: #bbb; }
                .verdict::before { content: ""; display: inline-block; width: 3mm; height: 3mm; margin-right: 1mm;
                  border: 0.5pt solid #333; }
                .change { display: block; font-size: 8.5pt; color: #6a1b9a; }
                .sub { padding-left: 6mm; font-weight: normal; }
                tr.heading th { background: #f4f4f4; font-weight: bold; }
                .note { font-size: 9pt; color: #333; }
                svg.chart { width: 100%%; height: auto; max-width: 170mm; }
                .chart-label { font-size: 11px; font-family: "Liberation Sans", Arial, sans-serif; fill: #111; }
                .chart-track { fill: #eee; }
                .chart-year { fill: #5c6bc0; }
                .chart-small { font-size: 9px; font-family: "Liberation Sans", Arial, sans-serif; fill: #111; }
                .earlier-years { display: block; font-size: 8.5pt; color: #333; }
                figure.years { margin: 1mm 0 0 0; }
                .chart-target { stroke: #111; stroke-width: 2; }
                .bar.green { fill: #2e7d32; } .bar.yellow { fill: #f9a825; } .bar.red { fill: #c62828; }
                .bar.no-data, .bar.hidden { fill: #bbb; }
                table.summary col.unit { width: 21%%; } table.summary col.area { width: 15%%; }
                table.summary col.n { width: 9%%; }
                table.summary th.num, table.summary td.num { font-size: 8pt; padding-left: 0.8mm; padding-right: 0.8mm; }
                table.summary td:first-child { font-size: 9pt; }
                col.id { width: 11%%; } col.title { width: 33%%; } col.figure { width: 14%%; }
                """.formatted(header);
    }
}
