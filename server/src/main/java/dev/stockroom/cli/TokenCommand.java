package dev.stockroom.cli;

import dev.stockroom.auth.Scope;
import dev.stockroom.config.Application;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "token", mixinStandardHelpOptions = true, description = "Manage Private Integration Tokens.",
        subcommands = TokenCommand.Create.class)
final class TokenCommand {
    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a token for a location (sub-account) or a company (agency); prints the token only."
                    + " It is stored hashed and cannot be shown again.")
    static final class Create implements Runnable {
        @Mixin StorageOptions data;

        @ArgGroup(exclusive = true, multiplicity = "1")
        LocationOrCompany owner;

        @Option(names = "--scopes", required = true, split = ",",
                description = "Comma-separated scopes, e.g. products.readonly,products.write. Known: ${COMPLETION-CANDIDATES}",
                converter = ScopeConverter.class, completionCandidates = ScopeNames.class)
        List<Scope> scopes;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            Set<Scope> scopeSet = EnumSet.copyOf(scopes);
            try (Application app = data.open()) {
                String token = owner.locationId != null
                        ? app.tokens().issueForLocation(owner.locationId, scopeSet)
                        : app.tokens().issueForCompany(owner.companyId, scopeSet);
                spec.commandLine().getOut().println(token);
            }
        }
    }

    /** The Products scopes; the OAuth API's belong to apps' agency tokens (see {@code app create}). */
    static final class ScopeConverter implements CommandLine.ITypeConverter<Scope> {
        @Override
        public Scope convert(String value) {
            Scope scope = Scope.fromWire(value.strip())
                    .orElseThrow(() -> new CommandLine.TypeConversionException("unknown scope '" + value + "'"));
            if (scope.appOnly()) {
                throw new CommandLine.TypeConversionException("scope '" + value + "' is for apps' tokens only (see"
                        + " 'app create')");
            }
            return scope;
        }
    }

    static final class ScopeNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Scope.products().stream().map(Scope::wireName).iterator();
        }
    }
}
