package com.orderflow.partners.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderflow.platform.web.FieldProblem;

/** RFC 7807 answers written by the partner chain's filter and handlers, before any controller runs. */
final class PartnerProblems {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PartnerProblems() {
    }

    static void write(HttpServletResponse response, int status, String title, String detail, FieldProblem problem)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("errors", List.of(Map.of("field", problem.field(), "message", problem.message())));
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), body);
    }
}
