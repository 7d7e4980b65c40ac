package com.orderflow.platform.security;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The Content-Security-Policy of our own pages: scripts, styles, fonts and requests only from this
 * server, no inline script or style, no plugins, no framing by other sites; pictures from here,
 * {@code data:}/{@code blob:} (QR codes, thumbnails picked on the phone) and the live map's tile
 * server ({@code orderflow.delivery.tile-url}). Camunda's webapps under /camunda send their own
 * policy, which theirs need; ours is not added there. The API's Swagger UI (springdoc's page under
 * /api/docs/swagger-ui) injects its own style elements, so its page alone may use inline styles.
 */
@Component
class ContentSecurityPolicy {
    private static final Pattern ORIGIN = Pattern.compile("(https?)://((?:\\{s}\\.)?[A-Za-z0-9.-]+(?::\\d+)?)(?:/|$)",
            Pattern.CASE_INSENSITIVE);

    private static final String SWAGGER_UI = "/api/docs/swagger-ui/**";

    private final String policy;
    private final String swaggerUiPolicy;

    ContentSecurityPolicy(@Value("${orderflow.delivery.tile-url:}") String tileUrl) {
        String tiles = originOf(tileUrl);
        this.policy = policy("'self'", tiles);
        this.swaggerUiPolicy = policy("'self' 'unsafe-inline'", "");
    }

    private static String policy(String styles, String tiles) {
        return "default-src 'self'; script-src 'self'; style-src " + styles + "; img-src 'self' data: blob:"
                + (tiles.isEmpty() ? "" : " " + tiles) + "; font-src 'self' data:; connect-src 'self';"
                + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    }

    HeaderWriter headerWriter() {
        RequestMatcher swaggerUi = new AntPathRequestMatcher(SWAGGER_UI);
        RequestMatcher ours = new AndRequestMatcher(new NegatedRequestMatcher(new AntPathRequestMatcher("/camunda/**")),
                new NegatedRequestMatcher(swaggerUi));
        HeaderWriter strict = new DelegatingRequestMatcherHeaderWriter(ours, new ContentSecurityPolicyHeaderWriter(policy));
        HeaderWriter swagger = new DelegatingRequestMatcherHeaderWriter(swaggerUi,
                new ContentSecurityPolicyHeaderWriter(swaggerUiPolicy));
        return (request, response) -> {
            strict.writeHeaders(request, response);
            swagger.writeHeaders(request, response);
        };
    }

    /**
     * "https://tile.openstreetmap.org" of "https://tile.openstreetmap.org/{z}/{x}/{y}.png", with a
     * Leaflet subdomain placeholder as a wildcard ("https://*.tile.example.org"); empty for none.
     */
    static String originOf(String url) {
        Matcher origin = url == null ? null : ORIGIN.matcher(url.strip());
        if (origin == null || !origin.lookingAt()) {
            return "";
        }
        return origin.group(1).toLowerCase(Locale.ROOT) + "://" + origin.group(2).replace("{s}", "*");
    }
}
