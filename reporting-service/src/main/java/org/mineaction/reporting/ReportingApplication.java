package org.mineaction.reporting;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Projections built from other services' events, and the reports read from them. */
@SpringBootApplication
@org.springframework.scheduling.annotation.EnableScheduling
public class ReportingApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReportingApplication.class, args);
    }
}
