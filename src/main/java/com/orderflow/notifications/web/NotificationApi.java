package com.orderflow.notifications.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.orderflow.notifications.NotificationStatus;
import com.orderflow.notifications.NotificationView;
import com.orderflow.notifications.Outbox;
import com.orderflow.notifications.StaffDirectory;
import com.orderflow.notifications.StaffPhoneView;
import com.orderflow.platform.security.CurrentUser;

/** The outbox and staff phone numbers over HTTP, for Admin and Customer Care (staff phones: Admin). */
@RestController
@RequestMapping("/api/notifications")
class NotificationApi {
    private final Outbox outbox;
    private final StaffDirectory staff;

    NotificationApi(Outbox outbox, StaffDirectory staff) {
        this.outbox = outbox;
        this.staff = staff;
    }

    record PhoneRequest(String phone) {
    }

    @GetMapping
    List<NotificationView> list(@RequestParam(required = false) NotificationStatus status,
            @RequestParam(name = "order", required = false) String orderNumber, CurrentUser user) {
        return outbox.list(status, orderNumber, user);
    }

    @GetMapping("/{id}")
    NotificationView get(@PathVariable long id, CurrentUser user) {
        return outbox.get(id, user);
    }

    /** Sends the same event again as a new row (next version); the old row stays as it was. */
    @PostMapping("/{id}/resend")
    @ResponseStatus(HttpStatus.CREATED)
    NotificationView resend(@PathVariable long id, CurrentUser user) {
        return outbox.resend(id, user);
    }

    @GetMapping("/staff-phones")
    List<StaffPhoneView> staffPhones(CurrentUser user) {
        return staff.phones(user);
    }

    @PutMapping("/staff-phones/{userId}")
    StaffPhoneView setStaffPhone(@PathVariable String userId, @RequestBody PhoneRequest request, CurrentUser user) {
        return staff.setPhone(userId, request == null ? null : request.phone(), user);
    }

    /** Forgets the number (204 also when none was recorded: the number is gone either way). */
    @DeleteMapping("/staff-phones/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeStaffPhone(@PathVariable String userId, CurrentUser user) {
        staff.removePhone(userId, user);
    }
}
