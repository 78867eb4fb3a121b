package dev.stockroom.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar stockroom.jar <command>}: serve, and the commands that create tenants, tokens, apps and reviews. */
@Command(
        name = "stockroom",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "An independent, HighLevel-compatible Products API server.",
        subcommands = {
            ServeCommand.class,
            CompanyCommand.class,
            LocationCommand.class,
            TokenCommand.class,
            AppCommand.class,
            ReviewCommand.class,
            ExportCommand.class,
            ImportCommand.class
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with one-line errors for bad flags (exit code 2) and clean messages for refused input. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setParameterExceptionHandler((e, args) -> {
            CommandLine command = e.getCommandLine();
            command.getErr().println(e.getMessage() + " (see '" + command.getCommandSpec().qualifiedName() + " --help')");
            return CommandLine.ExitCode.USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, command, parseResult) -> {
            command.getErr().println("error: " + e.getMessage());
            return 1;
        });
        return commandLine;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
