package com.orderflow.trading;

import java.time.Instant;

import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

import com.orderflow.trading.process.VendorPaymentProcess;

/** Trading orders at a given point, for tests of other packages (the masters are the trading package's own). */
public final class TradingFixtures {
    private TradingFixtures() {
    }

    /** An order delivered and waiting for its installation visit (slot confirmed); its number. */
    public static String orderAtInstallation(AutowireCapableBeanFactory beans) {
        TradingShop shop = new TradingShop(beans.createBean(TradingShop.Parts.class));
        String number = shop.order(PaymentMode.COD, shop.product(5, "split-ac"), 1);
        String awb = shop.shipFromWarehouse(number);
        shop.scan(awb, "OUT_FOR_DELIVERY", Instant.now());
        shop.deliverWithOtp(number, shop.view(number).total());
        shop.customerConfirmsSlot(number);
        return number;
    }

    /** A vendor order accepted by Procurement: the business key of its first stage's release. */
    public static String vendorStageWaitingForFinance(AutowireCapableBeanFactory beans) {
        TradingShop shop = new TradingShop(beans.createBean(TradingShop.Parts.class));
        String number = shop.order(PaymentMode.PREPAID, shop.product(0, null), 1);
        shop.pay(number);
        shop.complete(number, com.orderflow.trading.process.TradingOrderProcess.TASK_CONFIRM_VENDOR,
                com.orderflow.trading.process.TradingOrderProcess.FIELD_VENDOR_ANSWER,
                com.orderflow.trading.process.TradingOrderProcess.VENDOR_ACCEPTED);
        PurchaseOrder po = shop.p.purchaseOrders.findFirstByOrderIdOrderByIdDesc(shop.view(number).id()).orElseThrow();
        return VendorPaymentProcess.businessKey(po.number(), VendorStageKind.CUSTOMER_PAYMENT.name());
    }
}
