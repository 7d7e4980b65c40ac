package com.orderflow.jewelry;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface JewelryPhotos extends JpaRepository<JewelryPhoto, Long> {
    /** An order's photos, oldest first. */
    List<JewelryPhoto> findByOrderIdOrderByIdAsc(long orderId);

    /** One photo of one order (a photo id alone must not open another order's photo). */
    Optional<JewelryPhoto> findByIdAndOrderId(long id, long orderId);
}
