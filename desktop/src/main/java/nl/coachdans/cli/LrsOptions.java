package nl.coachdans.cli;

import nl.coachdans.lrs.LrsTarget;
import nl.coachdans.words.WordBook;
import picocli.CommandLine.Option;

/** The learning record store options shared by send and report; the secret can come from the environment instead. */
final class LrsOptions {
    @Option(names = "--lrs", paramLabel = "URL", description = "The LRS's xAPI endpoint: the address before 'statements'.")
    String endpoint;

    @Option(names = "--key", paramLabel = "KEY", defaultValue = "${env:COACHDANS_LRS_KEY}",
            description = "The LRS key (Basic-auth user name); default: the environment variable COACHDANS_LRS_KEY.")
    String key;

    @Option(names = "--secret", paramLabel = "SECRET", defaultValue = "${env:COACHDANS_LRS_SECRET}",
            description = "The LRS secret; default: the environment variable COACHDANS_LRS_SECRET (keeps it out of the shell history).")
    String secret;

    boolean given() {
        return endpoint != null;
    }

    /** The store to talk to; bad options are a user error that never repeats the key or secret. */
    LrsTarget target(WordBook w) {
        if (endpoint == null) throw new UserError(w.text("console.error.lrsNeeded"), 2);
        if (key == null || key.isEmpty()) throw new UserError(w.text("console.error.keyNeeded"), 2);
        if (secret == null) throw new UserError(w.text("console.error.secretNeeded"), 2);
        try {
            return LrsTarget.of(endpoint, key, secret);
        } catch (IllegalArgumentException e) {
            throw new UserError(w.text("console.error.lrs", e.getMessage()), 2);
        }
    }
}
