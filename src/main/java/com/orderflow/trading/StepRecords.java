package com.orderflow.trading;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StepRecords extends JpaRepository<StepRecord, Long> {
    List<StepRecord> findByOrderIdOrderByStepAsc(long orderId);

    List<StepRecord> findByOrderIdIn(Collection<Long> orderIds);

    boolean existsByOrderIdAndStep(long orderId, int step);
}
