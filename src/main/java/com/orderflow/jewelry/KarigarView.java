package com.orderflow.jewelry;

import java.util.List;

/** A karigar from the master: the categories he makes ({@code skills}) and the metals he works. */
public record KarigarView(String id, String name, List<String> skills, List<Metal> metals, String phone, String email,
        boolean active) {
}
