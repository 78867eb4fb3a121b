-- OAuth 2.0 as HighLevel's marketplace runs it: apps, their installs, authorization codes and refresh tokens.
-- Access tokens are rows of tokens, beside the Private Integration Tokens, so that every request checks both the same
-- way. Only SHA-256 hashes of secrets, codes and tokens are kept.

-- Apps belong to the company that registered them; redirect_uris is a JSON array, scopes space-separated.
CREATE TABLE oauth_apps (
    id                 TEXT    NOT NULL PRIMARY KEY,
    client_id          TEXT    NOT NULL UNIQUE,
    client_secret_hash TEXT    NOT NULL,
    company_id         TEXT    NOT NULL REFERENCES companies (id),
    name               TEXT    NOT NULL,
    target             TEXT    NOT NULL,
    redirect_uris      TEXT    NOT NULL,
    scopes             TEXT    NOT NULL,
    version_id         TEXT    NOT NULL,
    created_at         INTEGER NOT NULL
);
CREATE INDEX oauth_apps_company ON oauth_apps (company_id);

-- A Company app installed on an agency.
CREATE TABLE oauth_company_installs (
    app_id       TEXT    NOT NULL REFERENCES oauth_apps (id),
    company_id   TEXT    NOT NULL REFERENCES companies (id),
    scopes       TEXT    NOT NULL,
    user_id      TEXT    NOT NULL,
    installed_at INTEGER NOT NULL,
    PRIMARY KEY (app_id, company_id)
);

-- A Location app installed on a location, or a location that a Company app's agency install approved.
CREATE TABLE oauth_location_installs (
    app_id       TEXT    NOT NULL REFERENCES oauth_apps (id),
    location_id  TEXT    NOT NULL REFERENCES locations (id),
    company_id   TEXT    NOT NULL REFERENCES companies (id),
    scopes       TEXT    NOT NULL,
    user_id      TEXT    NOT NULL,
    installed_at INTEGER NOT NULL,
    PRIMARY KEY (app_id, location_id)
);
CREATE INDEX oauth_location_installs_company ON oauth_location_installs (app_id, company_id, location_id);

-- Single-use: redeeming a code deletes it. location_id is null for a Company grant.
CREATE TABLE oauth_codes (
    code_hash    TEXT    NOT NULL PRIMARY KEY,
    app_id       TEXT    NOT NULL REFERENCES oauth_apps (id),
    company_id   TEXT    NOT NULL REFERENCES companies (id),
    location_id  TEXT    REFERENCES locations (id),
    scopes       TEXT    NOT NULL,
    user_id      TEXT    NOT NULL,
    redirect_uri TEXT    NOT NULL,
    expires_at   INTEGER NOT NULL,
    created_at   INTEGER NOT NULL
);
CREATE INDEX oauth_codes_app ON oauth_codes (app_id, company_id, location_id);

-- Rotating: a refresh deletes the token it used.
CREATE TABLE oauth_refresh_tokens (
    token_hash  TEXT    NOT NULL PRIMARY KEY,
    app_id      TEXT    NOT NULL REFERENCES oauth_apps (id),
    company_id  TEXT    NOT NULL REFERENCES companies (id),
    location_id TEXT    REFERENCES locations (id),
    scopes      TEXT    NOT NULL,
    user_id     TEXT    NOT NULL,
    expires_at  INTEGER NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX oauth_refresh_tokens_app ON oauth_refresh_tokens (app_id, company_id, location_id);

-- An app's access tokens name the app and expire; a Private Integration Token has neither.
ALTER TABLE tokens ADD COLUMN app_id TEXT REFERENCES oauth_apps (id);
ALTER TABLE tokens ADD COLUMN expires_at INTEGER;
CREATE INDEX tokens_app ON tokens (app_id, company_id, location_id) WHERE app_id IS NOT NULL;
