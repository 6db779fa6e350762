package se.bokslut.localstack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo data set of Samordningsförbundet Umeåregionen, 2017–2020, as its case-management systems would post it.
 * <p>
 * Ungdomstorget is built to the published figures of SPEC §9: in 2019 295 participants (148 women, 147 men), 121
 * started, 128 closed (work 29, studies 28, other needs-adapted solution 58, other drop-outs 13), 167 remaining; in
 * 2020 56 closures of which 43 positive, 17 to work and 11 to studies. Around them it has what a real year has:
 * participants who closed the year before, referrals with yes and no decisions, follow-ups after work, closures
 * registered by mistake and retracted. The other platforms get a plausible simulated history. Everything is
 * deterministic (fixed seeds, event ids derived from names), so loading it again changes nothing.
 */
public final class DemoData {

    public static final String ASSOCIATION = "umearegionen";
    public static final String[] PLATFORMS = { "ungdomstorget", "vuxentorget", "robertsfors", "nordmaling", "vannas",
        "vindeln", "bjurholm" };
    static final List<String> OTHER_SOLUTION = List.of("OTHER_REHABILITATION", "MEDICAL_REHABILITATION",
            "SICKNESS_COMPENSATION", "DAILY_ACTIVITY", "NO_WORK_CAPACITY", "JOB_SEEKING");
    static final List<String> DROPOUTS = List.of("DROPOUT", "MOVED", "OTHER");
    private static final List<String> REFERRERS = List.of("ARBETSFORMEDLINGEN", "FORSAKRINGSKASSAN", "REGION",
            "SOCIAL_SERVICES", "MUNICIPALITY_OTHER", "OTHER");
    private static final List<String> EDUCATION = List.of("COMPULSORY", "COMPULSORY", "UPPER_SECONDARY",
            "UPPER_SECONDARY", "UPPER_SECONDARY", "POST_SECONDARY_UNDER_3_YEARS", "UNKNOWN");

    private final ParticipantEventFactory events;
    private final Random random;
    private final List<Map<String, Object>> out = new ArrayList<>();

    private DemoData(String namespace, long seed) {
        this.events = new ParticipantEventFactory(ASSOCIATION, namespace);
        this.random = new Random(seed);
    }

    /** Every participant event of the demo, in the order the facts happened. */
    public static List<Map<String, Object>> participantEvents() {
        List<Map<String, Object>> all = new ArrayList<>(ungdomstorget());
        all.addAll(simulated("vuxentorget", "2480", 110, 95, 1940, 1990, 1));
        all.addAll(simulated("robertsfors", "2409", 12, 14, 1960, 2003, 2));
        all.addAll(simulated("nordmaling", "2401", 10, 12, 1960, 2003, 3));
        all.addAll(simulated("vannas", "2460", 16, 18, 1960, 2003, 4));
        all.addAll(simulated("vindeln", "2404", 8, 10, 1960, 2003, 5));
        all.addAll(simulated("bjurholm", "2403", 5, 7, 1960, 2003, 6));
        all.sort(Comparator.comparing(event -> (String) event.get("occurredOn")));
        return all;
    }

    /** Every survey response of the demo. */
    public static List<Map<String, Object>> surveyResponses() {
        List<Map<String, Object>> all = new ArrayList<>(ungdomstorgetSurvey2017());
        all.addAll(SurveyDemo.yearsOfSurveys());
        return all;
    }

