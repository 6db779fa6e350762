package se.bokslut.intake.acceptance;

/** How intake answered one submitted event or response. */
public enum AcceptanceStatus {
    /** Durable now; it will reach scoring. */
    ACCEPTED,
    /** The same id with the same content was accepted before; nothing changed. */
    DUPLICATE,
    /** The same id was accepted before with different content; nothing changed. */
    CONFLICT,
    /** Invalid; see the violations. */
    REJECTED,
    /** Outside the scope of the caller's token (another association or platform); see the violations. */
    FORBIDDEN
}
