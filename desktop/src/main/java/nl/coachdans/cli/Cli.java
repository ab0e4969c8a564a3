package nl.coachdans.cli;

import nl.coachdans.words.WordBook;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * The {@code coachdans} command line. Bad input is a one-line message and an exit code; a stack
 * trace would only be shown for a bug, and then with a request to report it.
 */
public final class Cli {

    @Command(name = "coachdans", mixinStandardHelpOptions = true, version = "Coachdans 0.1.0",
            description = "Practise coaching conversations. Without a command the game starts.")
    static final class Root implements Runnable {
        @CommandLine.Option(names = "--smoke", description = "Open the window, render the main menu once, print the milliseconds to that frame and exit.")
        boolean smoke;

        @Override
        public void run() {
            // handled by the launcher
        }
    }

    private Cli() {
    }

    /**
     * Starts the game window with a launch option and a file ({@code --replay RECORD},
     * {@code --open FILE}) and returns its exit code. The desktop module passes the real launcher,
     * so the command line does not depend on it.
     */
    @FunctionalInterface
    public interface GameWindow {
        int open(String option, java.nio.file.Path file);
    }

    /** Builds the command line; {@code window} opens the game for replay and open. */
    public static CommandLine create(PrintWriter rawOut, PrintWriter rawErr, GameWindow window, Object... extra) {
        PrintWriter out = TerminalText.wrap(rawOut);
        PrintWriter err = TerminalText.wrap(rawErr);
        ContentPaths content = new ContentPaths(err);
        CommandLine cl = new CommandLine(new Root());
        cl.addSubcommand(new ValidateCommand(content, out));
        cl.addSubcommand(new PlayCommand(content, out));
        cl.addSubcommand(new AnalyseCommand(content, out));
        cl.addSubcommand(new GraphCommand(content, out));
        cl.addSubcommand(new ImportCommand(out));
        cl.addSubcommand("assignment", AssignmentCommand.create(content, out));
        cl.addSubcommand("client", ClientCommand.create(content, out));
        cl.addSubcommand(new ReportCommand(content, out));
        cl.addSubcommand(new ExportCommand(content, out));
        cl.addSubcommand(new SendCommand(content, out));
        cl.addSubcommand(new ReplayCommand(content, out, record -> window.open("--replay", record)));
        cl.addSubcommand(new OpenCommand(out, file -> window.open("--open", file)));
        for (Object o : extra) cl.addSubcommand(o);
        helpEverywhere(cl);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionStrategy(parsed -> {
            int code = new CommandLine.RunLast().execute(parsed);
            content.sayUsed();
            return code;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserError ue) {
                err.println("coachdans: " + ue.getMessage());
                err.flush();
                return ue.exitCode();
            }
            java.io.IOException io = ex instanceof java.io.IOException e ? e
                    : ex instanceof java.io.UncheckedIOException u ? u.getCause() : null;
            if (io != null) {
                // A file-system condition (permissions, a full disk) is the user's to fix, not a bug.
                err.println("coachdans: " + nl.coachdans.files.AtomicFiles.describe(io));
                err.flush();
                return 2;
            }
            err.println("coachdans: " + words(parseResult).text("console.error.internal", String.valueOf(ex)));
            err.flush();
            return 3;
        });
        return cl;
    }

    /**
     * The trainer words in the language of the command that ran (its {@code --lang}, Dutch by
     * default), for the lines said about a command rather than by it.
     */
    private static WordBook words(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult p = parsed;
        while (p != null && p.hasSubcommand()) p = p.subcommand();
        String code = p == null ? null : p.matchedOptionValue("--lang", null);
        return WordBook.load("trainer", CliWords.languageOr(code));
    }

    /** Every command and subcommand answers --help and --version, however deep. */
    private static void helpEverywhere(CommandLine cl) {
        if (!cl.getCommandSpec().mixinStandardHelpOptions()) cl.getCommandSpec().mixinStandardHelpOptions(true);
        for (CommandLine sub : cl.getSubcommands().values()) helpEverywhere(sub);
    }

    /** True when {@code name} is one of the commands, so that a file of that name is not taken for one. */
    public static boolean isCommand(String name) {
        return create(new PrintWriter(java.io.Writer.nullWriter()), new PrintWriter(java.io.Writer.nullWriter()),
                (option, file) -> 0).getSubcommands().containsKey(name);
    }

    /** Runs a command line and returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        // The window is asked for while the command runs, so its parse result (and --lang) is known by then.
        java.util.concurrent.atomic.AtomicReference<CommandLine> running = new java.util.concurrent.atomic.AtomicReference<>();
        GameWindow none = (option, file) -> {
            WordBook w = words(running.get() == null ? null : running.get().getParseResult());
            err.println("coachdans: " + w.text("--replay".equals(option) ? "console.error.noWindowReplay" : "console.error.noWindow"));
            return 2;
        };
        return run(args, out, err, none, running);
    }

    /** Runs a command line whose replay command can open the game window. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, GameWindow window) {
        return run(args, out, err, window, new java.util.concurrent.atomic.AtomicReference<>());
    }

    private static int run(String[] args, PrintWriter out, PrintWriter err, GameWindow window,
                           java.util.concurrent.atomic.AtomicReference<CommandLine> running) {
        CommandLine cl = create(out, err, window);
        running.set(cl);
        int rc = cl.execute(args);
        // A PrintWriter keeps write errors to itself; a full disk or a closed pipe must not pass as success.
        if (out.checkError()) {
            err.println("coachdans: " + words(cl.getParseResult()).text("console.error.outputIncomplete"));
            err.flush();
            return rc == 0 ? 2 : rc;
        }
        return rc;
    }

}
