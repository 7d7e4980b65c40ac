package com.orderflow.jewelry;

import java.util.List;

/** A branch and its counters. */
public record BranchView(String code, String name, boolean headOffice, List<String> counters) {
}
