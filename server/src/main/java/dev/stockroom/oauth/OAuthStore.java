package dev.stockroom.oauth;

import dev.stockroom.auth.TokenRepository;
import dev.stockroom.common.Transactions;
import dev.stockroom.tenant.TenantRepository;

/** The repositories the OAuth services share, and the transactions they run in. */
public record OAuthStore(
        AppRepository apps,
        InstallRepository installs,
        GrantRepository grants,
        TokenRepository tokens,
        TenantRepository tenants,
        Transactions transactions) {}
