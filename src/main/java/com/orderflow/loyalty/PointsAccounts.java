package com.orderflow.loyalty;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PointsAccounts extends JpaRepository<PointsAccount, String> {

    /** The account, locked until the transaction ends: every change of a balance takes this first. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from PointsAccount a where a.phone = :phone")
    Optional<PointsAccount> lockByPhone(String phone);

    /** Makes the account if it is not there yet (two first earnings at once make one). */
    @Modifying
    @Query(value = "INSERT INTO loyalty_account (phone, balance, version) VALUES (:phone, 0, 0) ON CONFLICT DO NOTHING",
            nativeQuery = true)
    void createIfMissing(String phone);
}
