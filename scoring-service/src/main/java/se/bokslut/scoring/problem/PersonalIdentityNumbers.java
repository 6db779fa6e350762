package se.bokslut.scoring.problem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises Swedish personal identity numbers (personnummer) and co-ordination numbers (samordningsnummer) inside
 * any text: 10 or 12 digits not part of a longer run of digits, with or without one separator before the last four
 * (dash, plus, underscore, dot, colon, slash or a space, spaces around it allowed), with a valid check digit and a
 * plausible date (day + 60 for co-ordination numbers). So {@code 19121212-1212}, {@code 121212.1212},
 * {@code ut:19121212:1212} and "Fallet 19121212 - 1212 gick till arbete" are all found. Such text is rejected and
 * never stored or logged. (The same rule as the copies in intake-service and reporting-service; the services share no code.)
 */
public final class PersonalIdentityNumbers {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<!\\d)(\\d{2})?(\\d{6})(?: ?[-+_.:/] ?| )?(\\d{4})(?!\\d)");

    private PersonalIdentityNumbers() {
    }

    public static boolean containsOne(String text) {
        if (text == null || text.length() < 10) {
            return false;
        }
        Matcher matcher = CANDIDATE.matcher(text);
        while (matcher.find()) {
            if (isIdentityNumber(matcher.group(1), matcher.group(2), matcher.group(3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIdentityNumber(String century, String date, String serial) {
        if (century != null && !(century.equals("18") || century.equals("19") || century.equals("20"))) {
            return false;
        }
        int month = Integer.parseInt(date.substring(2, 4));
        int day = Integer.parseInt(date.substring(4, 6));
        boolean plausibleDay = (day >= 1 && day <= 31) || (day >= 61 && day <= 91);
        if (month < 1 || month > 12 || !plausibleDay) {
            return false;
        }
        return luhnValid(date + serial);
    }

    /** The Luhn check over the ten digits YYMMDDNNNC. */
    static boolean luhnValid(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < tenDigits.length(); i++) {
            int digit = tenDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
