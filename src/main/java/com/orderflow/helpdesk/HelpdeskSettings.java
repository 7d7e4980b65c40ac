package com.orderflow.helpdesk;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code orderflow.helpdesk}: ticket numbers, the answer SLA, the support mailbox read over IMAP
 * (no host = no mailbox: nothing is read) and the address answers are mailed from (through Spring
 * Mail's {@code spring.mail.*}; no mail host = answers are kept, marked not sent).
 */
@ConfigurationProperties(prefix = "orderflow.helpdesk")
public class HelpdeskSettings {
    private String numberPrefix = "HD";
    /** A ticket not answered this long after the customer wrote goes to the manager. */
    private Duration answerWithin = Duration.ofHours(4);
    /** A ticket waiting for the customer closes by itself after this long without a word. */
    private Duration closeQuietAfter = Duration.ofDays(3);
    private String mailFrom = "";
    private int mailMaxAttempts = 5;
    private boolean sendAutomatically = true;
    /** The largest photo a customer may attach to a message, as uploaded. */
    private DataSize photoMaxSize = DataSize.ofMegabytes(5);
    /** A photo is kept re-encoded as a JPEG with its longer side at most this many pixels. */
    private int photoMaxSide = 1600;
    private final Imap imap = new Imap();

    public static class Imap {
        private String host = "";
        private int port = 993;
        private boolean ssl = true;
        private String user = "";
        private String password = "";
        private String folder = "INBOX";
        private boolean pollAutomatically = true;

        public boolean isConfigured() {
            return host != null && !host.isBlank();
        }

        public String getHost() {
            return host;
        }

        public void setHost(String host) {
            this.host = host == null ? "" : host;
        }

        public int getPort() {
            return port;
        }

        public void setPort(int port) {
            this.port = port;
        }

        public boolean isSsl() {
            return ssl;
        }

        public void setSsl(boolean ssl) {
            this.ssl = ssl;
        }

        public String getUser() {
            return user;
        }

        public void setUser(String user) {
            this.user = user == null ? "" : user;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password == null ? "" : password;
        }

        public String getFolder() {
            return folder;
        }

        public void setFolder(String folder) {
            this.folder = folder;
        }

        public boolean isPollAutomatically() {
            return pollAutomatically;
        }

        public void setPollAutomatically(boolean pollAutomatically) {
            this.pollAutomatically = pollAutomatically;
        }
    }

    public String getNumberPrefix() {
        return numberPrefix;
    }

    public void setNumberPrefix(String numberPrefix) {
        this.numberPrefix = numberPrefix;
    }

    public Duration getAnswerWithin() {
        return answerWithin;
    }

    public void setAnswerWithin(Duration answerWithin) {
        this.answerWithin = answerWithin;
    }

    public Duration getCloseQuietAfter() {
        return closeQuietAfter;
    }

    public void setCloseQuietAfter(Duration closeQuietAfter) {
        this.closeQuietAfter = closeQuietAfter;
    }

    public String getMailFrom() {
        return mailFrom;
    }

    public void setMailFrom(String mailFrom) {
        this.mailFrom = mailFrom == null ? "" : mailFrom;
    }

    public int getMailMaxAttempts() {
        return mailMaxAttempts;
    }

    public void setMailMaxAttempts(int mailMaxAttempts) {
        this.mailMaxAttempts = mailMaxAttempts;
    }

    public boolean isSendAutomatically() {
        return sendAutomatically;
    }

    public void setSendAutomatically(boolean sendAutomatically) {
        this.sendAutomatically = sendAutomatically;
    }

    public Imap getImap() {
        return imap;
    }

    public DataSize getPhotoMaxSize() {
        return photoMaxSize;
    }

    public void setPhotoMaxSize(DataSize photoMaxSize) {
        this.photoMaxSize = photoMaxSize;
    }

    public int getPhotoMaxSide() {
        return photoMaxSide;
    }

    public void setPhotoMaxSide(int photoMaxSide) {
        this.photoMaxSide = photoMaxSide;
    }
}
