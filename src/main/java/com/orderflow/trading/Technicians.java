package com.orderflow.trading;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Technicians extends JpaRepository<Technician, String> {
    List<Technician> findByActiveTrueOrderByUserIdAsc();
}
