package se.bokslut.scoring.episode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import se.bokslut.scoring.episode.Derivation.Activity;
import se.bokslut.scoring.episode.Derivation.ActivityKind;
import se.bokslut.scoring.episode.Derivation.Anomaly;
import se.bokslut.scoring.episode.Derivation.Episode;

/**
 * Interprets all facts of one participant, in the order they happened, into episodes per platform.
 * <p>
 * The whole history is derived again whenever a fact arrives, so a late or out-of-order event, or a retraction, gives
 * exactly the figures it would have given had everything arrived in order — and an anomaly disappears by itself when
 * the missing fact arrives. Rules (SPEC §4):
 * <ul>
 * <li>facts are ordered by {@code occurredOn}; within a day referrals and preparation decisions come first, then, if
 * an episode is open that morning, its closure before a new start (a re-start the same day), otherwise a start before
 * a closure (an episode of one day); follow-ups last; ties by arrival;</li>
 * <li>at most one open episode per platform: a second start is an anomaly, so is a closure with nothing open;</li>
 * <li>a follow-up belongs to the latest closure on the platform on or before its date;</li>
 * <li>a retracted event is as if it had never been sent.</li>
 * </ul>
 */
public final class ParticipantHistory {

    private ParticipantHistory() {
    }

    public static Derivation derive(List<Fact> facts) {
        List<Anomaly> anomalies = new ArrayList<>();
        List<Fact> effective = withoutRetracted(facts, anomalies);
        Gender gender = latestKnownGender(effective);

        Map<String, List<Fact>> byPlatform = effective.stream()
                .collect(Collectors.groupingBy(Fact::platformId, TreeMap::new, Collectors.toList()));
        List<Episode> episodes = new ArrayList<>();
        List<Activity> activities = new ArrayList<>();
        byPlatform.forEach((platform, platformFacts) -> new PlatformTimeline(platform, gender, episodes, activities,
                anomalies).apply(platformFacts));
        anomalies.sort(Comparator.comparing(Anomaly::occurredOn).thenComparing(a -> a.eventId().toString()));
        return new Derivation(episodes, activities, anomalies);
    }

    private static List<Fact> withoutRetracted(List<Fact> facts, List<Anomaly> anomalies) {
        Set<UUID> known = facts.stream().map(Fact::eventId).collect(Collectors.toSet());
        Set<UUID> retracted = new HashSet<>();
        for (Fact fact : facts) {
            if (fact.type() == FactType.EVENT_RETRACTED) {
                if (known.contains(fact.retractedEventId())) {
                    retracted.add(fact.retractedEventId());
                } else {
                    anomalies.add(new Anomaly(fact.eventId(), fact.type(), fact.platformId(), fact.occurredOn(),
                            AnomalyReason.RETRACTION_TARGET_UNKNOWN));
                }
            }
        }
        return facts.stream()
                .filter(fact -> fact.type() != FactType.EVENT_RETRACTED && !retracted.contains(fact.eventId()))
                .toList();
    }

    /** The gender of the latest start on any platform; referrals before any start count only in totals. */
    private static Gender latestKnownGender(List<Fact> facts) {
        return facts.stream()
                .filter(fact -> fact.type() == FactType.PARTICIPANT_STARTED)
                .max(Comparator.comparing(Fact::occurredOn).thenComparingLong(Fact::arrival))
                .map(fact -> fact.profile().gender())
                .orElse(Gender.UNSPECIFIED);
    }

    /** The facts of one platform applied day by day. */
    private static final class PlatformTimeline {

        private final String platform;
        private final Gender gender;
        private final List<Episode> episodes;
        private final List<Activity> activities;
        private final List<Anomaly> anomalies;
        private final List<OpenEpisode> closed = new ArrayList<>();
        private OpenEpisode open;

