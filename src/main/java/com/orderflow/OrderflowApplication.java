package com.orderflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class OrderflowApplication {
    public static void main(String[] args) {
        SpringApplication.run(OrderflowApplication.class, args);
    }
}
