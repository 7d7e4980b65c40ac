package com.orderflow.orders.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

import com.orderflow.orders.Channel;
import com.orderflow.orders.OrderQuery;
import com.orderflow.orders.OrderStatus;

/** The order list's search form as the reader filled it in; every part may be empty. */
record OrderListForm(String q, OrderStatus status, Channel channel,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        String zone, String deliveryBoy, OrderQuery.Payment paid, Integer page) {

    OrderQuery query() {
        return new OrderQuery(q, status, channel, from, to, zone, deliveryBoy, paid);
    }

    /** The same search on another page of results. */
    String pageUrl(int other) {
        var uri = UriComponentsBuilder.fromPath("/orders");
        add(uri, "q", q);
        add(uri, "status", status);
        add(uri, "channel", channel);
        add(uri, "from", from);
        add(uri, "to", to);
        add(uri, "zone", zone);
        add(uri, "deliveryBoy", deliveryBoy);
        add(uri, "paid", paid);
        return uri.queryParam("page", other).encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            uri.queryParam(name, value);
        }
    }
}
