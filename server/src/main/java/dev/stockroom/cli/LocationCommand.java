package dev.stockroom.cli;

import dev.stockroom.config.Application;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "location", mixinStandardHelpOptions = true, description = "Manage locations (sub-accounts).",
        subcommands = LocationCommand.Create.class)
final class LocationCommand {
    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a location in a company; prints its id only.")
    static final class Create implements Runnable {
        @Mixin StorageOptions data;

        @Spec CommandSpec spec;

        @Option(names = "--company", required = true, description = "Id of the owning company.")
        String companyId;

        @Option(names = "--name", required = true, description = "Location name.")
        String name;

        @Override
        public void run() {
            try (Application app = data.open()) {
                spec.commandLine().getOut().println(app.tenants().createLocation(companyId, name).id());
            }
        }
    }
}
