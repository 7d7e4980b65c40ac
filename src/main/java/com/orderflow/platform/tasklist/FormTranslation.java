package com.orderflow.platform.tasklist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Task forms in the reader's language. Tasklist asks the engine for a task's Camunda Form
 * ({@code …/task/{id}/deployed-form}, and {@code …/deployed-start-form}), and renders the schema it
 * gets; this puts the user's language into that schema on the way out ({@link FormTexts}). The
 * language is the one our pages keep for the user (the {@code orderflow-lang} cookie, {@link
 * LocaleResolver}), so a packer who chose मराठी on the board gets the Pack order form in Marathi. Why
 * here: a task's variables are shared by everyone who may work it (a language variable cannot follow
 * each reader, and Tasklist reads them before the claim), a form per language would triple every
 * form a process owner edits in Modeler, and form-js in Tasklist 7.24 takes no translations.
 * Tasklist's own screens stay in its languages (English, German); form-js's own messages ("Field is
 * required") stay English.
 */
@Component
class FormTranslation extends OncePerRequestFilter {
    private final FormTexts texts;
    private final LocaleResolver locales;
    private final ObjectMapper json = new ObjectMapper();

    FormTranslation(FormTexts texts, LocaleResolver locales) {
        this.texts = texts;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return !HttpMethod.GET.matches(request.getMethod())
                || !(uri.endsWith("/deployed-form") || uri.endsWith("/deployed-start-form"))
                || !(uri.startsWith(request.getContextPath() + "/engine-rest/")
                        || uri.startsWith(request.getContextPath() + "/camunda/api/engine/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the same address answers in each reader's language
        response.addHeader("Vary", "Cookie");
        Locale locale = locales.resolveLocale(request);
        if (Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
            chain.doFilter(request, response);
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, answer);
        JsonNode form = answer.getStatus() == HttpServletResponse.SC_OK ? schema(answer.getContentAsByteArray()) : null;
        if (form == null || !texts.translate(form, locale)) {
            answer.copyBodyToResponse();
            return;
        }
        byte[] translated = json.writeValueAsBytes(form);
        answer.resetBuffer();
        response.setContentType(MediaType.APPLICATION_JSON_VALUE + ";charset=" + StandardCharsets.UTF_8.name());
        response.setHeader("Content-Language", locale.getLanguage());
        response.setContentLength(translated.length);
        response.getOutputStream().write(translated);
    }

    /** The Camunda Form schema in the body, or null when it is not one (an embedded or generated form, an error). */
    private JsonNode schema(byte[] body) {
        try {
            JsonNode node = json.readTree(body);
            return node != null && node.isObject() && node.path("components").isArray() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }
}
