package com.orderflow.notifications.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.orderflow.notifications.ProviderCallbacks;

/**
 * Twilio's webhooks: delivery reports and customers' replies. Not behind the login (Twilio has
 * none); the X-Twilio-Signature over our auth token is the authentication instead.
 */
@RestController
@RequestMapping("/api/notifications/twilio")
class TwilioWebhooks {
    static final String SIGNATURE = "X-Twilio-Signature";
    private static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

    private final ProviderCallbacks callbacks;

    TwilioWebhooks(ProviderCallbacks callbacks) {
        this.callbacks = callbacks;
    }

    @PostMapping(path = "/status", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> status(HttpServletRequest request,
            @RequestHeader(name = SIGNATURE, required = false) String signature) {
        callbacks.deliveryReport(url(request), form(request), signature);
        return ResponseEntity.noContent().build();
    }

    /** Answered with empty TwiML: the reply itself is recorded, the customer gets no automatic answer. */
    @PostMapping(path = "/inbound", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> inbound(HttpServletRequest request,
            @RequestHeader(name = SIGNATURE, required = false) String signature) {
        callbacks.inboundMessage(url(request), form(request), signature);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(EMPTY_TWIML);
    }

    @ExceptionHandler(ProviderCallbacks.UnsignedCallbackException.class)
    ResponseEntity<ProblemDetail> unsigned(ProviderCallbacks.UnsignedCallbackException e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage());
        body.setTitle("Not signed by Twilio");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(body);
    }

    private String url(HttpServletRequest request) {
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        return callbacks.signedUrl(request.getRequestURL() + query, request.getRequestURI() + query);
    }

    /** Twilio signs the form fields of the body; parameters from the URL's query are part of the URL. */
    private static Map<String, String> form(HttpServletRequest request) {
        Map<String, String> form = new LinkedHashMap<>();
        String query = request.getQueryString() == null ? "" : "&" + request.getQueryString() + "&";
        request.getParameterMap().forEach((name, values) -> {
            if (!query.contains("&" + name + "=") && values.length > 0) {
                form.put(name, values[0]);
            }
        });
        return form;
    }
}
