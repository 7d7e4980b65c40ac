package com.orderflow.platform;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

/** Phone numbers as customers write them ("98201 23456", "098201-23456", "+91 98201 23456") to E.164. */
public final class PhoneNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "IN";

    private PhoneNumbers() {
    }

    /** The number in E.164 ("+919820123456"), or empty when it is not a valid phone number. */
    public static Optional<String> toE164(String raw) {
        if (raw == null || raw.isBlank() || raw.contains("@") || raw.chars().anyMatch(Character::isLetter)) {
            return Optional.empty();
        }
        try {
            var number = UTIL.parse(raw.trim(), DEFAULT_REGION);
            return UTIL.isValidNumber(number) ? Optional.of(UTIL.format(number, PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** Why a raw value is not a phone number, in words a person understands. */
    public static String problemWith(String raw) {
        if (raw != null && raw.contains("@")) {
            return "is an e-mail address, not a phone number";
        }
        return "must be a valid phone number, e.g. 98201 23456 or +91 98201 23456";
    }
}
