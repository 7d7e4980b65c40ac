package com.orderflow.notifications;

import java.util.List;

/**
 * A message that another module words itself (jewelry orders: the customer's "ready" and
 * follow-ups, karigar slips and due-date reminders, the order manager's morning report).
 *
 * @param subjectId  a number that keeps this subject's send versions apart (the jewelry order's
 *                   id, say); 0 when there is none
 * @param reference  what the outbox shows and filters by, at most 20 characters (JO-2026-000001)
 * @param event      one of the events whose text is kept ({@link NotificationEvent#isWordedElsewhere()})
 * @param channel    WHATSAPP or SMS
 * @param phone      the recipient, E.164
 * @param language   en, hi or mr
 * @param body       the whole text as sent (at most 1600 characters; longer is cut)
 * @param templateArguments the values of an approved WhatsApp template, in order
 */
public record DirectMessage(long subjectId, String reference, NotificationEvent event, String channel, String phone,
        String language, String body, List<String> templateArguments) {
}
