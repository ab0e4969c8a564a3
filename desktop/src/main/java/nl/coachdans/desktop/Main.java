package nl.coachdans.desktop;

import nl.coachdans.cli.Cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Entry point of the runnable jar: without a subcommand it starts the game, with one it is the
 * command line.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] given) {
        String[] args = fileHandedOver(given) ? new String[] {"open", given[0]} : given;
        // Straight to the file descriptor: System.out would swallow a write error (a full disk), and
        // the command line must notice one.
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(new java.io.BufferedOutputStream(
                new java.io.FileOutputStream(java.io.FileDescriptor.out)), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        boolean command = args.length > 0 && !args[0].startsWith("-");
        boolean help = args.length > 0 && (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("--version") || args[0].equals("-V"));
        if (command || help) {
            // "coachdans replay RECORD" (without --png) and "coachdans open FILE" start the game window.
            System.exit(Cli.run(args, out, err, (option, file) -> GameLauncher.launch(new String[] {option, file.toString()}, out, err)));
        }
        System.exit(GameLauncher.launch(args, out, err));
    }

    /**
     * True when the only argument is a file rather than a command: the desktop hands a file over
     * that way ("open with", a double-click in the installed program), and it opens in the game as
     * {@code open FILE} does.
     */
    static boolean fileHandedOver(String[] args) {
        if (args.length != 1 || args[0].startsWith("-") || Cli.isCommand(args[0])) return false;
        try {
            return Files.isRegularFile(Path.of(args[0]));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
