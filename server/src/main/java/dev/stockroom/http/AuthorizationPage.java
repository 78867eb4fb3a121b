package dev.stockroom.http;

import dev.stockroom.auth.Scope;
import dev.stockroom.oauth.AuthorizationRequest;
import dev.stockroom.oauth.InstallTarget;
import dev.stockroom.oauth.ScopeNames;
import dev.stockroom.tenant.Location;
import java.util.List;
import java.util.Set;

/**
 * The authorization page's HTML: a plain form, no script, every value it echoes escaped. The form carries the install
 * link's parameters, which the post checks again, and the anti-forgery value of its cookie.
 */
final class AuthorizationPage {
    private static final String STYLE = """
            body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1d2430}
            h1{font-size:1.5rem}fieldset{border:1px solid #ccd;border-radius:6px;margin:1rem 0;padding:.5rem 1rem}
            label{display:block;padding:.25rem 0}.id,code{font-family:ui-monospace,monospace;font-size:.85em}
            .id{color:#667}.note{color:#556;font-size:.9rem}button{font:inherit;padding:.5rem 1rem;margin-right:.5rem}
            """;

    private AuthorizationPage() {}

    static String form(AuthorizationRequest request, List<Location> locations, Set<String> approved, String csrf,
            String action) {
        StringBuilder html = new StringBuilder(4096);
        String app = Html.escape(request.app().name());
        String company = Html.escape(request.company().name());
        boolean agency = request.app().target() == InstallTarget.COMPANY;
        html.append("<h1>Install ").append(app).append("</h1>\n")
                .append("<p class=\"note\">An app of ").append(company).append(". Stockroom has no sign-in: whoever")
                .append(" opens this page approves as the administrator of ").append(company).append(".</p>\n")
                .append("<form method=\"post\" action=\"").append(Html.escape(action)).append("\">\n");
        hidden(html, "response_type", "code");
        hidden(html, "client_id", request.app().clientId());
        hidden(html, "redirect_uri", request.redirectUri());
        hidden(html, "scope", ScopeNames.join(request.scopes()));
        if (request.state() != null) hidden(html, "state", request.state());
        hidden(html, "csrf", csrf);
        html.append("<fieldset><legend>")
                .append(agency ? "Install on the agency " + company + ". Locations it may get tokens for:"
                        : "Choose a location")
                .append("</legend>\n");
        if (locations.isEmpty()) html.append("<p>").append(company).append(" has no location yet.</p>\n");
        for (Location location : locations) {
            String id = Html.escape(location.id());
            html.append("<label><input type=\"").append(agency ? "checkbox" : "radio")
                    .append("\" name=\"locationId\" value=\"").append(id).append('"')
                    .append(agency ? (approved.contains(location.id()) ? " checked" : "") : " required")
                    .append("> ").append(Html.escape(location.name())).append(" <span class=\"id\">").append(id)
                    .append("</span></label>\n");
        }
        html.append("</fieldset>\n<fieldset><legend>").append(app).append(" will be allowed to use</legend><ul>\n");
        for (String scope : request.scopes()) {
            html.append("<li><code>").append(Html.escape(scope)).append("</code>")
                    .append(Scope.fromWire(scope).isPresent() ? "" : " <span class=\"id\">(not served by Stockroom)</span>")
                    .append("</li>\n");
        }
        html.append("</ul></fieldset>\n<p class=\"note\">You will then be sent to <code>")
                .append(Html.escape(request.redirectUri())).append("</code>.</p>\n")
                .append("<button type=\"submit\" name=\"decision\" value=\"allow\">Allow and install</button>")
                .append("<button type=\"submit\" name=\"decision\" value=\"deny\" formnovalidate>Cancel</button>\n")
                .append("</form>\n");
        return document("Install " + request.app().name(), html.toString());
    }

    static String refusal(String description) {
        return document("This install link cannot be used", "<h1>This install link cannot be used</h1>\n<p>"
                + Html.escape(description) + "</p>\n<p class=\"note\">Nothing was installed and you were not sent"
                + " anywhere. Check the link the app built, or how it was registered.</p>\n");
    }

    private static void hidden(StringBuilder html, String name, String value) {
        html.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(Html.escape(value))
                .append("\">\n");
    }

    private static String document(String title, String body) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.escape(title) + " · Stockroom</title><style>" + STYLE + "</style></head>\n<body>\n"
                + body + "</body></html>\n";
    }
}
