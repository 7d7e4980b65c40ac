package com.orderflow.jewelry;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Branches extends JpaRepository<Branch, String> {
    /** Head office first, then by name. */
    List<Branch> findAllByOrderByHeadOfficeDescNameAsc();
}
