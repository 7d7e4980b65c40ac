package com.orderflow.platform.engine;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A request to the engine's REST API, under either of its roots: {@code /engine-rest} (also with
 * {@code /engine/{name}}) and the webapps' own {@code /camunda/api/engine/engine/{name}} that
 * Tasklist and Cockpit call. The path is the servlet container's decoded, normalised one.
 */
record EngineCall(boolean webapp, String method, String path) {
    private static final Pattern REST = Pattern.compile("/engine-rest(?:/engine/[^/]+)?(/.*)?");
    private static final Pattern WEBAPP = Pattern.compile("/camunda/api/engine/engine/[^/]+(/.*)?");
    private static final Pattern SUBMISSION = Pattern.compile("/task/([^/]+)/(complete|submit-form)");
    /** What writes variables without a task's form; the engine's authorizations refuse most of it too. */
    private static final List<Pattern> VARIABLE_WRITES = List.of(
            Pattern.compile("/task/[^/]+/(variables|localVariables)(/.*)?"),
            Pattern.compile("/task/[^/]+/(resolve|bpmnError|bpmnEscalation)"),
            Pattern.compile("/process-instance/[^/]+/(variables|modification|modification-async)(/.*)?"),
            Pattern.compile("/process-instance/(variables-async|message-async)"),
            Pattern.compile("/execution/[^/]+/(localVariables(/.*)?|signal|messageSubscriptions/.*)"),
            Pattern.compile("/(case-instance|case-execution|case-definition)/.*"),
            Pattern.compile("/(message|signal|condition)(/.*)?"),
            Pattern.compile("/process-definition/.*/(start|submit-form|restart|restart-async)"),
            Pattern.compile("/(modification|migration|external-task)(/.*)?"));

    /** The call, or null when the request is not for the engine's REST API. */
    static EngineCall of(HttpServletRequest request) {
        String full = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        full = full.replaceAll("/{2,}", "/");
        if (full.length() > 1 && full.endsWith("/")) {
            full = full.substring(0, full.length() - 1);
        }
        String method = request.getHeader("X-HTTP-Method-Override") != null
                ? request.getHeader("X-HTTP-Method-Override") : request.getMethod();
        method = method.toUpperCase(Locale.ROOT);
        Matcher rest = REST.matcher(full);
        if (rest.matches()) {
            return new EngineCall(false, method, rest.group(1) == null ? "/" : rest.group(1));
        }
        Matcher webapp = WEBAPP.matcher(full);
        if (webapp.matches()) {
            return new EngineCall(true, method, webapp.group(1) == null ? "/" : webapp.group(1));
        }
        return null;
    }

    /** The task a completion is for (POST …/task/{id}/complete or …/submit-form), or null. */
    String submittedTask() {
        Matcher submission = SUBMISSION.matcher(path);
        return "POST".equals(method) && submission.matches() ? submission.group(1) : null;
    }

    TaskSubmissions.Kind submissionKind() {
        return path.endsWith("/submit-form") ? TaskSubmissions.Kind.SUBMIT_FORM : TaskSubmissions.Kind.COMPLETE;
    }

    /** Whether the call would set variables other than through a task's form. */
    boolean writesVariables() {
        if (List.of("GET", "HEAD", "OPTIONS").contains(method)) {
            return false;
        }
        return VARIABLE_WRITES.stream().anyMatch(p -> p.matcher(path).matches());
    }
}
