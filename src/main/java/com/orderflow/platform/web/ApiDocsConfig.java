package com.orderflow.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/** The title and summary of the OpenAPI document at /api/docs. */
@Configuration
class ApiDocsConfig {

    @Bean
    OpenAPI orderflowApi() {
        return new OpenAPI().info(new Info().title("orderflow API").version("v1").description(
                "Orders, notes, the live board, stock and counter sales. Sign in with HTTP Basic (a staff user) "
                        + "or the pages' session. Invalid input answers RFC 7807 problem details whose `errors` name "
                        + "each field and rule; nothing is saved then."));
    }
}
