package com.orderflow.jewelry;

import java.util.List;

/** The metals the shop works and the purities each is sold in, as written on tags and bills. */
public enum Metal {
    GOLD(List.of("24K", "22K", "18K", "14K")),
    SILVER(List.of("999", "925")),
    PLATINUM(List.of("950"));

    private final List<String> purities;

    Metal(List<String> purities) {
        this.purities = purities;
    }

    public List<String> purities() {
        return purities;
    }
}
