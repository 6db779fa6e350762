package se.bokslut.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsNeutralised() {
        Csv csv = new Csv("a");
        csv.row("=HYPERLINK(\"http://evil\",\"x\")");
        csv.row("+1+2");
        csv.row("-2+3");
        csv.row("@SUM(A1)");
        csv.row("\tTAB");
        csv.row("\rCR");
        assertThat(csv.toString()).isEqualTo("a\r\n"
                + "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"\r\n"
                + "'+1+2\r\n"
                + "'-2+3\r\n"
                + "'@SUM(A1)\r\n"
                + "'\tTAB\r\n"
                + "\"'\rCR\"\r\n");
    }

    @Test
    void numbersStayNumbersAndOrdinaryTextIsUntouched() {
        Csv csv = new Csv("n", "d", "t");
        csv.row(-5L, new BigDecimal("-0.6"), "Umeå, Vännäs");
        csv.row(null, 12.5, "a-b");
        assertThat(csv.toString()).isEqualTo("n,d,t\r\n-5,-0.6,\"Umeå, Vännäs\"\r\n,12.5,a-b\r\n");
    }
}
