package com.orderflow.delivery;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;

/** Printable run sheets (PDF): for dispatchers any run, for a delivery boy his own. */
@Service
public class RunSheets {
    private final RunDispatch dispatch;
    private final ShopClock clock;

    RunSheets(RunDispatch dispatch, ShopClock clock) {
        this.dispatch = dispatch;
        this.clock = clock;
    }

    /**
     * The run's sheet, stops in riding order with what to collect at each door.
     *
     * @throws com.orderflow.platform.web.NotFoundException for another boy's run, as if it did not exist
     */
    @Transactional(readOnly = true)
    public byte[] pdf(long run, CurrentUser user) {
        return RunSheetPdf.render(dispatch.runOnRoad(run, user), clock.zone(), clock.now());
    }
}
