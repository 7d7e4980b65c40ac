package com.orderflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A member of staff talking to a running app over HTTP as the real clients do (the app's API and
 * the engine's REST API, HTTP Basic with a demo user's password). Answers are returned as they come;
 * a transport failure (app gone) is an {@link UncheckedIOException}.
 */
public final class StaffClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Answer(int status, JsonNode body, String text) {
        public boolean is2xx() {
            return status / 100 == 2;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String authorization;

    public StaffClient(String baseUrl, String user) {
        this.baseUrl = baseUrl;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + user + "123").getBytes(StandardCharsets.UTF_8));
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    public Answer post(String path, Object body) {
        try {
            return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The open task of an order's process with this definition key that this user may see, or null. */
    public String taskOf(String businessKey, String taskDefinitionKey) {
        Answer tasks = get("/engine-rest/task?processInstanceBusinessKey=" + encode(businessKey)
                + "&taskDefinitionKey=" + encode(taskDefinitionKey));
        if (!tasks.is2xx() || tasks.body().isEmpty()) {
            return null;
        }
        return tasks.body().get(0).get("id").asText();
    }

    /** Engine REST's typed variables: {@code {"name": {"value": v}}}. */
    public static Map<String, Object> variables(Map<String, Object> values) {
        return Map.of("variables", values.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> Map.of("value", e.getValue()))));
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new java.util.ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.header("Authorization", authorization)
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode body = null;
            if (text != null && !text.isBlank() && (text.startsWith("{") || text.startsWith("["))) {
                body = JSON.readTree(text);
            }
            return new Answer(response.statusCode(), body, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted", e));
        }
    }
}
