package com.orderflow.platform.web;

import java.time.Duration;
import java.time.Instant;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The notices our pages poll for (static/js/notices.js). */
@RestController
@Tag(name = "Work notices")
class WorkNoticeApi {
    /** A page that was closed for long does not flood its user with old news: at most a day back. */
    static final Duration LOOK_BACK = Duration.ofDays(1);

    private final WorkNotices notices;
    private final ShopClock clock;

    WorkNoticeApi(WorkNotices notices, ShopClock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @GetMapping("/api/work-notices")
    @Operation(summary = "Tasks that appeared for my role groups (or in my name) after `since`",
            description = "Without `since`, nothing is new yet: the answer only carries `asOf` to send next time.")
    WorkNotices.Notices since(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant since,
            CurrentUser user) {
        Instant now = clock.now();
        if (since == null) {
            return new WorkNotices.Notices(now, java.util.List.of());
        }
        Instant earliest = now.minus(LOOK_BACK);
        return notices.since(since.isBefore(earliest) ? earliest : since, user);
    }
}
