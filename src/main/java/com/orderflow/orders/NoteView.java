package com.orderflow.orders;

import java.time.Instant;

/** A note on an order; {@code replyTo} is the id of the note it answers, or null. */
public record NoteView(long id, Long replyTo, String author, String authorRole, String body, Instant at) {
    static NoteView of(OrderNote note) {
        return new NoteView(note.id(), note.replyTo(), note.author(), note.authorRole(), note.body(), note.writtenAt());
    }
}
