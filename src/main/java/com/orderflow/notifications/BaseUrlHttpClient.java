package com.orderflow.notifications;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.twilio.http.HttpClient;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;

/**
 * The Twilio SDK's HTTP client with one addition: when a base URL is configured, every request goes
 * there instead of {@code https://api.twilio.com} (STACK.md trap 9; the SDK has no such setting).
 * Used for the fake Twilio of the tests and for a staging relay.
 */
class BaseUrlHttpClient extends HttpClient {
    private final HttpClient network;
    private final Supplier<String> baseUrl;

    BaseUrlHttpClient(Supplier<String> baseUrl) {
        this(new NetworkHttpClient(), baseUrl);
    }

    BaseUrlHttpClient(HttpClient network, Supplier<String> baseUrl) {
        this.network = network;
        this.baseUrl = baseUrl;
    }

    @Override
    public Response makeRequest(Request request) {
        String base = baseUrl.get();
        if (base == null || base.isBlank()) {
            return network.makeRequest(request);
        }
        return network.makeRequest(rebased(request, base));
    }

    static String rebase(String url, String base) {
        String trimmedBase = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        int pathStart = url.indexOf('/', url.indexOf("://") + 3);
        return trimmedBase + (pathStart < 0 ? "" : url.substring(pathStart));
    }

    private static Request rebased(Request original, String base) {
        Request copy = new Request(original.getMethod(), rebase(original.getUrl(), base));
        copyParams(original.getQueryParams(), copy::addQueryParam);
        copyParams(original.getPostParams(), copy::addPostParam);
        copyParams(original.getHeaderParams(), copy::addHeaderParam);
        if (original.getAuthStrategy() != null) {
            copy.setAuth(original.getAuthStrategy());
        } else if (original.getUsername() != null) {
            copy.setAuth(original.getUsername(), original.getPassword());
        }
        if (original.getContentType() != null) {
            copy.setContentType(original.getContentType());
        }
        if (original.getBody() != null) {
            copy.setBody(original.getBody());
        }
        if (original.getUserAgentExtensions() != null) {
            copy.setUserAgentExtensions(original.getUserAgentExtensions());
        }
        return copy;
    }

    private static void copyParams(Map<String, List<String>> params, java.util.function.BiConsumer<String, String> add) {
        params.forEach((name, values) -> values.forEach(value -> add.accept(name, value)));
    }
}
