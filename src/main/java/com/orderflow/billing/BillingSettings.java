package com.orderflow.billing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code orderflow.billing}: the shop as printed on its bills, the number series, GST and the UPI
 * payee, and the payment gateway's webhook secret. Mutable JavaBeans like the notification
 * settings: the tests switch GST on and off in the one shared application context.
 */
@ConfigurationProperties(prefix = "orderflow.billing")
public class BillingSettings {
    private String shopName = "orderflow";
    private String shopAddress = "";
    private String shopPhone = "";
    /** Bill numbers are {@code <prefix>-<FY>-<6 digits>}, e.g. KB-2627-000001. */
    private String billPrefix = "KB";
    private String creditNotePrefix = "CN";
    private final Gst gst = new Gst();
    private final Upi upi = new Upi();
    private final Gateway gateway = new Gateway();

    public String getShopName() {
        return shopName;
    }

    public void setShopName(String shopName) {
        this.shopName = shopName;
    }

    public String getShopAddress() {
        return shopAddress;
    }

    public void setShopAddress(String shopAddress) {
        this.shopAddress = shopAddress == null ? "" : shopAddress;
    }

    public String getShopPhone() {
        return shopPhone;
    }

    public void setShopPhone(String shopPhone) {
        this.shopPhone = shopPhone == null ? "" : shopPhone;
    }

    public String getBillPrefix() {
        return billPrefix;
    }

    public void setBillPrefix(String billPrefix) {
        this.billPrefix = billPrefix;
    }

    public String getCreditNotePrefix() {
        return creditNotePrefix;
    }

    public void setCreditNotePrefix(String creditNotePrefix) {
        this.creditNotePrefix = creditNotePrefix;
    }

    public Gst getGst() {
        return gst;
    }

    public Upi getUpi() {
        return upi;
    }

    public Gateway getGateway() {
        return gateway;
    }

    public static class Gst {
        /** Off: bills carry no tax lines (a shop below the GST threshold). */
        private boolean enabled;
        private String gstin = "";
        /** e.g. "27-Maharashtra"; empty = the state code that begins the GSTIN */
        private String placeOfSupply = "";

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getGstin() {
            return gstin;
        }

        public void setGstin(String gstin) {
            this.gstin = gstin == null ? "" : gstin;
        }

        public String getPlaceOfSupply() {
            return placeOfSupply;
        }

        public void setPlaceOfSupply(String placeOfSupply) {
            this.placeOfSupply = placeOfSupply == null ? "" : placeOfSupply.strip();
        }

        /**
         * The place of supply printed on a GST bill: as set, else the state code the GSTIN begins
         * with (a shop selling over its own counter and delivering in its own town supplies in its
         * own state: CGST and SGST); null when neither is known.
         */
        String placeOfSupply() {
            if (!placeOfSupply.isBlank()) {
                return placeOfSupply;
            }
            String id = gstin.strip();
            return id.length() >= 2 && Character.isDigit(id.charAt(0)) && Character.isDigit(id.charAt(1))
                    ? "State code " + id.substring(0, 2) : null;
        }
    }

    public static class Upi {
        /** The shop's UPI id (VPA), e.g. kokanastha@okaxis; empty = no payment QR. */
        private String payeeVpa = "";
        private String payeeName = "";

        public String getPayeeVpa() {
            return payeeVpa;
        }

        public void setPayeeVpa(String payeeVpa) {
            this.payeeVpa = payeeVpa == null ? "" : payeeVpa.strip();
        }

        public String getPayeeName() {
            return payeeName;
        }

        public void setPayeeName(String payeeName) {
            this.payeeName = payeeName == null ? "" : payeeName.strip();
        }

        boolean isConfigured() {
            return !payeeVpa.isBlank();
        }
    }

    public static class Gateway {
        /** HMAC-SHA256 key of the gateway's callbacks; empty = every callback is refused (401). */
        private String secret = "";

        public String getSecret() {
            return secret;
        }

        public void setSecret(String secret) {
            this.secret = secret == null ? "" : secret;
        }
    }
}
