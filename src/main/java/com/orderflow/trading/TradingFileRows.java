package com.orderflow.trading;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TradingFileRows extends JpaRepository<TradingFile, Long> {
    List<TradingFile> findByOrderIdOrderByIdAsc(long orderId);

    List<TradingFile> findByVisitIdOrderByIdAsc(long visitId);

    boolean existsByVisitIdAndKind(long visitId, TradingFile.Kind kind);
}
