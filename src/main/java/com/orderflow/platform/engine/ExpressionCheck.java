package com.orderflow.platform.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.orderflow.platform.engine.ExpressionTokens.Refused;
import com.orderflow.platform.engine.ExpressionTokens.Token;

/**
 * Decides whether the text of a diagram attribute may be evaluated on the server. Text outside
 * {@code ${…}} and {@code #{…}} is plain; inside, only what a diagram needs is allowed: literals,
 * variables, operators, the engine's functions ({@code now()}, {@code currentUser()} …),
 * {@code execution.getVariable('x')}, and a call of one of the project's own methods on a
 * {@linkplain ProcessBeans process bean} ({@code ${orderStatus.mark(execution, 'PACKED')}}).
 * Property chains, brackets, other method calls and assignments are refused: through them an
 * expression reaches any object on the server ({@code ${x.getClass().forName(…)}}).
 */
final class ExpressionCheck {
    private static final Set<String> FUNCTIONS = Set.of("now", "dateTime", "currentUser", "currentUserGroups");
    private static final Set<String> SCOPE_OBJECTS = Set.of("execution", "task");
    private static final Set<String> SCOPE_METHODS = Set.of("getVariable", "getVariableLocal", "hasVariable",
            "hasVariableLocal", "getProcessBusinessKey", "getBusinessKey");

    private final ProcessBeans beans;

    ExpressionCheck(ProcessBeans beans) {
        this.beans = beans;
    }

    /** Why the text may not be evaluated, or empty when it may (also when it holds no expression). */
    Optional<String> problemIn(String text) {
        for (String expression : expressionsIn(text)) {
            if (expression == null) {
                return Optional.of("'" + text + "' has an expression that is not closed with '}'");
            }
            Optional<String> problem = problemOf(expression);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /** Why the text is not a plain {@code ${bean}} naming one of the project's delegates or listeners. */
    Optional<String> delegateProblemIn(String text) {
        List<String> expressions = expressionsIn(text);
        String name = expressions.size() == 1 ? expressions.get(0).strip() : "";
        if (!text.strip().matches("[$#]\\{\\s*[A-Za-z_][A-Za-z0-9_]*\\s*}") || !beans.isDelegate(name)) {
            return Optional.of("'" + text + "' is not one of the shop's delegates or listeners (such as"
                    + " ${issueBillDelegate}); only those may run as a delegate expression");
        }
        return Optional.empty();
    }

    /** Whether the text holds an expression at all. */
    static boolean hasExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    private Optional<String> problemOf(String expression) {
        try {
            Parser parser = new Parser(ExpressionTokens.of(expression));
            parser.expression();
            parser.expectEnd();
            return Optional.empty();
        } catch (Refused refused) {
            return Optional.of("the expression ${" + expression + "} " + refused.getMessage());
        }
    }

    /** The insides of every ${…} and #{…} in the text; null stands for one that is not closed. */
    static List<String> expressionsIn(String text) {
        List<String> found = new ArrayList<>();
        int at = 0;
        while (text != null && at < text.length()) {
            int dollar = text.indexOf("${", at);
            int hash = text.indexOf("#{", at);
            int start = dollar < 0 ? hash : hash < 0 ? dollar : Math.min(dollar, hash);
            if (start < 0) {
                break;
            }
            int end = closingBrace(text, start + 2);
            if (end < 0) {
                found.add(null);
                break;
            }
            found.add(text.substring(start + 2, end));
            at = end + 1;
        }
        return found;
    }

    private static int closingBrace(String text, int from) {
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '}') {
                return i;
            }
        }
        return -1;
    }

    /** Recursive descent over EL's grammar, accepting only the allowed references. */
    private final class Parser {
        private final List<Token> tokens;
        private int at;

        Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        void expectEnd() {
            if (at < tokens.size()) {
                throw new Refused("has '" + tokens.get(at).text() + "' where it should end");
            }
        }

        void expression() {
            binary();
            if (accept("?")) {
                expression();
                expect(":");
                expression();
            }
        }

        private void binary() {
            unary();
            while (at < tokens.size() && isBinaryOperator(tokens.get(at).text())) {
                at++;
                unary();
            }
        }

        private boolean isBinaryOperator(String token) {
            return List.of("==", "!=", "<", ">", "<=", ">=", "&&", "||", "+", "-", "*", "/", "%", "and", "or", "eq",
                    "ne", "lt", "gt", "le", "ge", "div", "mod").contains(token);
        }

        private void unary() {
            while (accept("!") || accept("not") || accept("-") || accept("empty")) {
                // prefix operators apply to what follows
            }
            primary();
        }

        private void primary() {
            if (at >= tokens.size()) {
                throw new Refused("ends too early");
            }
            Token token = tokens.get(at++);
            if (token.literal()) {
                return;
            }
            if (token.text().equals("(")) {
                expression();
                expect(")");
                return;
            }
            if (!token.identifier()) {
                throw new Refused("has '" + token.text() + "' where a value should be");
            }
            reference(token.text());
        }

        private void reference(String name) {
            if (accept("(")) {
                if (!FUNCTIONS.contains(name)) {
                    throw new Refused("calls " + name + "(), which is not one of the engine's functions " + FUNCTIONS);
                }
                arguments();
                return;
            }
            if (!accept(".")) {
                return;
            }
            String member = identifier();
            if (!accept("(")) {
                throw new Refused("reads the property " + name + "." + member
                        + "; only variables, and methods of the shop's own process beans, may be used");
            }
            boolean allowed = SCOPE_OBJECTS.contains(name) ? SCOPE_METHODS.contains(member)
                    : beans.hasOwnMethod(name, member);
            if (!allowed) {
                throw new Refused("calls " + name + "." + member + "(), which is not a method of the shop's own process"
                        + " beans (such as orderStatus.mark or execution.getVariable)");
            }
            arguments();
            if (at < tokens.size() && (tokens.get(at).text().equals(".") || tokens.get(at).text().equals("("))) {
                throw new Refused("chains onto the result of " + name + "." + member + "(), which may not be done");
            }
        }

        private void arguments() {
            if (accept(")")) {
                return;
            }
            do {
                expression();
            } while (accept(","));
            expect(")");
        }

        private String identifier() {
            if (at >= tokens.size() || !tokens.get(at).identifier()) {
                throw new Refused("has a '.' that is not followed by a name");
            }
            return tokens.get(at++).text();
        }

        private boolean accept(String text) {
            if (at < tokens.size() && tokens.get(at).text().equals(text)) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(String text) {
            if (!accept(text)) {
                throw new Refused("misses '" + text + "'");
            }
        }
    }
}
