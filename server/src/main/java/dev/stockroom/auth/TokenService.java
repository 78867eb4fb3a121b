package dev.stockroom.auth;

import dev.stockroom.common.InvalidInputException;
import dev.stockroom.common.Transactions;
import dev.stockroom.common.UnauthorizedException;
import dev.stockroom.tenant.Location;
import dev.stockroom.tenant.TenantRepository;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;

/**
 * Issues Private Integration Tokens and turns a bearer token (a Private Integration Token or an app's OAuth access
 * token) back into its {@link Principal}. Every request reads the database: a revoked token stops working at once on
 * every node.
 */
public final class TokenService {
    private static final String PREFIX = "pit-";

    private final TokenRepository tokens;
    private final TenantRepository tenants;
    private final Transactions transactions;
    private final Clock clock;

    public TokenService(TokenRepository tokens, TenantRepository tenants, Transactions transactions, Clock clock) {
        this.tokens = tokens;
        this.tenants = tenants;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A new token for one location (sub-account); returns the token text, shown once. */
    public String issueForLocation(String locationId, Set<Scope> scopes) {
        return transactions.write(() -> {
            Location location = tenants.findLocation(locationId)
                    .orElseThrow(() -> new InvalidInputException("unknown location: " + locationId));
            return issue(new Principal(TokenType.LOCATION, location.companyId(), location.id(), scopes));
        });
    }

    /** A new agency token for a company; returns the token text, shown once. */
    public String issueForCompany(String companyId, Set<Scope> scopes) {
        return transactions.write(() -> {
            if (tenants.findCompany(companyId).isEmpty()) {
                throw new InvalidInputException("unknown company: " + companyId);
            }
            return issue(new Principal(TokenType.COMPANY, companyId, null, scopes));
        });
    }

    private String issue(Principal principal) {
        String token = PREFIX + UUID.randomUUID();
        tokens.insert(Secrets.hash(token), principal, clock.instant(), null);
        return token;
    }

    public Principal authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 4096) {
            throw new UnauthorizedException(UnauthorizedException.INVALID_TOKEN);
        }
        String tokenHash = Secrets.hash(token);
        return transactions
                .read(() -> tokens.findByHash(tokenHash, clock.instant()))
                .orElseThrow(() -> new UnauthorizedException(UnauthorizedException.INVALID_TOKEN));
    }
}
