package se.bokslut.reporting.question;

import java.util.List;

/** Answer scales of the question catalogue (SPEC §5), with the answers that count as positive by default. */
public enum Scale {
    /** 1 Aldrig, 2 Sällan, 3 Ibland, 4 Ofta, 5 För det mesta, 6 Alltid */
    FREQUENCY_6,
    /** 1 Inte alls, 2 Till liten del, 3 Delvis, 4 Till stor del, 5 Till mycket stor del, 6 Helt och hållet */
    EXTENT_6,
    /** YES or NO */
    YES_NO;

    public List<String> answers() {
        return this == YES_NO ? List.of("YES", "NO") : List.of("1", "2", "3", "4", "5", "6");
    }

    /** 4–6 on the six-point scales, YES on yes/no. */
    public List<String> defaultPositive() {
        return this == YES_NO ? List.of("YES") : List.of("4", "5", "6");
    }
}
