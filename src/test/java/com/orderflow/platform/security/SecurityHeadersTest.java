package com.orderflow.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import com.orderflow.support.OrderflowSpringTest;

/**
 * Issue 13.6 over real HTTP (Tomcat, as behind the shop's proxy; see application-test.yaml): our
 * pages carry a Content-Security-Policy, Camunda's webapps keep their own; the session cookie is
 * SameSite=Lax and HttpOnly, and Secure when the proxy says the request came over HTTPS.
 */
@OrderflowSpringTest
class SecurityHeadersTest {
    private static final String OURS = "default-src 'self'; script-src 'self'; style-src 'self';";

    @Autowired
    TestRestTemplate http;

    @Test
    void ourPagesCarryAContentSecurityPolicyWithoutInlineScript() {
        for (String page : List.of("/login", "/track/not-a-token")) {
            String policy = get(page, new HttpHeaders()).getHeaders().getFirst("Content-Security-Policy");
            assertTrue(policy != null && policy.startsWith(OURS), page + ": " + policy);
            assertFalse(policy.contains("unsafe-inline"), policy);
            assertTrue(policy.contains("frame-ancestors 'self'") && policy.contains("object-src 'none'"), policy);
        }
        List<String> board = http.withBasicAuth("owner", "owner123").exchange("/board", HttpMethod.GET, null, String.class)
                .getHeaders().get("Content-Security-Policy");
        assertEquals(1, board.size(), board.toString());
    }

    @Test
    void camundasWebappsKeepTheirOwnPolicyAlone() {
        List<String> policies = http.withBasicAuth("owner", "owner123")
                .exchange("/camunda/app/tasklist/default/", HttpMethod.GET, null, String.class)
                .getHeaders().get("Content-Security-Policy");
        assertEquals(1, policies == null ? 0 : policies.size(), String.valueOf(policies));
        assertNotEquals(true, policies.get(0).startsWith(OURS), policies.get(0));
    }

    @Test
    void theSessionCookieIsLaxAndHttpOnlyAndSecureBehindHttps() {
        String plain = sessionCookie(new HttpHeaders());
        assertTrue(plain.contains("SameSite=Lax"), plain);
        assertTrue(plain.contains("HttpOnly"), plain);
        assertFalse(plain.contains("Secure"), "plain HTTP: " + plain);

        HttpHeaders viaHttps = new HttpHeaders();
        viaHttps.set("X-Forwarded-Proto", "https");
        String secure = sessionCookie(viaHttps);
        assertTrue(secure.contains("Secure") && secure.contains("SameSite=Lax"), secure);
    }

    private String sessionCookie(HttpHeaders headers) {
        ResponseEntity<String> login = get("/login", headers);
        return login.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + login.getHeaders()));
    }

    private ResponseEntity<String> get(String path, HttpHeaders headers) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
