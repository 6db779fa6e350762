package se.bokslut.intake.survey.contract;

import com.fasterxml.jackson.databind.JsonNode;

/** The answer scales of the question catalogue (SPEC §5). */
public enum Scale {
    /** 1 Aldrig, 2 Sällan, 3 Ibland, 4 Ofta, 5 För det mesta, 6 Alltid */
    FREQUENCY_6,
    /** 1 Inte alls, 2 Till liten del, 3 Delvis, 4 Till stor del, 5 Till mycket stor del, 6 Helt och hållet */
    EXTENT_6,
    /** YES or NO */
    YES_NO;

    public boolean accepts(JsonNode answer) {
        return this == YES_NO
                ? answer.isTextual() && (answer.textValue().equals("YES") || answer.textValue().equals("NO"))
                : answer.isIntegralNumber() && answer.canConvertToInt() && answer.intValue() >= 1 && answer.intValue() <= 6;
    }

    public String describe() {
        return this == YES_NO ? "\"YES\" or \"NO\"" : "a whole number from 1 to 6";
    }
}
