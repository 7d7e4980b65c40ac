package com.orderflow.reports;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code orderflow.reports}: how long a node keeps the live part of the reports, when the nightly
 * roll-up runs, how pending deliveries are bucketed, who is said to have caused a return, and the
 * daily summary.
 *
 * @param liveFor       how long the live part (what changed since the roll-up) is reused before it is
 *                      computed again on this node; zero computes it on every request
 * @param rollupAt      the shop time the roll-up job runs each night (after midnight)
 * @param pendingAges   the upper ends of the pending-delivery age buckets, ascending
 * @param returnCauses  return reason → PACKER or DELIVERY (the person held to have caused it); a
 *                      reason not named here is counted against nobody
 * @param movers        how many products the fast and slow mover lists show
 * @param topCustomers  how many customers the customer report lists
 */
@ConfigurationProperties(prefix = "orderflow.reports")
public record ReportSettings(@DefaultValue("PT30S") Duration liveFor, @DefaultValue("00:20") LocalTime rollupAt,
        @DefaultValue({"PT2H", "PT6H", "PT24H"}) List<Duration> pendingAges, Map<String, String> returnCauses,
        @DefaultValue("10") int movers, @DefaultValue("20") int topCustomers, @DefaultValue Summary summary) {

    public ReportSettings {
        returnCauses = returnCauses == null || returnCauses.isEmpty()
                ? Map.of("WRONG_ITEM", "PACKER", "MISSING_PIECES", "PACKER", "DAMAGED", "DELIVERY")
                : Map.copyOf(returnCauses);
        pendingAges = List.copyOf(pendingAges);
    }

    /**
     * The daily summary (F9).
     *
     * @param at         shop time the summary is made and sent
     * @param recipients user ids to send it to; empty = every member of the admin group
     * @param languages  user id → en, mr or hi (default en)
     * @param channel    WHATSAPP or SMS for the phone message
     * @param mailFrom   the e-mail sender address; empty = spring.mail.username
     */
    public record Summary(@DefaultValue("21:00") LocalTime at, @DefaultValue List<String> recipients,
            Map<String, String> languages, @DefaultValue("WHATSAPP") String channel, @DefaultValue("") String mailFrom) {

        public Summary {
            recipients = recipients == null ? List.of()
                    : recipients.stream().map(String::trim).filter(r -> !r.isEmpty()).toList();
            languages = languages == null ? Map.of() : Map.copyOf(languages);
        }

        String languageOf(String userId) {
            return languages.getOrDefault(userId, "en");
        }
    }
}
