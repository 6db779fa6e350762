package se.bokslut.reporting.signal;

/** Whether the result should reach the target from below ({@code AT_LEAST}) or stay under it ({@code AT_MOST}). */
public enum Direction {
    AT_LEAST, AT_MOST
}
