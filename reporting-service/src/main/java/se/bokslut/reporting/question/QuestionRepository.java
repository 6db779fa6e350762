package se.bokslut.reporting.question;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class QuestionRepository implements PanacheRepositoryBase<QuestionEntry, String> {

    /** Shipped questions and those of the association, by code. */
    public List<QuestionEntry> availableTo(String associationId) {
        return list("associationId is null or associationId = ?1 order by code", associationId);
    }
}
