package com.orderflow.reports;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.NotFoundException;

/** The reports by their ids, each with the grouping it opens with; one door for the page and the API. */
@Service
public class Reports {
    /** The shop's reports, in the order the index lists them. */
    public static final List<String> IDS = List.of("sales", "products", "pending", "people", "fulfilment",
            "time-in-status", "customers");

    private final SalesReport sales;
    private final ProductReport products;
    private final PendingReport pending;
    private final PeopleReport people;
    private final FulfilmentReport fulfilment;
    private final StatusReport statuses;
    private final CustomerReport customers;
    private final ReportRequests requests;

    Reports(SalesReport sales, ProductReport products, PendingReport pending, PeopleReport people,
            FulfilmentReport fulfilment, StatusReport statuses, CustomerReport customers, ReportRequests requests) {
        this.sales = sales;
        this.products = products;
        this.pending = pending;
        this.people = people;
        this.fulfilment = fulfilment;
        this.statuses = statuses;
        this.customers = customers;
        this.requests = requests;
    }

    /**
     * A report for the request's parameters.
     *
     * @throws NotFoundException for an unknown report id
     * @throws com.orderflow.platform.web.InvalidInputException naming a bad from, to or group
     */
    public Report report(String id, String from, String to, String group, CurrentUser user, Locale locale) {
        ReportRange range = range(id, from, to, group, locale);
        return switch (id) {
            case "sales" -> sales.report(range, user);
            case "products" -> products.report(range, user);
            case "pending" -> pending.report(range, user);
            case "people" -> people.report(range, user);
            case "fulfilment" -> fulfilment.report(range, user);
            case "time-in-status" -> statuses.report(range, user);
            case "customers" -> customers.report(range, user);
            case "my-work" -> people.myWork(range, user);
            default -> throw new NotFoundException("No report " + id);
        };
    }

    /** The range of a report's request; fulfilment opens by week, the others by day. */
    public ReportRange range(String id, String from, String to, String group, Locale locale) {
        if (!IDS.contains(id) && !"my-work".equals(id) && !"slowest".equals(id) && !"heatmap".equals(id)) {
            throw new NotFoundException("No report " + id);
        }
        return requests.range(from, to, group, "fulfilment".equals(id) ? Grouping.WEEK : Grouping.DAY, locale);
    }

    /** Whether the user may open the shop's reports (the index, the heatmap) or only "My work". */
    public boolean maySeeShop(CurrentUser user) {
        return ReportPermissions.allows(user, ReportPermissions.Action.VIEW_SHOP);
    }
}
