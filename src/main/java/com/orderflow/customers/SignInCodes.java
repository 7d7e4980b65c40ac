package com.orderflow.customers;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface SignInCodes extends JpaRepository<SignInCode, Long> {

    /** The phone's newest code, locked: two entries of it at once count as two tries. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<SignInCode> findFirstByPhoneOrderByIdDesc(String phone);
}
