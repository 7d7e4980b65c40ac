package com.orderflow.customers;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code orderflow.customers.*}: sign-in codes and their limits, the account pages. */
@ConfigurationProperties("orderflow.customers")
public class CustomerSettings {
    /** How long a sign-in code works. */
    private Duration codeValidFor = Duration.ofMinutes(5);
    /** Wrong tries a code survives; the next one ends it. */
    private int codeMaxTries = 5;
    /** Codes one phone may be sent per {@link #limitPeriod}. */
    private int codesPerPhone = 3;
    /** Code requests one client address may make per {@link #limitPeriod} (any phones). */
    private int codeRequestsPerAddress = 10;
    /** Code entries (right or wrong) one client address may make per {@link #limitPeriod}. */
    private int codeEntriesPerAddress = 20;
    private Duration limitPeriod = Duration.ofMinutes(15);
    /** How often an open order page asks for its timeline. */
    private int refreshSeconds = 10;
    /** How many days ahead a customer may book. */
    private int bookAheadDays = 30;

    public Duration getCodeValidFor() {
        return codeValidFor;
    }

    public void setCodeValidFor(Duration codeValidFor) {
        this.codeValidFor = codeValidFor;
    }

    public int getCodeMaxTries() {
        return codeMaxTries;
    }

    public void setCodeMaxTries(int codeMaxTries) {
        this.codeMaxTries = codeMaxTries;
    }

    public int getCodesPerPhone() {
        return codesPerPhone;
    }

    public void setCodesPerPhone(int codesPerPhone) {
        this.codesPerPhone = codesPerPhone;
    }

    public int getCodeRequestsPerAddress() {
        return codeRequestsPerAddress;
    }

    public void setCodeRequestsPerAddress(int codeRequestsPerAddress) {
        this.codeRequestsPerAddress = codeRequestsPerAddress;
    }

    public int getCodeEntriesPerAddress() {
        return codeEntriesPerAddress;
    }

    public void setCodeEntriesPerAddress(int codeEntriesPerAddress) {
        this.codeEntriesPerAddress = codeEntriesPerAddress;
    }

    public Duration getLimitPeriod() {
        return limitPeriod;
    }

    public void setLimitPeriod(Duration limitPeriod) {
        this.limitPeriod = limitPeriod;
    }

    public int getRefreshSeconds() {
        return refreshSeconds;
    }

    public void setRefreshSeconds(int refreshSeconds) {
        this.refreshSeconds = refreshSeconds;
    }

    public int getBookAheadDays() {
        return bookAheadDays;
    }

    public void setBookAheadDays(int bookAheadDays) {
        this.bookAheadDays = bookAheadDays;
    }
}
