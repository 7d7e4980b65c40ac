package com.orderflow.platform.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.webapp.impl.security.filter.CsrfPreventionFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.Refusals;

/**
 * In front of both roots of the engine's REST API (see {@link EngineCall}). A task completion
 * ({@code /complete}, {@code /submit-form}) is done here by {@link TaskSubmissions}: only the task's
 * own form fields, checked, and a business refusal from the diagram answers 4xx with its message
 * (Tasklist shows it) instead of the engine's 500. Writing variables any other way is for admins.
 * Everything else goes on to the engine, whose authorizations apply.
 */
final class EngineRestGuard extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(EngineRestGuard.class);
    private static final int MAX_BODY = 256 * 1024;

    private final TaskSubmissions submissions;
    private final ObjectMapper json;
    private final Map<String, String> csrfSettings;
    /** Camunda's own CSRF check of the webapps, which a completion done here must pass first. */
    private final CsrfPreventionFilter webappCsrf = new CsrfPreventionFilter();

    EngineRestGuard(TaskSubmissions submissions, ObjectMapper json, Map<String, String> csrfSettings) {
        this.submissions = submissions;
        this.json = json;
        this.csrfSettings = Map.copyOf(csrfSettings);
    }

    @Override
    protected void initFilterBean() throws ServletException {
        webappCsrf.init(EngineTrustConfig.filterConfig("orderflowWebappCsrf", getServletContext(), csrfSettings));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        EngineCall call = EngineCall.of(request);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (call == null || signedIn == null || !signedIn.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        EngineUser user = EngineUser.of(signedIn);
        String taskId = call.submittedTask();
        if (taskId != null) {
            if (call.webapp()) {
                webappCsrf.doFilter(request, response, (req, res) -> submit(call, taskId, request, response, user));
            } else {
                submit(call, taskId, request, response, user);
            }
        } else if (call.writesVariables() && !user.isAdmin()) {
            write(response, HttpStatus.FORBIDDEN, "AuthorizationException", "Only an admin may " + call.method() + " "
                    + call.path() + ": a task's values are set by completing it with its own form's fields", null);
        } else {
            chain.doFilter(request, response);
        }
    }

    private void submit(EngineCall call, String taskId, HttpServletRequest request, HttpServletResponse response,
            EngineUser user) throws IOException {
        JsonNode body;
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                write(response, HttpStatus.PAYLOAD_TOO_LARGE, "InvalidRequestException", "The request is too large", null);
                return;
            }
            body = bytes.length == 0 ? json.createObjectNode() : json.readTree(bytes);
        } catch (IOException e) {
            write(response, HttpStatus.BAD_REQUEST, "InvalidRequestException", "The body is not valid JSON", null);
            return;
        }
        JsonNode variables = body == null ? null : body.get("variables");
        if (body == null || !body.isObject() || variables != null && !variables.isNull() && !variables.isObject()) {
            write(response, HttpStatus.BAD_REQUEST, "InvalidRequestException",
                    "The body must be an object with the task's form values as 'variables'", null);
            return;
        }
        Map<String, JsonNode> submitted = new LinkedHashMap<>();
        if (variables != null) {
            variables.fields().forEachRemaining(field -> submitted.put(field.getKey(), field.getValue()));
        }
        try {
            VariableMap returned = submissions.submit(taskId, call.submissionKind(), submitted,
                    body.path("withVariablesInReturn").asBoolean(false), user);
            if (returned == null) {
                response.setStatus(HttpStatus.NO_CONTENT.value());
            } else {
                response.setStatus(HttpStatus.OK.value());
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                json.writeValue(response.getOutputStream(), VariableValueDto.fromMap(returned, true));
            }
        } catch (RuntimeException e) {
            refused(response, taskId, e);
        }
    }

    private void refused(HttpServletResponse response, String taskId, RuntimeException e) throws IOException {
        var refusal = Refusals.of(e);
        if (refusal.isEmpty()) {
            log.error("Completing task {} failed", taskId, e);
            write(response, HttpStatus.INTERNAL_SERVER_ERROR, "ProcessEngineException", "Cannot complete task " + taskId
                    + ": the workflow engine failed; nothing was saved", null);
            return;
        }
        var refused = refusal.get();
        String type = switch (refused.status()) {
            case BAD_REQUEST -> refused.problems().isEmpty() ? "BadUserRequestException" : "InvalidInputException";
            case FORBIDDEN -> "AuthorizationException";
            case NOT_FOUND -> "NotFoundException";
            case CONFLICT -> "ConflictException";
            default -> "RestException";
        };
        write(response, refused.status(), type, refused.message(), refused.problems().isEmpty() ? null : refused.problems());
    }

    /** Camunda's error body ({@code type}, {@code message}, which Tasklist shows) with our field list. */
    private void write(HttpServletResponse response, HttpStatus status, String type, String message,
            List<FieldProblem> problems) throws IOException {
        ObjectNode body = json.createObjectNode();
        body.put("type", type);
        body.put("status", status.value());
        body.put("message", message);
        if (problems != null) {
            body.set("errors", json.valueToTree(problems));
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}
