package com.orderflow.notifications;

import java.util.Set;

import org.springframework.stereotype.Component;

import com.orderflow.orders.ContactChannel;
import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.security.RequestValidator;
import com.twilio.type.PhoneNumber;

/**
 * Twilio, and only Twilio, behind one class: sends one message and says whether to keep it, retry
 * it or give up; checks the signature of Twilio's callbacks. Reads the settings on every call, so
 * a changed account (or the tests' fake) takes effect without a restart.
 */
@Component
class TwilioClient {
    /** Throttled or our credentials refused: a matter of time or of configuration, not of this message. */
    private static final Set<Integer> TEMPORARY_4XX = Set.of(401, 403, 408, 429);

    private final NotificationSettings.Twilio settings;
    private final BaseUrlHttpClient http;

    TwilioClient(NotificationSettings settings) {
        this.settings = settings.getTwilio();
        this.http = new BaseUrlHttpClient(this.settings::getBaseUrl);
    }

    boolean isConfigured() {
        return settings.isConfigured();
    }

    /** Whether the channel has a sender number configured. */
    boolean canSend(ContactChannel channel) {
        return !from(channel).isBlank();
    }

    SendOutcome send(OutgoingMessage message, String statusCallbackUrl) {
        ContactChannel channel = message.channel();
        String prefix = channel == ContactChannel.WHATSAPP ? "whatsapp:" : "";
        PhoneNumber to = new PhoneNumber(prefix + message.to());
        PhoneNumber from = new PhoneNumber(prefix + from(channel));
        MessageCreator creator = message.usesTemplate()
                ? Message.creator(to, from, (String) null).setContentSid(message.contentSid())
                        .setContentVariables(message.contentVariables())
                : Message.creator(to, from, message.body());
        if (statusCallbackUrl != null) {
            creator.setStatusCallback(statusCallbackUrl);
        }
        try {
            Message sent = creator.create(client());
            return new SendOutcome.Accepted(sent.getSid());
        } catch (ApiConnectionException e) {
            return new SendOutcome.Temporary("provider not reachable: " + e.getMessage());
        } catch (ApiException e) {
            Integer status = e.getStatusCode();
            String reason = "Twilio " + (status == null ? "" : status + " ")
                    + (e.getCode() == null ? "" : "error " + e.getCode() + ": ") + e.getMessage();
            if (status == null || status >= 500 || TEMPORARY_4XX.contains(status)) {
                return new SendOutcome.Temporary(reason);
            }
            return new SendOutcome.Permanent(reason);
        } catch (RuntimeException e) {
            // an unreadable answer or a bug in between: retry, and the attempt limit ends it visibly
            return new SendOutcome.Temporary("sending failed: " + e);
        }
    }

    /** Whether a callback really comes from Twilio: signed with our auth token over the URL and the form fields. */
    boolean isSignedByTwilio(String url, java.util.Map<String, String> params, String signature) {
        if (signature == null || signature.isBlank() || settings.getAuthToken().isBlank()) {
            return false;
        }
        return new RequestValidator(settings.getAuthToken()).validate(url, params, signature);
    }

    private TwilioRestClient client() {
        return new TwilioRestClient.Builder(settings.getAccountSid(), settings.getAuthToken())
                .httpClient(http).build();
    }

    private String from(ContactChannel channel) {
        return channel == ContactChannel.WHATSAPP ? settings.getWhatsappFrom() : settings.getSmsFrom();
    }
}
