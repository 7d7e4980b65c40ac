package com.orderflow.notifications;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

/**
 * A local fake of Twilio's Messages API (WireMock on a free port), and the shared test context's
 * settings pointed at it for one test: credentials, senders, no background sender, a short
 * back-off. {@link #close()} puts everything back.
 */
final class FakeTwilio implements AutoCloseable {
    static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    static final String TOKEN = "fake-auth-token";
    static final String WHATSAPP_FROM = "+14155238886";
    static final String SMS_FROM = "+15005550006";
    static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";

    final WireMockServer server = new WireMockServer(options().dynamicPort());
    private final NotificationSettings settings;
    private final NotificationSettings.Twilio saved = new NotificationSettings.Twilio();
    private final Map<NotificationEvent, String> savedContent = new EnumMap<>(NotificationEvent.class);
    private final boolean savedSenderEnabled;
    private final Duration savedFirstDelay;
    private final int savedMaxAttempts;

    FakeTwilio(NotificationSettings settings) {
        this.settings = settings;
        NotificationSettings.Twilio twilio = settings.getTwilio();
        saved.setAccountSid(twilio.getAccountSid());
        saved.setAuthToken(twilio.getAuthToken());
        saved.setWhatsappFrom(twilio.getWhatsappFrom());
        saved.setSmsFrom(twilio.getSmsFrom());
        saved.setBaseUrl(twilio.getBaseUrl());
        savedContent.putAll(twilio.getContentSids());
        savedSenderEnabled = settings.getSender().isEnabled();
        savedFirstDelay = settings.getRetry().getFirstDelay();
        savedMaxAttempts = settings.getRetry().getMaxAttempts();

        server.start();
        // the scheduled sender stays out of the way: each test runs its passes itself
        settings.getSender().setEnabled(false);
        twilio.setAccountSid(ACCOUNT);
        twilio.setAuthToken(TOKEN);
        twilio.setWhatsappFrom(WHATSAPP_FROM);
        twilio.setSmsFrom(SMS_FROM);
        twilio.setBaseUrl(server.baseUrl());
        twilio.getContentSids().clear();
        acceptEverything();
    }

    /** Twilio's 201 with a fresh message SID for every message. */
    void acceptEverything() {
        server.stubFor(post(urlPathEqualTo(MESSAGES)).atPriority(10)
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"sid\":\"SM{{randomValue length=32 type='HEXADECIMAL'}}\",\"status\":\"queued\"}")
                        .withTransformers("response-template")));
    }

    /** Every message answered 500 until the returned stub is removed. */
    StubMapping outage() {
        return server.stubFor(post(urlPathEqualTo(MESSAGES)).atPriority(1)
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":20500,\"message\":\"Internal Server Error\",\"status\":500}")));
    }

    /** Twilio's answer for a number it cannot send to. */
    void invalidNumber(String e164) {
        server.stubFor(post(urlPathEqualTo(MESSAGES)).atPriority(2)
                .withRequestBody(containing(encoded(e164)))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":21211,\"message\":\"The 'To' number " + e164
                                + " is not a valid phone number.\",\"more_info\":\"https://www.twilio.com/docs/errors/21211\",\"status\":400}")));
    }

    /** Requests for this number that Twilio accepted. */
    long accepted(String e164) {
        return requestsTo(e164).stream().filter(e -> e.getResponse().getStatus() == 201).count();
    }

    List<ServeEvent> requestsTo(String e164) {
        String to = encoded(e164);
        return server.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getBodyAsString().contains("To=" + to)
                        || e.getRequest().getBodyAsString().contains("To=whatsapp%3A" + to))
                .toList();
    }

    /** The form fields of the single request sent to this number. */
    Map<String, String> onlyRequestTo(String e164) {
        List<ServeEvent> events = requestsTo(e164);
        if (events.size() != 1) {
            throw new AssertionError(events.size() + " requests to " + e164 + ", expected 1");
        }
        Map<String, String> form = new TreeMap<>();
        for (String pair : events.get(0).getRequest().getBodyAsString().split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
        }
        return form;
    }

    /** X-Twilio-Signature as Twilio computes it: HMAC-SHA1 over the URL and the sorted form fields. */
    static String sign(String url, Map<String, String> form) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(form).forEach((k, v) -> data.append(k).append(v));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    void shortBackOff() {
        settings.getRetry().setFirstDelay(Duration.ZERO);
    }

    @Override
    public void close() {
        server.stop();
        NotificationSettings.Twilio twilio = settings.getTwilio();
        twilio.setAccountSid(saved.getAccountSid());
        twilio.setAuthToken(saved.getAuthToken());
        twilio.setWhatsappFrom(saved.getWhatsappFrom());
        twilio.setSmsFrom(saved.getSmsFrom());
        twilio.setBaseUrl(saved.getBaseUrl());
        twilio.getContentSids().clear();
        twilio.getContentSids().putAll(savedContent);
        settings.getSender().setEnabled(savedSenderEnabled);
        settings.getRetry().setFirstDelay(savedFirstDelay);
        settings.getRetry().setMaxAttempts(savedMaxAttempts);
    }
}
