package com.orderflow.returns;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code orderflow.returns}: where return photos are kept and how big they may be, the return
 * number prefix, the facts the refund-or-replacement table is asked with, and how soon a return is
 * decided.
 */
@ConfigurationProperties(prefix = "orderflow.returns")
public class ReturnsSettings {
    private Path photoFolder = Path.of("./data/return-photos");
    private DataSize photoMaxSize = DataSize.ofMegabytes(5);
    private String numberPrefix = "KR";
    private int perishableWithinDays = 15;
    private int historyDays = 90;
    private Duration decideWithin = Duration.ofDays(1);

    public Path getPhotoFolder() {
        return photoFolder;
    }

    public void setPhotoFolder(Path photoFolder) {
        this.photoFolder = photoFolder;
    }

    public DataSize getPhotoMaxSize() {
        return photoMaxSize;
    }

    public void setPhotoMaxSize(DataSize photoMaxSize) {
        this.photoMaxSize = photoMaxSize;
    }

    public String getNumberPrefix() {
        return numberPrefix;
    }

    public void setNumberPrefix(String numberPrefix) {
        this.numberPrefix = numberPrefix;
    }

    public int getPerishableWithinDays() {
        return perishableWithinDays;
    }

    public void setPerishableWithinDays(int perishableWithinDays) {
        this.perishableWithinDays = perishableWithinDays;
    }

    public int getHistoryDays() {
        return historyDays;
    }

    public void setHistoryDays(int historyDays) {
        this.historyDays = historyDays;
    }

    /** How soon after it was opened a return should be decided and its goods inspected: its tasks' due date. */
    public Duration getDecideWithin() {
        return decideWithin;
    }

    public void setDecideWithin(Duration decideWithin) {
        this.decideWithin = decideWithin;
    }
}
