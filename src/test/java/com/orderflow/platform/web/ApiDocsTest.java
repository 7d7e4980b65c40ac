package com.orderflow.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderflow.support.OrderflowSpringTest;

/**
 * Issue 13.6: the OpenAPI document at /api/docs describes what each operation really takes. Every
 * {@code Line} record collapsed into one schema (a counter sale's lines looked like an order's), and
 * every operation asked for a required {@code user} query parameter that is in fact the signed-in user.
 */
@OrderflowSpringTest
class ApiDocsTest {
    @Autowired
    MockMvc mvc;

    private JsonNode docs() throws Exception {
        String json = mvc.perform(get("/api/docs").with(httpBasic("owner", "owner123"))).andReturn().getResponse()
                .getContentAsString();
        return new ObjectMapper().readTree(json);
    }

    @Test
    void noOperationAsksForTheSignedInUser() throws Exception {
        List<String> asking = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : docs().get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String where = operation.getKey().toUpperCase() + " " + path.getKey();
                operation.getValue().path("parameters").forEach(p -> {
                    if (p.get("name").asText().equals("user")) {
                        asking.add(where);
                    }
                });
                operation.getValue().path("requestBody").path("content").forEach(media -> {
                    if (media.path("schema").path("properties").has("user")) {
                        asking.add(where + " (body)");
                    }
                });
            }
        }
        assertEquals(List.of(), asking);
    }

    @Test
    void eachRequestBodyHasItsOwnSchemaAndTheApiSaysHowToSignIn() throws Exception {
        JsonNode docs = docs();
        JsonNode sale = body(docs, "/api/counter-sales");
        JsonNode saleLine = items(docs, sale, "lines");
        assertTrue(saleLine.path("properties").has("code"), saleLine.toString());
        assertTrue(saleLine.path("properties").has("quantity"), saleLine.toString());

        JsonNode revision = body(docs, "/api/bills/{number}/revisions");
        assertTrue(revision.path("properties").has("reason"), revision.toString());
        JsonNode revisionLine = items(docs, revision, "lines");
        assertNotEquals(saleLine, revisionLine, "a revision's lines are an order's lines, not a counter sale's");
        assertTrue(revisionLine.path("properties").has("sku"), revisionLine.toString());

        JsonNode count = body(docs, "/api/stock/adjustments");
        assertEquals("integer", count.path("properties").path("countedQuantity").path("type").asText(), count.toString());
        assertEquals("basic", docs.path("components").path("securitySchemes").path("basicAuth").path("scheme").asText());
    }

    /** The schema of the JSON body a POST takes, resolved. */
    private static JsonNode body(JsonNode docs, String path) {
        JsonNode schema = docs.path("paths").path(path).path("post").path("requestBody").path("content")
                .path("application/json").path("schema");
        return resolve(docs, schema);
    }

    private static JsonNode items(JsonNode docs, JsonNode schema, String property) {
        return resolve(docs, schema.path("properties").path(property).path("items"));
    }

    private static JsonNode resolve(JsonNode docs, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.isEmpty() ? schema
                : docs.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
    }
}
