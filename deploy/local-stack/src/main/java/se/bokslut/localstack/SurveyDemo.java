package se.bokslut.localstack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Survey answers of the demo, 2019 and 2020: participants of every platform in the autumn, staff of every platform,
 * the steering group and the board once a year, and managers in the member organisations (each covering several
 * platforms). Answers lean positive, as they do in the published accounts.
 */
final class SurveyDemo {

    private static final List<String> PLATFORMS = List.of("ungdomstorget", "vuxentorget", "robertsfors", "nordmaling",
            "vannas", "vindeln", "bjurholm");
    private static final List<String> LOCAL_TEAMS = PLATFORMS.subList(2, PLATFORMS.size());
    private static final List<Integer> PARTICIPANTS_PER_YEAR = List.of(36, 42, 6, 5, 8, 4, 3);

    private final Random random = new Random(2017);
    private final List<Map<String, Object>> out = new ArrayList<>();

    private SurveyDemo() {
    }

    static List<Map<String, Object>> yearsOfSurveys() {
        SurveyDemo demo = new SurveyDemo();
        for (int year = 2019; year <= 2020; year++) {
            demo.year(year);
        }
        return demo.out;
    }

    static Map<String, Object> response(String name, List<String> platforms, String group, LocalDate answeredOn,
            String gender, Map<String, Object> answers) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("responseId", UUID.nameUUIDFromBytes(("demo-survey:" + name).getBytes()).toString());
        response.put("associationId", DemoData.ASSOCIATION);
        response.put("platformIds", platforms);
        response.put("respondentGroup", group);
        response.put("answeredOn", answeredOn.toString());
        if (gender != null) {
            response.put("respondentGender", gender);
        }
        response.put("answers", answers);
        return response;
    }

    private void year(int year) {
        for (int p = 0; p < PLATFORMS.size(); p++) {
            String platform = PLATFORMS.get(p);
            for (int i = 0; i < PARTICIPANTS_PER_YEAR.get(p); i++) {
                Map<String, Object> answers = new LinkedHashMap<>();
                maybe(answers, "NNS-1", sixPoint(0.82));
                maybe(answers, "NNS-2", sixPoint(0.76));
                maybe(answers, "NNS-4", random.nextDouble() < 0.9 ? "YES" : "NO");
                maybe(answers, "NNS-5", sixPoint(0.7));
                maybe(answers, "NNS-7", sixPoint(0.62));
                answers.put("UMEA-1.9", random.nextDouble() < 0.97 ? "NO" : "YES");
                out.add(response(platform + "-" + year + "-p" + i, List.of(platform), "PARTICIPANT",
                        LocalDate.of(year, 9, 1).plusDays(random.nextInt(100)), gender(), answers));
            }
            for (int i = 0; i < 4; i++) {
                out.add(response(platform + "-" + year + "-s" + i, List.of(platform), "STAFF",
                        LocalDate.of(year, 10, 5).plusDays(random.nextInt(20)), gender(),
                        Map.of("STAFF-1", sixPoint(0.72), "STAFF-2", sixPoint(0.85), "STAFF-3", sixPoint(0.6))));
            }
        }
        for (int i = 0; i < 7; i++) {
            out.add(response("steering-" + year + "-" + i, PLATFORMS, "STEERING_GROUP",
                    LocalDate.of(year, 11, 12), gender(),
                    Map.of("STEER-1", sixPoint(0.86), "STEER-2", sixPoint(0.7), "UMEA-3.2", sixPoint(0.8))));
        }
        for (int i = 0; i < 9; i++) {
            out.add(response("board-" + year + "-" + i, PLATFORMS, "BOARD", LocalDate.of(year, 11, 20), gender(),
                    Map.of("BOARD-1", sixPoint(0.8), "BOARD-2", sixPoint(0.75))));
        }
        for (int i = 0; i < 10; i++) {
            List<String> covered = i < 5 ? LOCAL_TEAMS : List.of("ungdomstorget", "vuxentorget");
            out.add(response("manager-" + year + "-" + i, covered, "MANAGER", LocalDate.of(year, 11, 25), gender(),
                    Map.of("MGR-1", sixPoint(0.78), "MGR-2", sixPoint(0.83), "UMEA-3.2", sixPoint(0.74))));
        }
    }

    private void maybe(Map<String, Object> answers, String question, Object answer) {
        if (random.nextDouble() < 0.94) {
            answers.put(question, answer);
        }
    }

    /** A 1–6 answer, 4–6 with the given probability. */
    private int sixPoint(double positive) {
        return random.nextDouble() < positive ? 4 + random.nextInt(3) : 1 + random.nextInt(3);
    }

    private String gender() {
        double roll = random.nextDouble();
        return roll < 0.48 ? "WOMAN" : roll < 0.92 ? "MAN" : roll < 0.94 ? "OTHER" : roll < 0.96 ? "UNSURE"
                : roll < 0.98 ? "DECLINED" : null;
    }
}
