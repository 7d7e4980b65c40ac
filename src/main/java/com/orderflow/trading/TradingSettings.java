package com.orderflow.trading;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code orderflow.trading}: numbers, the files folder, the waits of the trading process, the
 * couriers and the installation slots. Mutable JavaBeans, like the billing settings, so that tests can
 * change a wait in the one shared application context.
 */
@ConfigurationProperties(prefix = "orderflow.trading")
public class TradingSettings {
    private String orderPrefix = "TO";
    private String purchaseOrderPrefix = "PO";
    private String fileFolder = "./data/trading";
    private DataSize photoMaxSize = DataSize.ofMegabytes(5);
    /** The shop's (warehouse's) pincode: shipments' lanes are measured from it. */
    private String originPincode = "400068";
    /** A prepaid order not paid within this goes to Finance ("Check unpaid order"). */
    private Duration payWithin = Duration.ofHours(24);
    /** A purchase order unanswered this long goes to Procurement to chase ("Chase unanswered purchase order"). */
    private Duration vendorAnswerWithin = Duration.ofHours(24);
    /** An installation slot unanswered this long goes to Customer Care to agree by phone. */
    private Duration slotAnswerWithin = Duration.ofHours(24);
    /** No courier scan for this long (after booking) is a delay, as is a passed promise. */
    private Duration scanSilence = Duration.ofHours(24);
    /** How often a shipment on the way is looked at for silence. */
    private Duration delayCheckEvery = Duration.ofHours(1);
    /** Installation slots of a day, "HH:mm-HH:mm", shop time; Sundays are off. */
    private List<String> installationSlots = new ArrayList<>(List.of("10:00-13:00", "14:00-17:00"));
    /** Past deliveries of a lane needed before its arrival is predicted. */
    private int predictionMinimumSamples = 3;
    private final Map<String, Courier> couriers = new LinkedHashMap<>();

    /** One courier: "http" (booked over its API; scans by signed webhook or polled) or "manual" (Dispatch types AWB and scans). */
    public static class Courier {
        private String name = "";
        private String type = "manual";
        private String baseUrl = "";
        private String apiKey = "";
        private String webhookSecret = "";
        private boolean poll;
        private Duration timeout = Duration.ofSeconds(10);

        public boolean isHttp() {
            return "http".equalsIgnoreCase(type);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public String getBaseUrl() {
            return baseUrl;
        }

        public void setBaseUrl(String baseUrl) {
            this.baseUrl = baseUrl == null ? "" : baseUrl;
        }

        public String getApiKey() {
            return apiKey;
        }

        public void setApiKey(String apiKey) {
            this.apiKey = apiKey == null ? "" : apiKey;
        }

        public String getWebhookSecret() {
            return webhookSecret;
        }

        public void setWebhookSecret(String webhookSecret) {
            this.webhookSecret = webhookSecret == null ? "" : webhookSecret;
        }

        public boolean isPoll() {
            return poll;
        }

        public void setPoll(boolean poll) {
            this.poll = poll;
        }

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }
    }

    public String getOrderPrefix() {
        return orderPrefix;
    }

    public void setOrderPrefix(String orderPrefix) {
        this.orderPrefix = orderPrefix;
    }

    public String getPurchaseOrderPrefix() {
        return purchaseOrderPrefix;
    }

    public void setPurchaseOrderPrefix(String purchaseOrderPrefix) {
        this.purchaseOrderPrefix = purchaseOrderPrefix;
    }

    public String getFileFolder() {
        return fileFolder;
    }

    public void setFileFolder(String fileFolder) {
        this.fileFolder = fileFolder;
    }

    public DataSize getPhotoMaxSize() {
        return photoMaxSize;
    }

    public void setPhotoMaxSize(DataSize photoMaxSize) {
        this.photoMaxSize = photoMaxSize;
    }

    public String getOriginPincode() {
        return originPincode;
    }

    public void setOriginPincode(String originPincode) {
        this.originPincode = originPincode;
    }

    public Duration getPayWithin() {
        return payWithin;
    }

    public void setPayWithin(Duration payWithin) {
        this.payWithin = payWithin;
    }

    public Duration getVendorAnswerWithin() {
        return vendorAnswerWithin;
    }

    public void setVendorAnswerWithin(Duration vendorAnswerWithin) {
        this.vendorAnswerWithin = vendorAnswerWithin;
    }

    public Duration getSlotAnswerWithin() {
        return slotAnswerWithin;
    }

    public void setSlotAnswerWithin(Duration slotAnswerWithin) {
        this.slotAnswerWithin = slotAnswerWithin;
    }

    public Duration getScanSilence() {
        return scanSilence;
    }

    public void setScanSilence(Duration scanSilence) {
        this.scanSilence = scanSilence;
    }

    public Duration getDelayCheckEvery() {
        return delayCheckEvery;
    }

    public void setDelayCheckEvery(Duration delayCheckEvery) {
        this.delayCheckEvery = delayCheckEvery;
    }

    public List<String> getInstallationSlots() {
        return installationSlots;
    }

    public void setInstallationSlots(List<String> installationSlots) {
        this.installationSlots = installationSlots;
    }

    public int getPredictionMinimumSamples() {
        return predictionMinimumSamples;
    }

    public void setPredictionMinimumSamples(int predictionMinimumSamples) {
        this.predictionMinimumSamples = predictionMinimumSamples;
    }

    public Map<String, Courier> getCouriers() {
        return couriers;
    }

    /** The courier of a code, or null. */
    public Courier courier(String code) {
        return code == null ? null : couriers.get(code);
    }
}
