package com.orderflow.platform.web;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.orderflow.platform.security.CurrentUser;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI document at /api/docs: its title and summary, HTTP Basic as its sign-in, one schema
 * per type (nested records are named with their outer type, {@code CounterSaleRequestLine} and
 * {@code NewOrderLine}, so that the many {@code Line} records no longer collapse into one), and no
 * {@link CurrentUser} parameter: that is the signed-in user, never something a client sends.
 */
@Configuration
class ApiDocsConfig {
    private static final String BASIC = "basicAuth";
    private static final String API_KEY = "apiKey";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
    }

    @Bean
    OpenAPI orderflowApi() {
        return new OpenAPI().info(new Info().title("orderflow API").version("v1").description(
                "Orders, notes, the live board, stock and counter sales. Sign in with HTTP Basic (a staff user) "
                        + "or the pages' session. Invalid input answers RFC 7807 problem details whose `errors` name "
                        + "each field and rule; nothing is saved then. Too many failed sign-ins answer 429 with "
                        + "Retry-After.\n\nPartner systems (F9) send an API key from the admin's partners page in the "
                        + "X-Api-Key header instead: it reaches POST /api/orders (write scope), GET /api/orders and "
                        + "GET /api/orders/{number} (read scope) and nothing else (403 problem naming the scope); an "
                        + "unknown or revoked key is 401; past its rate limit 429 with Retry-After. Send an "
                        + "Idempotency-Key with each create so that a retry never makes a second order."))
                .components(new Components().addSecuritySchemes(BASIC,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-Api-Key")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(API_KEY));
    }

    /** Schemas named by their type, with the outer type's name before a nested one's. */
    @Bean
    ModelResolver nestedTypeNames() {
        return new ModelResolver(Json.mapper(), new NestedTypeNames());
    }

    private static final class NestedTypeNames extends TypeNameResolver {
        @Override
        protected String getNameOfClass(Class<?> type) {
            StringBuilder name = new StringBuilder(type.getSimpleName());
            for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
                name.insert(0, outer.getSimpleName());
            }
            return name.toString();
        }
    }
}
