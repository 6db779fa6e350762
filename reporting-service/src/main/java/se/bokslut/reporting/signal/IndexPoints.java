package se.bokslut.reporting.signal;

/**
 * The points a result earns towards the composite index by its signal (SPEC §11.2); NO_DATA earns nothing and
 * counts towards no maximum.
 */
@org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Points per signal towards the composite index")
public record IndexPoints(int green, int yellow, int red) {

    /** GREEN 2, YELLOW 1, RED 0, as Umeåregionen's published index counts them. */
    public static final IndexPoints DEFAULT = new IndexPoints(2, 1, 0);

    /** The most a result can earn: the largest of the three. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public int max() {
        return Math.max(green, Math.max(yellow, red));
    }
}
