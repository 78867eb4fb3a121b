package dev.stockroom.oauth;

import dev.stockroom.auth.Scope;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Scope names as apps write them: {@code products.readonly}, {@code locations/customFields.readonly}. An app may ask
 * for scopes of HighLevel APIs that Stockroom does not serve, so that its install link works unchanged; they are
 * granted and named in the token's {@code scope}, and reach nothing.
 */
public final class ScopeNames {
    public static final int MAX_LENGTH = 100;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\\.[A-Za-z]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ScopeNames() {}

    public static boolean isValid(String name) {
        return name != null && name.length() <= MAX_LENGTH && SHAPE.matcher(name).matches();
    }

    /** A space-separated list (OAuth's {@code scope}), as a sorted set; empty for null or blank. */
    public static SortedSet<String> parse(String spaceSeparated) {
        if (spaceSeparated == null) return new TreeSet<>();
        return SPACES.splitAsStream(spaceSeparated)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public static SortedSet<String> sorted(Collection<String> names) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(names));
    }

    public static String join(Collection<String> names) {
        return String.join(" ", new TreeSet<>(names));
    }

    /** The names Stockroom serves, as scopes a token can be checked against. */
    public static Set<Scope> served(Collection<String> names) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        names.stream().map(Scope::fromWire).flatMap(Optional::stream).forEach(scopes::add);
        return scopes;
    }
}
