package com.orderflow.platform.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The tokens of an EL expression, for {@link ExpressionCheck}. */
final class ExpressionTokens {
    static final Set<String> WORD_OPERATORS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge",
            "div", "mod", "empty");
    static final Set<String> LITERALS = Set.of("true", "false", "null");

    private ExpressionTokens() {
    }

    /** Why an expression is refused; no stack trace: it is an answer, not a failure. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** A token: an identifier (a name), a literal, or an operator or bracket. */
    record Token(String text, boolean identifier, boolean literal) {
    }

    /** Splits an expression into tokens; characters EL could use to assign, index or nest are refused. */
    static List<Token> of(String expression) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"') {
                int end = stringEnd(expression, i);
                tokens.add(new Token(expression.substring(i, end), false, true));
                i = end;
            } else if (Character.isDigit(c)) {
                int end = i;
                while (end < expression.length() && (Character.isLetterOrDigit(expression.charAt(end))
                        || expression.charAt(end) == '.')) {
                    end++;
                }
                tokens.add(new Token(expression.substring(i, end), false, true));
                i = end;
            } else if (Character.isJavaIdentifierStart(c) && c != '$') {
                int end = i + 1;
                while (end < expression.length() && Character.isJavaIdentifierPart(expression.charAt(end))
                        && expression.charAt(end) != '$') {
                    end++;
                }
                String word = expression.substring(i, end);
                tokens.add(new Token(word, !WORD_OPERATORS.contains(word) && !LITERALS.contains(word),
                        LITERALS.contains(word)));
                i = end;
            } else {
                String two = i + 1 < expression.length() ? expression.substring(i, i + 2) : "";
                if (List.of("==", "!=", "<=", ">=", "&&", "||").contains(two)) {
                    tokens.add(new Token(two, false, false));
                    i += 2;
                } else if ("+-*/%!<>?:(),.".indexOf(c) >= 0) {
                    tokens.add(new Token(String.valueOf(c), false, false));
                    i++;
                } else {
                    throw new Refused("uses '" + c + "', which a diagram's expression may not");
                }
            }
        }
        return tokens;
    }

    private static int stringEnd(String expression, int start) {
        char quote = expression.charAt(start);
        for (int i = start + 1; i < expression.length(); i++) {
            if (expression.charAt(i) == '\\') {
                i++;
            } else if (expression.charAt(i) == quote) {
                return i + 1;
            }
        }
        throw new Refused("has a text that is not closed");
    }
}
