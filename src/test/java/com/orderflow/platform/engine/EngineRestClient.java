package com.orderflow.platform.engine;

import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A demo user calling the engine's REST API over HTTP with Basic auth: under {@code /engine-rest}, or
 * like Tasklist under {@code /camunda/api/engine/engine/default} with a session and Camunda's CSRF
 * token.
 */
final class EngineRestClient {
    static final String REST = "/engine-rest";
    static final String WEBAPP = "/camunda/api/engine/engine/default";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestRestTemplate http;
    private final String user;
    private final String root;
    private String session;
    private String csrfToken;

    private EngineRestClient(TestRestTemplate http, String user, String root) {
        this.http = http;
        this.user = user;
        this.root = root;
    }

    /** Through /engine-rest. */
    static EngineRestClient rest(TestRestTemplate http, String user) {
        return new EngineRestClient(http, user, REST);
    }

    /** Through the webapps' own API, as Tasklist calls it: a session and its CSRF token first. */
    static EngineRestClient webapp(TestRestTemplate http, String user) {
        EngineRestClient client = new EngineRestClient(http, user, WEBAPP);
        ResponseEntity<String> first = http.withBasicAuth(user, user + "123").getForEntity(WEBAPP + "/task/count",
                String.class);
        List<String> cookies = first.getHeaders().get(HttpHeaders.SET_COOKIE);
        client.session = cookies == null ? null : cookies.stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(null);
        client.csrfToken = first.getHeaders().getFirst("X-XSRF-TOKEN");
        return client;
    }

    /** The same session, sending no CSRF token: as a page on another site would make the browser do. */
    EngineRestClient withoutCsrfToken() {
        EngineRestClient forged = new EngineRestClient(http, user, root);
        forged.session = session;
        return forged;
    }

    Answer post(String path, String json) {
        return call(HttpMethod.POST, path, json);
    }

    Answer put(String path, String json) {
        return call(HttpMethod.PUT, path, json);
    }

    Answer delete(String path) {
        return call(HttpMethod.DELETE, path, null);
    }

    Answer get(String path) {
        return call(HttpMethod.GET, path, null);
    }

    /** Completes a task with form values given as plain JSON values: {"paymentMode": "cash"}. */
    Answer complete(String taskId, Map<String, Object> values) {
        return post("/task/" + taskId + "/complete", variables(values));
    }

    Answer submitForm(String taskId, Map<String, Object> values) {
        return post("/task/" + taskId + "/submit-form", variables(values));
    }

    static String variables(Map<String, Object> values) {
        var variables = JSON.createObjectNode();
        values.forEach((name, value) -> variables.set(name, JSON.createObjectNode().set("value", JSON.valueToTree(value))));
        return JSON.createObjectNode().set("variables", variables).toString();
    }

    private Answer call(HttpMethod method, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (session != null) {
            headers.add(HttpHeaders.COOKIE, session);
        }
        if (csrfToken != null) {
            headers.add("X-XSRF-TOKEN", csrfToken);
        }
        ResponseEntity<String> response = http.withBasicAuth(user, user + "123").exchange(root + path, method,
                new HttpEntity<>(json, headers), String.class);
        return new Answer(response.getStatusCode().value(), response.getBody());
    }

    /** A response: its status and body, with the body's JSON at hand. */
    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return body == null ? JSON.createObjectNode() : JSON.readTree(body);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("Not JSON: " + body, e);
            }
        }

        /** The fields named in the body's {@code errors}. */
        List<String> fields() {
            return java.util.stream.StreamSupport.stream(json().path("errors").spliterator(), false)
                    .map(e -> e.path("field").asText()).toList();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
