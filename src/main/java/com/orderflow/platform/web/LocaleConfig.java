package com.orderflow.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language of the pages: English, Marathi or Hindi, chosen with {@code ?lang=} and kept in a
 * cookie. It does not follow the browser's language: shop phones are often set to English while
 * the person holding them reads Marathi better, so the choice is always made on the page.
 */
@Configuration
class LocaleConfig implements WebMvcConfigurer {
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("mr"),
            Locale.forLanguageTag("hi"));

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("orderflow-lang");
        resolver.setDefaultLocale(Locale.ENGLISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            // Only the languages we have bundles for; anything else would silently show English
            // under a cookie that claims another language.
            @Override
            protected Locale parseLocaleValue(String localeValue) {
                Locale locale = super.parseLocaleValue(localeValue);
                if (locale == null || SUPPORTED.stream().noneMatch(s -> s.getLanguage().equals(locale.getLanguage()))) {
                    throw new IllegalArgumentException("Unsupported language " + localeValue);
                }
                return Locale.forLanguageTag(locale.getLanguage());
            }
        };
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
