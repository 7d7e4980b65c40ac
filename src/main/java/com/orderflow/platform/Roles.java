package com.orderflow.platform;

import java.util.List;

/**
 * The staff roles (K10). Each is a Camunda group of the same id; Spring Security sees them as
 * authorities {@code ROLE_<id>}. User tasks name these ids as candidate groups.
 */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String BILLER = "biller";
    public static final String PACKER = "packer";
    public static final String DELIVERY = "delivery";
    public static final String CUSTOMER_CARE = "customer-care";
    public static final String ORDER_MANAGER = "order-manager";
    public static final String KARIGAR_DESK = "karigar-desk";
    /** Deploys diagrams, decision tables and forms (Camunda Modeler, Cockpit); may do nothing else to instances. */
    public static final String PROCESS_OWNER = "process-owner";

    /** Trading (issue 15): pays vendors in stages, checks customer payments. */
    public static final String FINANCE = "finance";
    /** Trading: picks, checks serials, packs. */
    public static final String WAREHOUSE = "warehouse";
    /** Trading: hands shipments to couriers, follows scans and delays. */
    public static final String DISPATCH = "dispatch";
    /** Trading: installs at the customer's home; sees only his own visits. */
    public static final String TECHNICIAN = "technician";
    /** Trading: purchase orders to vendors. */
    public static final String PROCUREMENT = "procurement";

    public static final List<String> ALL =
            List.of(ADMIN, BILLER, PACKER, DELIVERY, CUSTOMER_CARE, ORDER_MANAGER, KARIGAR_DESK, PROCESS_OWNER,
                    FINANCE, WAREHOUSE, DISPATCH, TECHNICIAN, PROCUREMENT);

    private Roles() {
    }

    /** Display name of a role group. */
    public static String displayName(String role) {
        return switch (role) {
            case ADMIN -> "Admin";
            case BILLER -> "Biller";
            case PACKER -> "Packer";
            case DELIVERY -> "Delivery";
            case CUSTOMER_CARE -> "Customer Care";
            case ORDER_MANAGER -> "Order Manager";
            case KARIGAR_DESK -> "Karigar desk";
            case PROCESS_OWNER -> "Process owner";
            case FINANCE -> "Finance";
            case WAREHOUSE -> "Warehouse";
            case DISPATCH -> "Dispatch";
            case TECHNICIAN -> "Technician";
            case PROCUREMENT -> "Procurement";
            default -> role;
        };
    }
}
