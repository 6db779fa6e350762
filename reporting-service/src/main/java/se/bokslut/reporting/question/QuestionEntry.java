package se.bokslut.reporting.question;

import java.time.OffsetDateTime;
import java.util.Arrays;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored question of the catalogue. */
@Entity
@Table(name = "question")
public class QuestionEntry {

    @Id
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
