package com.orderflow.trading;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TradingUnits extends JpaRepository<TradingUnit, Long> {
    List<TradingUnit> findByOrderIdOrderByIdAsc(long orderId);

    long countByLineId(long lineId);

    Optional<TradingUnit> findByProductIdAndSerial(long productId, String serial);
}
