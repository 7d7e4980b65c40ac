package com.orderflow.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TransactionRace;
import com.orderflow.support.TestOrders;

/**
 * Money on one order is written one at a time (on the real PostgreSQL): a gateway capture that
 * arrives while the counter is recording the same amount is not counted a second time, and two
 * credit notes at once never take off more than the bill.
 */
@OrderflowSpringTest
class MoneyRaceTest {
    @Autowired
    BillingFixtures fixtures;
    @Autowired
    BillingService billing;
    @Autowired
    PaymentService payments;
    @Autowired
    PlatformTransactionManager transactions;

    private <T> T whileOpen(Runnable first, java.util.concurrent.Callable<T> second) throws Exception {
        return TransactionRace.whileOpen(transactions, first, second);
    }

    @Test
    void aGatewayCaptureRacingACounterPaymentOfTheSameAmountIsFlaggedNotCountedTwice() throws Exception {
        String order = fixtures.billedOrder("credit", null, null);
        BillView bill = fixtures.billOf(order);

        GatewayOutcome outcome = whileOpen(
                () -> payments.record(bill.number(), new PaymentRequest("cash", new BigDecimal("2750.00"), null),
                        TestOrders.BILLER),
                () -> payments.receive(new GatewayCallback(UUID.randomUUID().toString(), bill.number(),
                        new BigDecimal("2750.00"), "INR", "captured", "pay_race")));

        assertThat(outcome.outcome()).isEqualTo("FLAGGED");
        BillView after = fixtures.billOf(order);
        assertThat(after.amountDue()).isEqualByComparingTo("0.00");
        assertThat(after.paymentState()).isEqualTo(PaymentState.PAID);
        assertThat(after.payments()).filteredOn(p -> p.status() == PaymentStatus.ACCEPTED).hasSize(1);
    }

    @Test
    void twoCreditNotesAtOnceNeverTakeOffMoreThanTheBill() throws Exception {
        String order = fixtures.billedOrder("credit", null, null);
        String number = fixtures.billOf(order).number();

        assertThatThrownBy(() -> whileOpen(
                () -> billing.creditNote(number, new BigDecimal("2000.00"), "wrong rate on Kaju Katli", TestOrders.BILLER),
                () -> billing.creditNote(number, new BigDecimal("2000.00"), "wrong rate, said again",
                        TestOrders.OWNER)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("750.00");

        BillView after = fixtures.billOf(order);
        assertThat(after.creditNotes()).hasSize(1);
        assertThat(after.amountDue()).isEqualByComparingTo("750.00");
    }
}
