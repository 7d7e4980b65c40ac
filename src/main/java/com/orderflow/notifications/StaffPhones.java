package com.orderflow.notifications;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StaffPhones extends JpaRepository<StaffPhone, String> {

    /** All numbers, by user id. */
    List<StaffPhone> findAllByOrderByUserIdAsc();
}
