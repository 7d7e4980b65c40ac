package com.orderflow.trading;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface ShipmentsRepository extends JpaRepository<Shipment, Long> {
    Optional<Shipment> findByOrderId(long orderId);

    List<Shipment> findByOrderIdIn(Collection<Long> orderIds);

    Optional<Shipment> findByCarrierAndAwb(String carrier, String awb);

    /** By AWB alone (Dispatch types scans by it); the newest if two couriers ever gave the same. */
    Optional<Shipment> findFirstByAwbOrderByIdDesc(String awb);

    /** The shipment, its row locked: scans of one shipment are taken one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Shipment s where s.id = :id")
    Optional<Shipment> lock(long id);

    /** Delivered shipments of a carrier's lane, the newest first: their transit times predict the next. */
    @Query("select s from Shipment s where s.carrier = :carrier and s.lane = :lane and s.deliveredAt is not null"
            + " and s.bookedAt is not null order by s.deliveredAt desc")
    List<Shipment> deliveredOnLane(String carrier, String lane, org.springframework.data.domain.Pageable page);

    /** Shipments of a carrier on the way, for a polling pass. */
    List<Shipment> findByCarrierAndStateIn(String carrier, Collection<ShipmentStage> states);
}
