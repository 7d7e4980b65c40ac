package com.orderflow.jewelry;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Karigars extends JpaRepository<Karigar, String> {
    /** The master by name. */
    List<Karigar> findAllByOrderByNameAsc();
}
