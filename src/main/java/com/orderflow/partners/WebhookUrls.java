package com.orderflow.partners;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.PublicBaseUrl;

/**
 * The rule for a webhook's address: an absolute http(s) URL with a host, and not this app itself
 * (neither its public address nor this server on its own port), which would post events to itself.
 */
@Component
class WebhookUrls {
    private static final Set<String> THIS_MACHINE = Set.of("localhost", "127.0.0.1", "[::1]", "::1", "0.0.0.0");

    private final PublicBaseUrl publicBaseUrl;
    private final Environment environment;

    WebhookUrls(PublicBaseUrl publicBaseUrl, Environment environment) {
        this.publicBaseUrl = publicBaseUrl;
        this.environment = environment;
    }

    /** The problem with {@code url}, if any, naming the field {@code url}. */
    Optional<FieldProblem> problem(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            return Optional.of(httpRule());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of(httpRule());
        }
        if (url.strip().length() > 500) {
            return Optional.of(FieldProblem.rule("url", "must be at most 500 characters", "rule.webhook-url-length"));
        }
        if (isThisApp(uri)) {
            return Optional.of(FieldProblem.rule("url", "must not point at this app itself", "rule.webhook-url-self"));
        }
        return Optional.empty();
    }

    private static FieldProblem httpRule() {
        return FieldProblem.rule("url", "must be an http:// or https:// address with a host", "rule.webhook-url-http");
    }

    private boolean isThisApp(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = portOf(uri);
        URI base = URI.create(publicBaseUrl.get());
        if (host.equals(base.getHost().toLowerCase(Locale.ROOT)) && port == portOf(base)) {
            return true;
        }
        return (THIS_MACHINE.contains(host) || host.startsWith("127.") || host.equals(ownHostName()))
                && port == localPort();
    }

    private static int portOf(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private int localPort() {
        return Integer.parseInt(environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080")));
    }

    private static String ownHostName() {
        try {
            return InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT);
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
