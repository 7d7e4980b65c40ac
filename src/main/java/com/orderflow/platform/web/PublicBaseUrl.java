package com.orderflow.platform.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Where customers and outside services reach the shop: the one setting {@code orderflow.public-base-url}
 * ({@code ORDERFLOW_PUBLIC_BASE_URL}, e.g. {@code https://orders.kokanastha.in}) behind the links
 * printed on bills, the QR codes and the messages, and Twilio's callbacks. When it is not set, links
 * use this server on the port it really listens on ({@code http://localhost:<port>}) and a warning at
 * start-up says that phones cannot open them.
 */
@Component
public class PublicBaseUrl implements ApplicationListener<WebServerInitializedEvent> {
    private static final Logger log = LoggerFactory.getLogger(PublicBaseUrl.class);

    private final String configured;
    private final String contextPath;
    private volatile String derived;

    /**
     * @throws IllegalStateException at start-up when the setting is not an absolute http(s) URL
     */
    public PublicBaseUrl(@Value("${orderflow.public-base-url:}") String configured,
            @Value("${server.servlet.context-path:}") String contextPath,
            @Value("${server.port:8080}") String port) {
        this.configured = normalised(configured);
        this.contextPath = withoutTrailingSlash(contextPath == null ? "" : contextPath.strip());
        this.derived = local(port);
    }

    /** The base for links: the configured one, else this server on its real port. No trailing slash. */
    public String get() {
        return configured != null ? configured : derived;
    }

    /** The configured base only: what an outside service (Twilio) can reach; empty when derived. */
    public Optional<String> configured() {
        return Optional.ofNullable(configured);
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() != null) {
            return; // a management server on its own port serves no links
        }
        derived = local(Integer.toString(event.getWebServer().getPort()));
        if (configured == null) {
            log.warn("orderflow.public-base-url (ORDERFLOW_PUBLIC_BASE_URL) is not set: links on bills, QR codes and "
                    + "messages point at {}, which customers' phones cannot open. Set it to the address customers "
                    + "reach the shop at, e.g. https://orders.example.in", derived);
        }
    }

    private String local(String port) {
        return "http://localhost:" + port + contextPath;
    }

    private static String normalised(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String url = withoutTrailingSlash(value.strip());
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getQuery() != null
                    || uri.getFragment() != null) {
                throw new URISyntaxException(url, "not an absolute http(s) URL");
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException("orderflow.public-base-url (ORDERFLOW_PUBLIC_BASE_URL) must be an absolute "
                    + "http(s) URL such as https://orders.example.in, not '" + value + "'", e);
        }
        return url;
    }

    private static String withoutTrailingSlash(String value) {
        String out = value;
        while (out.endsWith("/")) {
            out = out.substring(0, out.length() - 1);
        }
        return out;
    }
}
