package com.orderflow.helpdesk;

/** A ticket photo to send to a browser: always the help desk's own re-encoded picture. */
public record TicketPhotoFile(String contentType, byte[] bytes) {
}
