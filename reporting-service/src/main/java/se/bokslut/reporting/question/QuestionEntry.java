package se.bokslut.reporting.question;

import java.time.OffsetDateTime;
import java.util.Arrays;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored question of the catalogue: its code is unique among the shipped ones and each association's own. */
@Entity
@Table(name = "question")
public class QuestionEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String code;
    public String associationId;
    public String text;
    public String scale;
    public String respondentGroups;
    public OffsetDateTime updatedAt;

    Question toQuestion() {
        return new Question(code, associationId, text, Scale.valueOf(scale),
                Arrays.stream(respondentGroups.split(",")).map(RespondentGroup::valueOf).toList());
    }
}
