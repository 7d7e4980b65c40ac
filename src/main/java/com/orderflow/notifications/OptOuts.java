package com.orderflow.notifications;

import org.springframework.data.jpa.repository.JpaRepository;

interface OptOuts extends JpaRepository<OptOut, String> {
}
