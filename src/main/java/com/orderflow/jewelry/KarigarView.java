package com.orderflow.jewelry;

import java.util.List;

/** A karigar from the master. */
public record KarigarView(String id, String name, List<String> skills, String phone, String email, boolean active) {
}
