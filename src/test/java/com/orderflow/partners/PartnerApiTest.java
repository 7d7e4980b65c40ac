package com.orderflow.partners;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/** The partner API as a partner's program sees it: keys, scopes, revocation, the rate limit, idempotent creates. */
@OrderflowSpringTest
class PartnerApiTest {
    static final String ORDER = """
            {"channel":"ONLINE",
             "customer":{"name":"Asha Kulkarni","phone":"98200 44556","address":"7 Link Road",
                         "locality":"Dahisar East","pincode":"400068"},
             "lines":[{"sku":"KK-1KG","quantity":1},{"sku":"MOD-500","quantity":2}]}
            """;
    static final String OTHER_ORDER = ORDER.replace("\"quantity\":2", "\"quantity\":3");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiKeyService keys;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PartnerSettings settings;

    private String key(boolean read, boolean write) {
        return keys.create("Shop website", read, write, TestOrders.OWNER).secret();
    }

    private static MockHttpServletRequestBuilder with(String key, MockHttpServletRequestBuilder request) {
        return request.header("X-Api-Key", key).contentType(MediaType.APPLICATION_JSON);
    }

    private long orderCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM customer_order", Long.class);
    }

    @Test
    void aWriteKeyCreatesAnOrderThatAReadKeyReadsAndLists() throws Exception {
        String body = mvc.perform(with(key(false, true), post("/api/orders")).content(ORDER))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.total").value(2100.00))
                .andReturn().getResponse().getContentAsString();
        String number = json.readTree(body).get("number").asText();
        String reader = key(true, false);
        mvc.perform(with(reader, get("/api/orders/" + number)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.customer.name").value("Asha Kulkarni"));
        mvc.perform(with(reader, get("/api/orders")).param("q", number))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[0].number").value(number));
        // the order names the partner as who placed it
        assertEquals("partner:Shop website",
                jdbc.queryForObject("SELECT created_by FROM customer_order WHERE order_number = ?", String.class, number));
    }

    @Test
    void aReadKeyCannotCreateAndAWriteKeyCannotRead() throws Exception {
        long before = orderCount();
        mvc.perform(with(key(true, false), post("/api/orders")).content(ORDER))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors[0].field").value("X-Api-Key"))
                .andExpect(jsonPath("$.errors[0].message").value("needs the write scope to create orders"));
        assertEquals(before, orderCount());
        mvc.perform(with(key(false, true), get("/api/orders")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].message").value("needs the read scope to read orders"));
    }

    @Test
    void aKeyReachesNothingButTheOrdersContract() throws Exception {
        String key = key(true, true);
        for (String path : new String[] {"/api/board", "/api/orders/KO-2026-000001/timeline", "/engine-rest/task",
                "/orders", "/partners", "/camunda/app/tasklist/", "/api/docs", "/my/orders"}) {
            mvc.perform(with(key, get(path))).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.errors[0].message").value("reaches only /api/orders"));
        }
        // a staff login sent beside the key does not widen what the request reaches
        mvc.perform(with(key, get("/api/board")).with(httpBasic("owner", "owner123")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRevokedOrUnknownKeyIsRefusedAndTheListShowsLastUse() throws Exception {
        ApiKeyService.Issued issued = keys.create("Accounts", true, false, TestOrders.OWNER);
        assertNull(lastUse(issued.key().id()));
        mvc.perform(with(issued.secret(), get("/api/orders"))).andExpect(status().isOk());
        assertNotNull(lastUse(issued.key().id()), "the admin sees when the key was last used");

        keys.revoke(issued.key().id(), TestOrders.OWNER);
        mvc.perform(with(issued.secret(), get("/api/orders")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.errors[0].field").value("X-Api-Key"));
        mvc.perform(with(issued.secret().substring(0, 20) + "guessed-rest-of-the-key", get("/api/orders")))
                .andExpect(status().isUnauthorized());
        mvc.perform(with("not-a-key", get("/api/orders"))).andExpect(status().isUnauthorized());
    }

    private java.time.Instant lastUse(long id) {
        return keys.list(TestOrders.OWNER).stream().filter(k -> k.id() == id).findFirst().orElseThrow().lastUsedAt();
    }

    @Test
    void aKeyOverItsRateLimitGets429WithRetryAfterAndOtherKeysGoOn() throws Exception {
        String busy = key(true, false);
        for (int i = 0; i < settings.getRequestsPerMinute(); i++) {
            mvc.perform(with(busy, get("/api/orders/KO-0000-000000"))).andExpect(status().isNotFound());
        }
        mvc.perform(with(busy, get("/api/orders/KO-0000-000000")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", matchesPattern("[1-9][0-9]*")))
                .andExpect(jsonPath("$.errors[0].field").value("X-Api-Key"));
        mvc.perform(with(key(true, false), get("/api/orders/KO-0000-000000"))).andExpect(status().isNotFound());
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyReturnsTheSameOrder() throws Exception {
        String key = key(true, true);
        long before = orderCount();
        JsonNode first = json.readTree(mvc.perform(with(key, post("/api/orders")).header("Idempotency-Key", "retry-1")
                        .content(ORDER))
                .andExpect(status().isCreated()).andExpect(header().string("Idempotent-Replayed", "false"))
                .andReturn().getResponse().getContentAsString());
        JsonNode again = json.readTree(mvc.perform(with(key, post("/api/orders")).header("Idempotency-Key", "retry-1")
                        .content(ORDER))
                .andExpect(status().isCreated()).andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn().getResponse().getContentAsString());
        assertEquals(first.get("number").asText(), again.get("number").asText());
        assertEquals(before + 1, orderCount(), "one order, however often the create is retried");

        mvc.perform(with(key, post("/api/orders")).header("Idempotency-Key", "retry-1").content(OTHER_ORDER))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"))
                .andExpect(jsonPath("$.errors[0].message").value("was used before with a different request body"));
        assertEquals(before + 1, orderCount());

        // a new key is a new order
        mvc.perform(with(key, post("/api/orders")).header("Idempotency-Key", "retry-2").content(ORDER))
                .andExpect(status().isCreated()).andExpect(header().string("Idempotent-Replayed", "false"));
        assertEquals(before + 2, orderCount());
    }

    @Test
    void aCreateThatFailsKeepsNoIdempotencyKey() throws Exception {
        String key = key(true, true);
        String bad = ORDER.replace("KK-1KG", "NO-SUCH-SKU");
        mvc.perform(with(key, post("/api/orders")).header("Idempotency-Key", "fix-and-retry").content(bad))
                .andExpect(status().isBadRequest());
        // the corrected request with the same key places the order: nothing was kept of the failed one
        mvc.perform(with(key, post("/api/orders")).header("Idempotency-Key", "fix-and-retry").content(ORDER))
                .andExpect(status().isCreated()).andExpect(header().string("Idempotent-Replayed", "false"));
        mvc.perform(with(key, post("/api/orders")).header("Idempotency-Key", " ").content(ORDER))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
    }

    @Test
    void theOpenApiDocumentDescribesTheKeyAndTheIdempotencyKey() throws Exception {
        mvc.perform(get("/api/docs").with(httpBasic("owner", "owner123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.securitySchemes.apiKey.name").value("X-Api-Key"))
                .andExpect(jsonPath("$.paths['/api/orders'].post.parameters[?(@.name == 'Idempotency-Key')]").exists())
                .andExpect(jsonPath("$.paths['/api/orders'].post.requestBody.content['application/json'].examples")
                        .exists());
    }

    @Test
    void theAdminsPageShowsANewKeyOnceAndNamesARefusedWebhookAddress() throws Exception {
        var created = mvc.perform(post("/partners/keys").with(httpBasic("owner", "owner123"))
                        .param("name", "Marketplace").param("read", "true").param("write", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("newKey", startsWith("ofk_")))
                .andReturn();
        String secret = (String) created.getFlashMap().get("newKey");
        String page = mvc.perform(get("/partners").with(httpBasic("owner", "owner123")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Marketplace")))
                .andReturn().getResponse().getContentAsString();
        assertFalse(page.contains(secret), "the key is shown only once, right after it was made");
        mvc.perform(with(secret, get("/api/orders"))).andExpect(status().isOk());

        mvc.perform(post("/partners/webhooks").with(httpBasic("owner", "owner123"))
                        .param("url", "ftp://partner.example.in/hooks").param("events", "order.created")
                        .param("lang", "mr"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("होस्टसह http:// किंवा https:// पत्ता असावा")));
        mvc.perform(post("/partners/keys").with(httpBasic("owner", "owner123")).param("name", "No scopes"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("must include read, write or both")));
        mvc.perform(get("/partners").with(httpBasic("biller", "biller123"))).andExpect(status().isForbidden());
    }
}
