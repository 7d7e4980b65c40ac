package com.orderflow.jewelry;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.orderflow.notifications.DirectMessage;
import com.orderflow.notifications.DirectMessages;
import com.orderflow.notifications.NotificationEvent;

/**
 * What the jewelry module tells customers, karigars and the order manager (J4, J7, J8), worded
 * from the jewelry-messages bundles in the reader's language and put into the shop's outbox (sent
 * by WhatsApp or SMS, retried, visible on the outbox page). Karigars and staff read English:
 * their slips are English too.
 */
@Component
class JewelryMessages {
    private final DirectMessages outbox;
    private final MessageSource messages;
    private final JewelrySettings settings;

    JewelryMessages(DirectMessages outbox, MessageSource messages, JewelrySettings settings) {
        this.outbox = outbox;
        this.messages = messages;
        this.settings = settings;
    }

    void tellReady(JewelryOrder order, String branchName, String actor) {
        toCustomer(order, NotificationEvent.JEWELRY_READY, "jewelry.msg.ready", actor, branchName, order.counterName());
    }

    void followUp(JewelryOrder order, String branchName) {
        toCustomer(order, NotificationEvent.JEWELRY_FOLLOW_UP, "jewelry.msg.followUp", "system", branchName,
                order.counterName());
    }

    /** The day-before reminder; false when the karigar has no phone (the desk then calls him). */
    boolean remindKarigar(JewelryOrder order, Karigar karigar) {
        if (karigar.phone() == null) {
            return false;
        }
        String body = text("jewelry.msg.karigarDue", Locale.ENGLISH, karigar.name(), order.number(),
                order.dueDate().toString(), describe(order));
        outbox.write(new DirectMessage(order.id(), order.number(), NotificationEvent.KARIGAR_REMINDER,
                settings.karigarChannel(), karigar.phone(), "en", body,
                List.of(karigar.name(), order.number(), order.dueDate().toString())), "system");
        return true;
    }

    /** The slip's text version for the karigar's phone; false when he has no phone. */
    boolean sendSlip(Karigar karigar, String slipDate, String slipText) {
        if (karigar.phone() == null) {
            return false;
        }
        String body = text("jewelry.msg.karigarSlip", Locale.ENGLISH, karigar.name(), slipDate) + "\n" + slipText;
        outbox.write(new DirectMessage(0, "K:" + karigar.id(), NotificationEvent.KARIGAR_SLIP, settings.karigarChannel(),
                karigar.phone(), "en", body, List.of(karigar.name(), slipDate)), "system");
        return true;
    }

    void sendReport(String phone, String date, String reportText) {
        String body = text("jewelry.msg.report", Locale.ENGLISH, date) + "\n" + reportText;
        outbox.write(new DirectMessage(0, "REPORT " + date, NotificationEvent.JEWELRY_REPORT, settings.karigarChannel(),
                phone, "en", body, List.of(date)), "system");
    }

    static String describe(JewelryOrder order) {
        String what = order.category() + ", " + order.metal() + " " + order.purity();
        if (order.kind() == JewelryKind.REPAIR) {
            return what + ", repair: " + order.repairWork();
        }
        return what + ", " + Weights.show(order.targetGrams());
    }

    private void toCustomer(JewelryOrder order, NotificationEvent event, String key, String actor, String branchName,
            String counter) {
        Locale locale = Locale.forLanguageTag(order.customerLanguage());
        String firstName = order.customerName().strip().split("\\s+")[0];
        String body = text(key, locale, firstName, order.number(), branchName, counter);
        outbox.write(new DirectMessage(order.id(), order.number(), event, order.customerChannel(), order.customerPhone(),
                order.customerLanguage(), body, List.of(firstName, order.number(), branchName, counter)), actor);
    }

    /** Arguments go in as text: MessageFormat would write numbers in Devanagari digits for mr. */
    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
