package se.bokslut.reporting.question;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class QuestionRepository implements PanacheRepositoryBase<QuestionEntry, Long> {

    /** Shipped questions and those of the association, by code. */
    public List<QuestionEntry> availableTo(String associationId) {
        return list("associationId is null or associationId = ?1 order by code", associationId);
    }

    /** The question with this code that the association may use: its own, else a shipped one. */
    public Optional<QuestionEntry> availableTo(String associationId, String code) {
        return find("code = ?1 and (associationId is null or associationId = ?2) order by associationId nulls last",
                code, associationId).firstResultOptional();
    }

    /** The shipped question with this code. */
    public Optional<QuestionEntry> shipped(String code) {
        return find("code = ?1 and associationId is null", code).firstResultOptional();
    }

    /** The association's own question with this code. */
    public Optional<QuestionEntry> own(String associationId, String code) {
        return find("code = ?1 and associationId = ?2", code, associationId).firstResultOptional();
    }
}