    /**
     * Ungdomstorget's participant survey 2017, reproducing worked example 3: 23 answered; NNS-1 answered by 22, 15 of
     * them 4–6; NNS-2 by 21, 19 of them 4–6; the discrimination question (UMEA-1.9) by all 23, all NO.
     */
    public static List<Map<String, Object>> ungdomstorgetSurvey2017() {
        List<Integer> nns1 = List.of(1, 1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 6, 6, 6, 6);
        List<Integer> nns2 = List.of(2, 3, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 6);
        List<String> genders = List.of("WOMAN", "MAN");
        List<Map<String, Object>> responses = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            Map<String, Object> answers = new java.util.LinkedHashMap<>();
            if (i < nns1.size()) {
                answers.put("NNS-1", nns1.get(i));
            }
            if (i >= 2) {
                answers.put("NNS-2", nns2.get(i - 2));
            }
            answers.put("NNS-4", i % 6 == 0 ? "NO" : "YES");
            answers.put("UMEA-1.9", "NO");
            String gender = i == 21 ? "DECLINED" : i == 22 ? null : genders.get(i % 2);
            responses.add(SurveyDemo.response("ungdomstorget-2017-" + i, List.of("ungdomstorget"), "PARTICIPANT",
                    LocalDate.of(2017, 11, 6).plusDays(i), gender, answers));
        }
        return responses;
    }

    /** Ungdomstorget 2017–2020, reproducing worked examples 1, 2 and 4 of SPEC §9. */
    public static List<Map<String, Object>> ungdomstorget() {
        DemoData data = new DemoData("demo-ungdomstorget", 2019);
        data.buildUngdomstorget();
        return data.out;
    }

    /** A plausible history 2018–2020 of a platform: starts through the years, closures after 2–18 months. */
    public static List<Map<String, Object>> simulated(String platform, String municipality, int carriedOver,
            int startsPerYear, int bornFrom, int bornTo, long seed) {
        DemoData data = new DemoData("demo-" + platform, seed);
        data.simulate(platform, municipality, carriedOver, startsPerYear, bornFrom, bornTo);
        return data.out;
    }

    private record Person(String id, String gender, LocalDate started) {
    }

    private void buildUngdomstorget() {
        String platform = "ungdomstorget";
        int serial = 0;
        // Closed before 2019: not participants of 2019
        for (int i = 0; i < 40; i++) {
            Person person = start(platform, "ut-" + ++serial, i % 2 == 0 ? "WOMAN" : "MAN",
                    date(LocalDate.of(2017, 3, 1), LocalDate.of(2018, 3, 31)), true);
            close(platform, person, date(person.started().plusDays(40), LocalDate.of(2018, 12, 31)),
                    pick(List.of("WORK", "STUDIES", "JOB_SEEKING", "DROPOUT", "OTHER_REHABILITATION")));
        }
        // Open on 1 January 2019: 82 women and 92 men
        List<Person> carriedWomen = new ArrayList<>();
        List<Person> carriedMen = new ArrayList<>();
        for (int i = 0; i < 82; i++) {
            carriedWomen.add(start(platform, "ut-" + ++serial, "WOMAN", date(LocalDate.of(2017, 9, 1),
                    LocalDate.of(2018, 12, 28)), true));
        }
        for (int i = 0; i < 92; i++) {
            carriedMen.add(start(platform, "ut-" + ++serial, "MAN", date(LocalDate.of(2017, 9, 1),
                    LocalDate.of(2018, 12, 28)), true));
        }
        // New in 2019: 66 women and 55 men
        List<Person> newWomen = new ArrayList<>();
        List<Person> newMen = new ArrayList<>();
        for (int i = 0; i < 66; i++) {
            newWomen.add(start(platform, "ut-" + ++serial, "WOMAN", date(LocalDate.of(2019, 1, 2),
                    LocalDate.of(2019, 12, 20)), true));
        }
        for (int i = 0; i < 55; i++) {
            newMen.add(start(platform, "ut-" + ++serial, "MAN", date(LocalDate.of(2019, 1, 2),
                    LocalDate.of(2019, 12, 20)), true));
        }
        // Referred in 2019 but not taken in (decision NO): their gender is unknown
        for (int i = 0; i < 24; i++) {
            String id = "ut-" + ++serial;
            LocalDate referred = date(LocalDate.of(2019, 1, 10), LocalDate.of(2019, 11, 30));
            out.add(events.referred(platform, id, referred, pick(REFERRERS)));
            out.add(events.decided(platform, id, referred.plusDays(7 + random.nextInt(14)), false));
        }

        // 2019 closures: women 10 work, 14 studies, 24 other solution, 7 other drop-outs; men 19, 14, 34, 6
        List<Person> remainingWomen = closeIn2019(platform, carriedWomen, newWomen, 35, 20,
                outcomes(10, 14, 24, 7));
        List<Person> remainingMen = closeIn2019(platform, carriedMen, newMen, 48, 25, outcomes(19, 14, 34, 6));

        // Three closures registered by mistake and retracted (felregistrering)
        for (int i = 0; i < 3; i++) {
            Person person = remainingWomen.get(i);
            Map<String, Object> mistake = events.closed(platform, person.id(), date(LocalDate.of(2019, 5, 2),
                    LocalDate.of(2019, 5, 30)), "DROPOUT");
            out.add(mistake);
            out.add(events.retracted(mistake, LocalDate.of(2019, 6, 3)));
        }

        // 2020: 40 new participants; 56 closures, 43 of them positive (17 work, 11 studies)
        List<Person> pool2020 = new ArrayList<>(remainingWomen);
        pool2020.addAll(remainingMen);
        for (int i = 0; i < 40; i++) {
            pool2020.add(start(platform, "ut-" + ++serial, i % 2 == 0 ? "WOMAN" : "MAN",
                    date(LocalDate.of(2020, 1, 7), LocalDate.of(2020, 6, 30)), true));
        }
        Collections.shuffle(pool2020, random);
        List<String> outcomes2020 = new ArrayList<>();
        outcomes2020.addAll(Collections.nCopies(15, "WORK"));
        outcomes2020.addAll(Collections.nCopies(2, "SUBSIDISED_WORK"));
        outcomes2020.addAll(Collections.nCopies(11, "STUDIES"));
        outcomes2020.addAll(Collections.nCopies(6, "JOB_SEEKING"));
        outcomes2020.addAll(Collections.nCopies(5, "OTHER_REHABILITATION"));
        outcomes2020.addAll(Collections.nCopies(4, "DAILY_ACTIVITY"));
        outcomes2020.addAll(Collections.nCopies(5, "MEDICAL_REHABILITATION"));
        outcomes2020.addAll(Collections.nCopies(6, "DROPOUT"));
        outcomes2020.addAll(Collections.nCopies(2, "MOVED"));
        for (int i = 0; i < outcomes2020.size(); i++) {
            Person person = pool2020.get(i);
            LocalDate earliest = later(person.started().plusDays(30), LocalDate.of(2020, 1, 2));
            close(platform, person, date(earliest, LocalDate.of(2020, 12, 18)), outcomes2020.get(i));
        }
    }

    private List<Person> closeIn2019(String platform, List<Person> carried, List<Person> started, int fromCarried,
            int fromStarted, List<String> outcomes) {
        Collections.shuffle(outcomes, random);
        List<Person> closing = new ArrayList<>(carried.subList(0, fromCarried));
        List<Person> earlyStarters = started.stream()
                .sorted(Comparator.comparing(Person::started)).limit(fromStarted).toList();
        closing.addAll(earlyStarters);
        for (int i = 0; i < closing.size(); i++) {
            Person person = closing.get(i);
            LocalDate earliest = later(person.started().plusDays(21), LocalDate.of(2019, 1, 3));
            LocalDate closedOn = date(earliest, LocalDate.of(2019, 12, 30));
            close(platform, person, closedOn, outcomes.get(i));
        }
        List<Person> remaining = new ArrayList<>(carried.subList(fromCarried, carried.size()));
        started.stream().filter(person -> !earlyStarters.contains(person)).forEach(remaining::add);
        return remaining;
    }

    private static List<String> outcomes(int work, int studies, int otherSolution, int dropouts) {
        List<String> outcomes = new ArrayList<>();
        outcomes.addAll(Collections.nCopies(work, "WORK"));
        outcomes.addAll(Collections.nCopies(studies, "STUDIES"));
        for (int i = 0; i < otherSolution; i++) {
            outcomes.add(OTHER_SOLUTION.get(i % OTHER_SOLUTION.size()));
        }
        for (int i = 0; i < dropouts; i++) {
            outcomes.add(DROPOUTS.get(i % DROPOUTS.size()));
        }
        return outcomes;
    }

    private void simulate(String platform, String municipality, int carriedOver, int startsPerYear, int bornFrom,
            int bornTo) {
        int serial = 0;
        String prefix = platform.substring(0, 3) + "-";
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < carriedOver; i++) {
            people.add(start(platform, prefix + ++serial, gender(), date(LocalDate.of(2017, 6, 1),
                    LocalDate.of(2017, 12, 31)), municipality, bornFrom, bornTo, true));
        }
        for (int year = 2018; year <= 2020; year++) {
            for (int i = 0; i < startsPerYear; i++) {
                people.add(start(platform, prefix + ++serial, gender(), date(LocalDate.of(year, 1, 2),
                        LocalDate.of(year, 12, 15)), municipality, bornFrom, bornTo, true));
            }
        }
        for (Person person : people) {
            LocalDate closedOn = person.started().plusDays(60 + random.nextInt(480));
            if (closedOn.isBefore(LocalDate.of(2021, 1, 1))) {
                close(platform, person, closedOn, weightedOutcome());
            }
        }
    }

    private String weightedOutcome() {
        int roll = random.nextInt(100);
        if (roll < 22) {
            return "WORK";
        }
        if (roll < 27) {
            return "SUBSIDISED_WORK";
        }
        if (roll < 42) {
            return "STUDIES";
        }
        if (roll < 85) {
            return OTHER_SOLUTION.get(random.nextInt(OTHER_SOLUTION.size()));
        }
        return DROPOUTS.get(random.nextInt(DROPOUTS.size()));
    }

    private String gender() {
        int roll = random.nextInt(100);
        return roll < 50 ? "WOMAN" : roll < 97 ? "MAN" : roll < 99 ? "OTHER" : "UNSPECIFIED";
    }

    private Person start(String platform, String id, String gender, LocalDate on, boolean referred) {
        return start(platform, id, gender, on, "2480", 1990, 2003, referred);
    }

    private Person start(String platform, String id, String gender, LocalDate on, String municipality, int bornFrom,
            int bornTo, boolean referred) {
        if (referred) {
            LocalDate referredOn = on.minusDays(14 + random.nextInt(30));
            out.add(events.referred(platform, id, referredOn, pick(REFERRERS)));
            out.add(events.decided(platform, id, referredOn.plusDays(5 + random.nextInt(8)), true));
        }
        List<String> tags = new ArrayList<>();
        if (random.nextInt(100) < 30) {
            tags.add("PSYCHIATRIC_CONTACT");
        }
        if (random.nextInt(100) < 10) {
            tags.add("NEWLY_ARRIVED");
        }
        // the draws of the shared generator stay as they were, so every published figure stays where it is
        if (random.nextInt(100) >= 55) {
            random.nextBoolean();
        }
        int drawn = bornFrom + random.nextInt(bornTo - bornFrom + 1);
        // of working age at start, and a youth platform's participants under 30
        int oldest = on.getYear() - (bornFrom >= 1990 ? 29 : 64);
        int birthYear = Math.max(oldest, Math.min(drawn, on.getYear() - 16));
        String home = random.nextInt(10) < 8 ? municipality : "2480";
        String education = pick(EDUCATION);
        Integer drawnYears = random.nextInt(10) < 8 ? random.nextInt(8) : null;
        Random background = new Random(id.hashCode() * 31L + on.toEpochDay());
        int age = on.getYear() - birthYear;
        out.add(events.started(platform, id, on, gender, birthYear, home, education, incomeSupport(background, age),
                drawnYears == null ? null : Math.min(drawnYears, Math.max(0, age - 16)), tags));
        return new Person(id, gender, on);
    }

    /**
     * Income support at start as a coordination association sees it: the young on aktivitetsstöd, försörjningsstöd
     * or aktivitetsersättning (which ends at 30), some with none while living at home; older participants on
     * sjukpenning, sjukersättning or försörjningsstöd. Drawn from the person's own generator.
     */
    private static List<String> incomeSupport(Random random, int age) {
        int roll = random.nextInt(100);
        if (age < 30) {
            return roll < 30 ? List.of("SOCIAL_ASSISTANCE")
                    : roll < 45 ? List.of("ACTIVITY_SUPPORT")
                    : roll < 55 ? List.of("SOCIAL_ASSISTANCE", "ACTIVITY_SUPPORT")
                    : roll < 70 ? List.of("ACTIVITY_COMPENSATION")
                    : roll < 77 ? List.of("STUDENT_AID")
                    : roll < 82 ? List.of("SICKNESS_BENEFIT")
                    : roll < 86 ? List.of("UNEMPLOYMENT_INSURANCE")
                    : List.of("NONE");
        }
        return roll < 30 ? List.of("SICKNESS_BENEFIT")
                : roll < 50 ? List.of("SOCIAL_ASSISTANCE")
                : roll < 62 ? List.of("SICKNESS_BENEFIT", "SOCIAL_ASSISTANCE")
                : roll < 74 ? List.of("SICKNESS_COMPENSATION")
                : roll < 84 ? List.of("UNEMPLOYMENT_INSURANCE", "ACTIVITY_SUPPORT")
                : roll < 92 ? List.of("OTHER_PUBLIC")
                : List.of("NONE");
    }

    private void close(String platform, Person person, LocalDate on, String outcome) {
        out.add(events.closed(platform, person.id(), on, outcome));
        if (outcome.equals("WORK")) {
            LocalDate followUp = on.plusMonths(6);
            if (followUp.isBefore(LocalDate.of(2021, 1, 1))) {
                out.add(events.followedUp(platform, person.id(), followUp, 6, random.nextInt(100) < 75));
            }
        }
    }

    private LocalDate date(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays(random.nextInt((int) days + 1));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
