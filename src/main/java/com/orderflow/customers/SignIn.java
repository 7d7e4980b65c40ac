package com.orderflow.customers;

import com.orderflow.platform.Sha256;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.notifications.DirectMessage;
import com.orderflow.notifications.DirectMessages;
import com.orderflow.notifications.NotificationEvent;
import com.orderflow.platform.PhoneNumbers;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.throttle.Throttle;
import com.orderflow.platform.web.InvalidInputException;

/**
 * Sign-in by one-time code (F8): a 6-digit code sent through the outbox by WhatsApp or SMS, valid
 * {@code code-valid-for} (5 minutes), at most {@code code-max-tries} (5) tries, the newest code of
 * a phone the only one that works. Requests are limited per phone and per client address; only a
 * salted hash of each code is stored. In demo mode the code is also written to the log.
 */
@Service
public class SignIn {
    private static final Logger log = LoggerFactory.getLogger(SignIn.class);
    private static final int THROTTLED_KEYS = 100_000;

    private final SignInCodes codes;
    private final DirectMessages messages;
    private final CustomerDirectory directory;
    private final CustomerSettings settings;
    private final MessageSource texts;
    private final AuditLog audit;
    private final ShopClock clock;
    private final String shopName;
    private final boolean demo;
    private final SecureRandom random = new SecureRandom();
    private final Throttle codesPerPhone;
    private final Throttle requestsPerAddress;
    private final Throttle entriesPerAddress;

    SignIn(SignInCodes codes, DirectMessages messages, CustomerDirectory directory, CustomerSettings settings,
            MessageSource texts, AuditLog audit, ShopClock clock,
            @Value("${orderflow.notifications.shop-name:Kokanastha Sweets}") String shopName,
            @Value("${orderflow.demo:false}") boolean demo) {
        this.codes = codes;
        this.messages = messages;
        this.directory = directory;
        this.settings = settings;
        this.texts = texts;
        this.audit = audit;
        this.clock = clock;
        this.shopName = shopName;
        this.demo = demo;
        this.codesPerPhone = new Throttle(settings.getCodesPerPhone(), settings.getLimitPeriod(), clock, THROTTLED_KEYS);
        this.requestsPerAddress = new Throttle(settings.getCodeRequestsPerAddress(), settings.getLimitPeriod(), clock,
                THROTTLED_KEYS);
        this.entriesPerAddress = new Throttle(settings.getCodeEntriesPerAddress(), settings.getLimitPeriod(), clock,
                THROTTLED_KEYS);
    }

    /** Where a code went and until when it works. */
    public record CodeSent(String phone, String channel, Instant expiresAt) {
    }

