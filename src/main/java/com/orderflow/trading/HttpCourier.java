package com.orderflow.trading;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.orderflow.platform.HmacSignatures;

/**
 * A carrier with an HTTP API, configured by {@code orderflow.trading.couriers.<code>}: base URL, API
 * key (a bearer token) and webhook secret. The shop's side of it:
 * {@code POST {base}/shipments} with the consignee, weight and cash to collect answers
 * {@code {awb, label}} (the label a base64 PDF); {@code GET {base}/shipments/{awb}/scans} answers the
 * scans; webhooks carry {@code X-Courier-Signature: hex(HMAC-SHA256(webhook secret, body))}.
 */
class HttpCourier implements CourierClient {
    private final String code;
    private final TradingSettings.Courier settings;
    private final RestClient http;

    HttpCourier(String code, TradingSettings.Courier settings) {
        this.code = code;
        this.settings = settings;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.getTimeout()).build());
        requests.setReadTimeout(settings.getTimeout());
        this.http = RestClient.builder().requestFactory(requests).baseUrl(settings.getBaseUrl())
                .defaultHeader("Authorization", "Bearer " + settings.getApiKey()).build();
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String name() {
        return settings.getName().isBlank() ? code : settings.getName();
    }

    @Override
    public boolean typesAwb() {
        return false;
    }

    @Override
    public Booking book(ShipmentRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", request.reference());
        body.put("consignee", Map.of("name", request.name(), "phone", request.phone(), "address", request.address(),
                "city", request.city(), "pincode", request.pincode()));
        body.put("weightGrams", request.weightGrams());
        body.put("codAmount", request.codAmount() == null ? BigDecimal.ZERO : request.codAmount());
        JsonNode answer = http.post().uri("/shipments").contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().body(JsonNode.class);
        String awb = answer == null ? "" : answer.path("awb").asText("");
        if (awb.isBlank()) {
            throw new IllegalStateException("Courier " + code + " booked " + request.reference() + " without an AWB");
        }
        String label = answer.path("label").asText("");
        return new Booking(awb.strip(), label.isBlank() ? null : Base64.getDecoder().decode(label));
    }

    @Override
    public List<CourierScan> poll(String awb) {
        JsonNode answer = http.get().uri("/shipments/{awb}/scans", awb).retrieve().body(JsonNode.class);
        List<CourierScan> scans = new ArrayList<>();
        if (answer != null) {
            answer.forEach(scan -> scans.add(scanOf(scan, awb)));
        }
        return scans;
    }

    @Override
    public boolean signedBy(byte[] body, String signature) {
        return HmacSignatures.matches(settings.getWebhookSecret(), body, signature);
    }

    /** A scan as the courier writes it (webhook body or one element of a poll). */
    static CourierScan scanOf(JsonNode scan, String awb) {
        String at = scan.path("at").asText("");
        return new CourierScan(text(scan, "scanId"), awb != null ? awb : text(scan, "awb"), text(scan, "code"),
                text(scan, "location"), at.isBlank() ? null : Instant.parse(at), text(scan, "otp"),
                scan.hasNonNull("codCollected") ? scan.get("codCollected").decimalValue() : null,
                text(scan, "proofImage"));
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
