package dev.stockroom.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockroom.auth.Scope;
import dev.stockroom.config.Application;
import dev.stockroom.oauth.App;
import dev.stockroom.oauth.AppDraft;
import dev.stockroom.oauth.NewApp;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "app", mixinStandardHelpOptions = true, description = "Manage OAuth marketplace apps.",
        subcommands = {AppCommand.Create.class, AppCommand.Uninstall.class})
final class AppCommand {
    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Register an app of a company; prints one JSON line: appId, clientId, clientSecret and"
                    + " versionId. The client secret is stored hashed and cannot be shown again.")
    static final class Create implements Runnable {
        @Mixin StorageOptions data;

        @Spec CommandSpec spec;

        @Option(names = "--company", required = true, description = "Id of the company that owns the app.")
        String companyId;

        @Option(names = "--name", required = true, description = "App name, shown on the authorization page.")
        String name;

        @Option(names = "--redirect-uri", required = true,
                description = "A redirect URI the app may use (repeat for several, at most 10).")
        List<String> redirectUris;

        @Option(names = "--scopes", required = true, split = ",",
                description = "Comma-separated scopes the app may ask for, e.g. products.readonly,oauth.write."
                        + " Scopes of HighLevel APIs Stockroom does not serve are accepted and reach nothing.")
        List<String> scopes;

        @Option(names = "--target", defaultValue = "location",
                description = "Where it installs: location (a sub-account, the default) or company (an agency).")
        String target;

        @Override
        public void run() {
            AppDraft draft = new AppDraft(companyId, name, target, redirectUris, scopes);
            try (Application app = data.open()) {
                NewApp created = app.apps().create(draft, EnumSet.allOf(Scope.class));
                spec.commandLine().getOut().println(json(created));
            }
        }

        private static String json(NewApp created) {
            App app = created.app();
            Map<String, String> printed = new LinkedHashMap<>();
            printed.put("appId", app.id());
            printed.put("clientId", app.clientId());
            printed.put("clientSecret", created.clientSecret());
            printed.put("versionId", app.versionId());
            try {
                return new ObjectMapper().writeValueAsString(printed);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Command(name = "uninstall", mixinStandardHelpOptions = true,
            description = "Uninstall an app from a location, or from a company and all its locations, and revoke its"
                    + " tokens there at once (on every node: tokens are checked against the database on every"
                    + " request). Prints how many tokens and codes were revoked on standard error.")
    static final class Uninstall implements Runnable {
        @Mixin StorageOptions data;

        @Spec CommandSpec spec;

        @Option(names = "--client-id", required = true, description = "The app's client id.")
        String clientId;

        @ArgGroup(exclusive = true, multiplicity = "1")
        LocationOrCompany where;

        @Override
        public void run() {
            try (Application app = data.open()) {
                int revoked = where.locationId != null
                        ? app.apps().uninstallFromLocation(clientId, where.locationId)
                        : app.apps().uninstallFromCompany(clientId, where.companyId);
                spec.commandLine().getErr().println("uninstalled; revoked " + revoked + " tokens and codes");
            }
        }
    }
}
