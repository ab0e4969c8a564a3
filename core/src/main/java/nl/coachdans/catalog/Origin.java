package nl.coachdans.catalog;

/** Where a client or framework comes from. */
public enum Origin {
    /** Shipped with the program. */
    BUILT_IN,
    /** The trainer's own content folder in the data folder ({@code clients/}). */
    OWN,
    /** A folder named with {@code --content} on the command line. */
    ADDED
}
