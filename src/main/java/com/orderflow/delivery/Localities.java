package com.orderflow.delivery;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Localities extends JpaRepository<Locality, Long> {
    /** The locality of this name (as compared) and pincode. */
    Optional<Locality> findByNameKeyAndPincode(String nameKey, String pincode);

    /** Localities of this name in any pincode, oldest first. */
    List<Locality> findByNameKeyOrderByIdAsc(String nameKey);

    /** The whole master, oldest first. */
    List<Locality> findAllByOrderByIdAsc();

    /** The whole master, by zone and name. */
    List<Locality> findAllByOrderByZoneNameAscNameAsc();
}
