package com.orderflow.platform.identity;

import java.util.List;

import com.orderflow.platform.Roles;

/** A demo user (demo mode only): the password is the user id followed by "123". */
public record DemoUser(String id, String firstName, String lastName, String role) {

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("owner", "Anand", "Kulkarni", Roles.ADMIN),
            new DemoUser("biller", "Meera", "Joshi", Roles.BILLER),
            new DemoUser("packer", "Sunil", "Patil", Roles.PACKER),
            new DemoUser("ravi", "Ravi", "Shinde", Roles.DELIVERY),
            new DemoUser("imran", "Imran", "Shaikh", Roles.DELIVERY),
            new DemoUser("care", "Pooja", "Deshpande", Roles.CUSTOMER_CARE),
            new DemoUser("manager", "Vikram", "Sathe", Roles.ORDER_MANAGER),
            new DemoUser("karigar", "Suresh", "Soni", Roles.KARIGAR_DESK),
            new DemoUser("designer", "Nisha", "Apte", Roles.PROCESS_OWNER),
            new DemoUser("finance", "Kavita", "Rane", Roles.FINANCE),
            new DemoUser("store", "Ganesh", "More", Roles.WAREHOUSE),
            new DemoUser("dispatch", "Sameer", "Khan", Roles.DISPATCH),
            new DemoUser("buyer", "Nikhil", "Bhat", Roles.PROCUREMENT),
            new DemoUser("ajay", "Ajay", "Pawar", Roles.TECHNICIAN),
            new DemoUser("vinod", "Vinod", "Jadhav", Roles.TECHNICIAN));

    public String password() {
        return id + "123";
    }
}
