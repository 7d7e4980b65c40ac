package com.orderflow.reports;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * E-mail for the daily summary through Spring Mail. Spring Boot makes a mail sender only when
 * {@code spring.mail.host} is set (SPRING_MAIL_HOST, SPRING_MAIL_PORT, SPRING_MAIL_USERNAME,
 * SPRING_MAIL_PASSWORD from the environment); without one the e-mail channel is "not configured".
 */
@Component
class SummaryMail {
    private final ObjectProvider<JavaMailSender> sender;
    private final ReportSettings settings;
    private final Environment environment;

    SummaryMail(ObjectProvider<JavaMailSender> sender, ReportSettings settings, Environment environment) {
        this.sender = sender;
        this.settings = settings;
        this.environment = environment;
    }

    boolean isConfigured() {
        return sender.getIfAvailable() != null;
    }

    /** Sends one plain-text e-mail in UTF-8 (Marathi and Hindi survive); a failure throws. */
    void send(String to, String subject, String body) {
        JavaMailSender mail = sender.getObject();
        MimeMessage message = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from());
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body, false);
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not write the summary e-mail to " + to, e);
        }
        mail.send(message);
    }

    private String from() {
        if (!settings.summary().mailFrom().isBlank()) {
            return settings.summary().mailFrom();
        }
        String user = environment.getProperty("spring.mail.username");
        return user != null && user.contains("@") ? user : "orderflow@localhost";
    }
}