    /**
     * Sends a new code to the phone by WhatsApp or SMS ({@code channel}); earlier codes of the phone
     * stop working.
     *
     * @throws InvalidInputException naming phone or channel for a bad value
     * @throws SignInRefused naming phone when this phone or this address asked too often
     */
    @Transactional
    public CodeSent sendCode(String rawPhone, String channel, String clientAddress, Locale locale) {
        String phone = PhoneNumbers.toE164(rawPhone)
                .orElseThrow(() -> new InvalidInputException("phone", PhoneNumbers.problemWith(rawPhone)));
        String via = channel == null || channel.isBlank() ? "WHATSAPP" : channel.strip().toUpperCase(Locale.ROOT);
        if (!via.equals("WHATSAPP") && !via.equals("SMS")) {
            throw new InvalidInputException("channel", "must be WHATSAPP or SMS");
        }
        refuseIfThrottled(requestsPerAddress, address(clientAddress), "too many code requests from this address");
        refuseIfThrottled(codesPerPhone, phone, "too many codes sent to this phone");
        String code = String.format("%06d", random.nextInt(1_000_000));
        String salt = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(16));
        Instant now = clock.now();
        Instant expires = now.plus(settings.getCodeValidFor());
        codes.save(new SignInCode(phone, salt, hash(salt, phone, code), now, expires, address(clientAddress)));
        String language = directory.find(phone).map(CustomerProfile::language)
                .orElse(locale == null ? "en" : locale.getLanguage());
        long minutes = settings.getCodeValidFor().toMinutes();
        String body = texts.getMessage("customers.code.message",
                new Object[] {shopName, code, String.valueOf(minutes)}, Locale.forLanguageTag(language));
        messages.write(new DirectMessage(Long.parseLong(phone.substring(1)), phone, NotificationEvent.SIGN_IN_CODE,
                via, phone, language, body, List.of(code, String.valueOf(minutes))), "system");
        if (demo) {
            log.info("Demo mode: sign-in code for {} is {} (valid until {})", phone, code, expires);
        }
        return new CodeSent(phone, via, expires);
    }

    /**
     * Checks a code. A wrong one counts a try (also when the request then fails: the count is
     * committed); the right one works once and puts the phone on record as a customer.
     *
     * @throws SignInRefused naming code (wrong, expired, used up, none sent) or phone (too many entries)
     */
    @Transactional(noRollbackFor = SignInRefused.class)
    public CustomerProfile verify(String rawPhone, String code, String clientAddress, Locale locale) {
        String phone = PhoneNumbers.toE164(rawPhone)
                .orElseThrow(() -> new InvalidInputException("phone", PhoneNumbers.problemWith(rawPhone)));
        if (code == null || !code.strip().matches("[0-9]{6}")) {
            throw new SignInRefused("code", "must be the 6 digits sent to " + phone, "customers.code.format", null);
        }
        refuseIfThrottled(entriesPerAddress, address(clientAddress), "too many code entries from this address");
        Instant now = clock.now();
        Optional<SignInCode> newest = codes.findFirstByPhoneOrderByIdDesc(phone);
        if (newest.isEmpty() || newest.get().isUsed()) {
            throw new SignInRefused("code", "no code is waiting for " + phone + ": ask for a new one",
                    "customers.code.none", null);
        }
        SignInCode sent = newest.get();
        int max = settings.getCodeMaxTries();
        if (sent.isExpired(now)) {
            throw new SignInRefused("code", "has expired (a code works " + settings.getCodeValidFor().toMinutes()
                    + " minutes): ask for a new one", "customers.code.expired", null);
        }
        if (sent.triesLeft(max) == 0) {
            throw new SignInRefused("code", "was entered wrong " + max + " times and no longer works: ask for a new one",
                    "customers.code.usedUp", null, String.valueOf(max));
        }
        if (!sent.tryWith(hash(sent.salt(), phone, code.strip()), max)) {
            int left = sent.triesLeft(max);
            throw left == 0
                    ? new SignInRefused("code", "is wrong, and that was the last try: ask for a new one",
                            "customers.code.usedUp", null, String.valueOf(max))
                    : new SignInRefused("code", "is wrong: " + left + " tries left", "customers.code.wrong", null,
                            String.valueOf(left));
        }
        sent.use(now);
        CustomerProfile customer = directory.signUp(phone, locale == null ? "en" : locale.getLanguage());
        audit.record(CustomerUser.idOf(phone), "CUSTOMER_SIGNED_IN", null, "by one-time code");
        return customer;
    }

    /** Fresh buckets (tests of the limits start from full ones). */
    void resetLimits() {
        codesPerPhone.reset();
        requestsPerAddress.reset();
        entriesPerAddress.reset();
    }

    private void refuseIfThrottled(Throttle throttle, String key, String rule) {
        Optional<Duration> wait = throttle.tryTake(key);
        if (wait.isPresent()) {
            long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
            throw new SignInRefused("phone", rule + ": try again in " + minutes + " minute(s)",
                    "customers.code.throttled", wait.get(), String.valueOf(minutes));
        }
    }

    private static String address(String clientAddress) {
        return clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress;
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    static String hash(String salt, String phone, String code) {
        return Sha256.hex(salt + ":" + phone + ":" + code);
    }
}