        PlatformTimeline(String platform, Gender gender, List<Episode> episodes, List<Activity> activities,
                List<Anomaly> anomalies) {
            this.platform = platform;
            this.gender = gender;
            this.episodes = episodes;
            this.activities = activities;
            this.anomalies = anomalies;
        }

        void apply(List<Fact> facts) {
            Map<java.time.LocalDate, List<Fact>> byDay = facts.stream()
                    .collect(Collectors.groupingBy(Fact::occurredOn, TreeMap::new, Collectors.toList()));
            byDay.values().forEach(day -> {
                boolean openInTheMorning = open != null;
                day.stream()
                        .sorted(Comparator.<Fact> comparingInt(fact -> rank(fact.type(), openInTheMorning))
                                .thenComparingLong(Fact::arrival))
                        .forEach(this::apply);
            });
            closed.forEach(episode -> episodes.add(episode.toEpisode()));
            if (open != null) {
                episodes.add(open.toEpisode());
            }
        }

        private static int rank(FactType type, boolean openInTheMorning) {
            return switch (type) {
                case PARTICIPANT_REFERRED -> 0;
                case PREPARATION_DECIDED -> 1;
                case PARTICIPANT_CLOSED -> openInTheMorning ? 2 : 3;
                case PARTICIPANT_STARTED -> openInTheMorning ? 3 : 2;
                case FOLLOW_UP_RECORDED -> 4;
                case EVENT_RETRACTED -> 5;
            };
        }

        private void apply(Fact fact) {
            switch (fact.type()) {
                case PARTICIPANT_REFERRED -> activities.add(new Activity(platform, ActivityKind.REFERRAL,
                        fact.occurredOn(), fact.referredBy(), gender, fact.eventId()));
                case PREPARATION_DECIDED -> activities.add(new Activity(platform,
                        "YES".equals(fact.decision()) ? ActivityKind.PREPARATION_YES : ActivityKind.PREPARATION_NO,
                        fact.occurredOn(), null, gender, fact.eventId()));
                case PARTICIPANT_STARTED -> {
                    if (open != null) {
                        anomaly(fact, AnomalyReason.SECOND_START);
                    } else {
                        open = new OpenEpisode(fact);
                    }
                }
                case PARTICIPANT_CLOSED -> {
                    if (open == null) {
                        anomaly(fact, AnomalyReason.CLOSURE_WITHOUT_START);
                    } else {
                        open.close = fact;
                        closed.add(open);
                        open = null;
                    }
                }
                case FOLLOW_UP_RECORDED -> followUp(fact);
                case EVENT_RETRACTED -> throw new IllegalStateException("retractions are applied before the timeline");
            }
        }

        private void followUp(Fact fact) {
            OpenEpisode target = null;
            for (OpenEpisode episode : closed) {
                if (!episode.close.occurredOn().isAfter(fact.occurredOn())) {
                    target = episode;
                }
            }
            if (target == null) {
                anomaly(fact, AnomalyReason.FOLLOW_UP_WITHOUT_CLOSURE);
            } else if (target.followUps.containsKey(fact.monthsAfterClosure())) {
                anomaly(fact, AnomalyReason.DUPLICATE_FOLLOW_UP);
            } else {
                target.followUps.put(fact.monthsAfterClosure(), fact.employed());
            }
        }

        private void anomaly(Fact fact, AnomalyReason reason) {
            anomalies.add(new Anomaly(fact.eventId(), fact.type(), platform, fact.occurredOn(), reason));
        }

        private final class OpenEpisode {
            final Fact start;
            Fact close;
            final Map<Integer, Boolean> followUps = new LinkedHashMap<>();

            OpenEpisode(Fact start) {
                this.start = start;
            }

            Episode toEpisode() {
                return new Episode(platform, start.occurredOn(), start.eventId(), start.profile(),
                        close == null ? null : close.occurredOn(), close == null ? null : close.eventId(),
                        close == null ? null : close.outcome(), new HashMap<>(followUps));
            }
        }
    }
}
