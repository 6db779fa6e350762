package se.bokslut.intake.acceptance;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a batch: one result per item, in order, and the counts per status. */
@Schema(description = "Per-item answers of a batch; one bad item does not reject the others")
public record BatchResult(int accepted, int duplicates, int conflicts, int rejected, int forbidden,
        List<ItemResult> items) {

    public static BatchResult of(List<ItemResult> items) {
        return new BatchResult(
                count(items, AcceptanceStatus.ACCEPTED),
                count(items, AcceptanceStatus.DUPLICATE),
                count(items, AcceptanceStatus.CONFLICT),
                count(items, AcceptanceStatus.REJECTED),
                count(items, AcceptanceStatus.FORBIDDEN),
                items);
    }

    private static int count(List<ItemResult> items, AcceptanceStatus status) {
        return (int) items.stream().filter(item -> item.status() == status).count();
    }
}
