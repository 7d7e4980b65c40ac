package com.orderflow.packing.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.orderflow.packing.DailyPackingList;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.InvalidInputException;

/** The packing list of a delivery day (K4), as a printable page and as the PDF the printer gets. */
@Controller
class PackingListPages {
    private final DailyPackingList lists;

    PackingListPages(DailyPackingList lists) {
        this.lists = lists;
    }

    @GetMapping("/packing/list")
    String list(@RequestParam(required = false) String date, CurrentUser user, Model model) {
        DailyPackingList.PackingList list = lists.listFor(day(date), user);
        model.addAttribute("list", list);
        model.addAttribute("here", "/packing/list?date=" + list.date());
        return "packing/list";
    }

    @GetMapping("/packing/list.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String date, CurrentUser user) {
        LocalDate day = day(date);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("packing-list-" + day + ".pdf").build().toString())
                .body(lists.pdf(day, user));
    }

    private LocalDate day(String date) {
        if (date == null || date.isBlank()) {
            return lists.tomorrow();
        }
        try {
            return LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", "must be a day as YYYY-MM-DD");
        }
    }
}
