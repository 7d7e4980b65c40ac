package com.orderflow.jewelry;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface JewelrySamples extends JpaRepository<JewelrySample, Long> {
    /** An order's samples in the order they were recorded. */
    List<JewelrySample> findByOrderIdOrderByIdAsc(long orderId);

    /** An order's samples in one custody state. */
    List<JewelrySample> findByOrderIdAndStateOrderByIdAsc(long orderId, SampleState state);
}
