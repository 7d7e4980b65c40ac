package com.orderflow.customers;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CustomerAccounts extends JpaRepository<CustomerAccount, Long> {

    /** The customer with this E.164 phone. */
    Optional<CustomerAccount> findByPhone(String phone);

    /**
     * Creates the customer unless the phone has one; two orders of a new customer at the same moment
     * make one record (the second insert waits for the first and then does nothing).
     */
    @Modifying
    @Query(value = "INSERT INTO customer_account (phone, name, language, created_at, updated_at) "
            + "VALUES (:phone, :name, :language, :now, :now) ON CONFLICT (phone) DO NOTHING", nativeQuery = true)
    int insertIfAbsent(@Param("phone") String phone, @Param("name") String name, @Param("language") String language,
            @Param("now") Instant now);

    /** The name and language of the latest order; an empty name never replaces a known one. */
    @Modifying
    @Query(value = "UPDATE customer_account SET name = CASE WHEN :name = '' THEN name ELSE :name END, "
            + "language = :language, updated_at = :now WHERE phone = :phone", nativeQuery = true)
    int updateLatest(@Param("phone") String phone, @Param("name") String name, @Param("language") String language,
            @Param("now") Instant now);
}
