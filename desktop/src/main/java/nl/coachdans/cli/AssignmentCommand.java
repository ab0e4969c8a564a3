package nl.coachdans.cli;

import nl.coachdans.catalog.ContentCatalog;
import nl.coachdans.assignments.Assignment;
import nl.coachdans.assignments.AssignmentReader;
import nl.coachdans.scenario.Finding;
import nl.coachdans.scenario.ReadResult;
import nl.coachdans.words.WordBook;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "assignment", description = {
        "Assignments for students: make a template, check a file, export a student's result.",
        "See docs/trainers.md."})
final class AssignmentCommand implements Callable<Integer> {

    /** The command with its subcommands, ready to add to the root. */
    static CommandLine create(ContentPaths content, PrintWriter out) {
        CommandLine cl = new CommandLine(new AssignmentCommand());
        cl.addSubcommand(new AssignmentNewCommand(content, out));
        cl.addSubcommand(new AssignmentCheckCommand(content, out));
        cl.addSubcommand(new AssignmentExportCommand(content, out));
        return cl;
    }

    @Mixin
    LanguageOption lang;

    @Override
    public Integer call() {
        throw new UserError(lang.words("trainer").text("console.error.assignmentWhat"), 2);
    }

    /** Loads an assignment or stops with its findings (exit 2 when unreadable, 1 when invalid). */
    static Assignment load(Path file, ContentCatalog catalog, WordBook w) {
        if (!Files.isRegularFile(file)) throw new UserError(w.text("console.error.noAssignmentFile", file.toString()), 2);
        ReadResult<Assignment> r = new AssignmentReader(catalog.playable()).read(file);
        if (r.ok()) return r.value();
        List<Finding> errors = r.findings().stream().filter(Finding::isError).toList();
        StringBuilder sb = new StringBuilder(w.text("console.error.assignmentUnusable", file.toString()));
        errors.stream().limit(20).forEach(f -> sb.append(System.lineSeparator()).append("  ").append(f));
        if (errors.size() > 20) sb.append(System.lineSeparator()).append("  ").append(w.text("console.error.more", errors.size() - 20));
        throw new UserError(sb.toString(), r.unreadable() ? 2 : 1);
    }
}
