package se.bokslut.scoring.volume;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import se.bokslut.scoring.episode.Derivation;

/** A participant's time on one platform, start to closure, as the volume figures count it. */
@Entity
@Table(name = "episode")
public class Episode {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "episode_ids")
    @SequenceGenerator(name = "episode_ids", sequenceName = "episode_id_seq", allocationSize = 50)
    public Long id;
    public String associationId;
    public String participantId;
    public String platformId;
    public LocalDate startedOn;
    public UUID startEventId;
    public LocalDate closedOn;
    public UUID closeEventId;
    public String outcome;
    public String gender;
    public Integer birthYear;
    public String municipalityCode;
    public String education;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] incomeSupport;
    public Integer yearsOnPublicSupport;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] tags;
    @Column(name = "employed_after_6")
    public Boolean employedAfter6;
    @Column(name = "employed_after_12")
    public Boolean employedAfter12;
    @Column(name = "employed_after_24")
    public Boolean employedAfter24;

    static Episode of(String associationId, String participantId, Derivation.Episode derived) {
        Episode episode = new Episode();
        episode.associationId = associationId;
        episode.participantId = participantId;
        episode.platformId = derived.platformId();
        episode.startedOn = derived.startedOn();
        episode.startEventId = derived.startEventId();
        episode.closedOn = derived.closedOn();
        episode.closeEventId = derived.closeEventId();
        episode.outcome = derived.outcome() == null ? null : derived.outcome().name();
        episode.gender = derived.profile().gender().name();
        episode.birthYear = derived.profile().birthYear();
        episode.municipalityCode = derived.profile().municipalityCode();
        episode.education = derived.profile().education();
        episode.incomeSupport = derived.profile().incomeSupport().toArray(String[]::new);
        episode.yearsOnPublicSupport = derived.profile().yearsOnPublicSupport();
        episode.tags = derived.profile().tags().toArray(String[]::new);
        episode.employedAfter6 = derived.followUps().get(6);
        episode.employedAfter12 = derived.followUps().get(12);
        episode.employedAfter24 = derived.followUps().get(24);
        return episode;
    }
}
