package com.orderflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class OrderflowApplication {
    public static void main(String[] args) {
        // java -jar orderflow.jar --restore=<archive> restores a backup and exits, the app not started (issue 17)
        var restore = com.orderflow.operations.RestoreCommand.archiveIn(args);
        if (restore.isPresent()) {
            System.exit(com.orderflow.operations.RestoreCommand.run(restore.get(), args, System.out, System.err));
        }
        SpringApplication.run(OrderflowApplication.class, args);
    }
}
