package com.orderflow.notifications;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface InboundReplies extends JpaRepository<InboundReply, Long> {

    /** Whether the customer wrote to us since {@code since}: WhatsApp then allows free text (24-hour window). */
    boolean existsByPhoneAndReceivedAtAfter(String phone, Instant since);

    List<InboundReply> findByPhoneOrderByIdDesc(String phone);

    /** Whether this provider message was taken in already (Twilio retries a webhook it thinks failed). */
    boolean existsByProviderSid(String providerSid);
}
