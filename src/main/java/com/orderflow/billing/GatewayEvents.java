package com.orderflow.billing;

import org.springframework.data.jpa.repository.JpaRepository;

interface GatewayEvents extends JpaRepository<GatewayEvent, String> {
}
