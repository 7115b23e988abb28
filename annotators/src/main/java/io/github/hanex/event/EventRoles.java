package io.github.hanex.event;

/**
 * The argument roles hanex's code knows by name, as the bundled {@code rules/events/roles.tsv} writes them. Other
 * roles a rule file names are kept as they are; these are the ones the frame annotator treats specially (an
 * employer organization is no participant, a back-referring event takes the earlier one's date) and the ones
 * {@code events.csv} has columns for.
 */
public final class EventRoles {
    public static final String PARTICIPANT = "participant";
    public static final String AMOUNT = "amount";
    public static final String DATE = "date";
    public static final String PLACE = "place";

    private EventRoles() {
    }
}
