package com.orderflow.customers;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CustomerDetails extends JpaRepository<CustomerDetail, Long> {

    /** A customer's names and addresses, the most recently used first. */
    List<CustomerDetail> findByCustomerIdOrderByLastSeenAtDescIdDesc(long customerId);

    /** Records a name and address as used now: a new history row, or the same one seen again. */
    @Modifying
    @Query(value = "INSERT INTO customer_detail (customer_id, detail_key, name, address, locality, pincode, "
            + "first_seen_at, last_seen_at, last_order_number, times_used) VALUES (:customer, :key, :name, :address, "
            + ":locality, :pincode, :now, :now, :order, 1) ON CONFLICT (customer_id, detail_key) DO UPDATE SET "
            + "last_seen_at = EXCLUDED.last_seen_at, last_order_number = EXCLUDED.last_order_number, "
            + "times_used = customer_detail.times_used + 1", nativeQuery = true)
    int recordUse(@Param("customer") long customerId, @Param("key") String key, @Param("name") String name,
            @Param("address") String address, @Param("locality") String locality, @Param("pincode") String pincode,
            @Param("now") Instant now, @Param("order") String orderNumber);
}
