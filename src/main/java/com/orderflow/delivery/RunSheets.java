package com.orderflow.delivery;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;

/** Printable run sheets (PDF): for dispatchers any run, for a delivery boy his own. */
@Service
public class RunSheets {
    private final RunDispatch dispatch;
    private final ShopClock clock;
    private final MessageSource messages;

    RunSheets(RunDispatch dispatch, ShopClock clock, MessageSource messages) {
        this.dispatch = dispatch;
        this.clock = clock;
        this.messages = messages;
    }

    /**
     * The run's sheet in the reader's language, stops in riding order with what to collect at each door.
     *
     * @throws com.orderflow.platform.web.NotFoundException for another boy's run, as if it did not exist
     */
    @Transactional(readOnly = true)
    public byte[] pdf(long run, CurrentUser user, Locale locale) {
        return RunSheetPdf.render(dispatch.runOnRoad(run, user), clock.zone(), clock.now(), messages, locale);
    }
}
