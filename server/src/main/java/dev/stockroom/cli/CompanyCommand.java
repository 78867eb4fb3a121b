package dev.stockroom.cli;

import dev.stockroom.config.Application;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "company", mixinStandardHelpOptions = true, description = "Manage companies (agencies).",
        subcommands = CompanyCommand.Create.class)
final class CompanyCommand {
    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a company; prints its id only.")
    static final class Create implements Runnable {
        @Mixin StorageOptions data;

        @Spec CommandSpec spec;

        @Option(names = "--name", required = true, description = "Company name.")
        String name;

        @Override
        public void run() {
            try (Application app = data.open()) {
                spec.commandLine().getOut().println(app.tenants().createCompany(name).id());
            }
        }
    }
}
