package com.orderflow.customers;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.orderflow.notifications.DirectMessages;
import com.orderflow.notifications.NotificationEvent;
import com.orderflow.notifications.NotificationView;

/** A customer signing in as a phone does: asks for a code, reads it from the outbox, types it. */
public final class CustomerAccess {
    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");

    private CustomerAccess() {
    }

    /** Full rate-limit buckets: a test that signs in several phones from one address is not held back by earlier tests. */
    public static void freshLimits(SignIn signIn) {
        signIn.resetLimits();
    }

    /** The code of the newest sign-in message to this phone (E.164), as the customer reads it. */
    public static String lastCode(DirectMessages outbox, String e164) {
        List<NotificationView> sent = outbox.of(e164).stream()
                .filter(n -> n.event() == NotificationEvent.SIGN_IN_CODE).toList();
        if (sent.isEmpty()) {
            throw new AssertionError("No sign-in code was sent to " + e164);
        }
        Matcher m = CODE.matcher(sent.get(0).text());
        if (!m.find()) {
            throw new AssertionError("No code in: " + sent.get(0).text());
        }
        return m.group(1);
    }

    /** Signs the phone in and answers the customer's session. */
    public static MockHttpSession signIn(MockMvc mvc, DirectMessages outbox, String phone, String e164)
            throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/my/sign-in/code").session(session).with(csrf()).param("phone", phone));
        MvcResult result = mvc.perform(post("/my/sign-in").session(session).with(csrf()).param("phone", e164)
                .param("code", lastCode(outbox, e164))).andReturn();
        if (!"/my".equals(result.getResponse().getRedirectedUrl())) {
            throw new AssertionError("Sign-in of " + e164 + " failed: " + result.getResponse().getStatus() + " "
                    + result.getResponse().getContentAsString());
        }
        return (MockHttpSession) result.getRequest().getSession();
    }
}
