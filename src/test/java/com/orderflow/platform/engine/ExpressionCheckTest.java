package com.orderflow.platform.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Which expressions a deployed diagram may hold: what the shop's diagrams use, and nothing that reaches further. */
class ExpressionCheckTest {
    static class IssueBill implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
        }
    }

    @ProcessBean
    static class OrderStatusBean {
        public void mark(Object execution, String status) {
        }
    }

    static class NotForDiagrams {
        public void anything() {
        }
    }

    private final ExpressionCheck check;

    ExpressionCheckTest() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("issueBillDelegate", new IssueBill());
        beans.addBean("orderStatus", new OrderStatusBean());
        beans.addBean("dataSource", new NotForDiagrams());
        check = new ExpressionCheck(new ProcessBeans(beans));
    }

    @Test
    void whatTheShopsDiagramsUseIsAllowed() {
        for (String text : List.of("${advanceBooking}", "${!advanceBooking}", "${packingOrderCount > 0}",
                "${deliveryOutcome == 'delivered'}", "${samplesOutstanding &gt; 0}".replace("&gt;", ">"), "${null}",
                "${execution.getVariable('packingStarted') == true}", "${orderStatus.mark(execution, 'PACKED')}",
                "${designFromShopItem && !empty suggestedKarigar}", "Pack order ${orderNumber} · ${customerName}",
                "${now()}", "${currentUser()}", "${a ? 'x' : \"y\"}", "P1D", "plain text without an expression")) {
            assertEquals(Optional.empty(), check.problemIn(text), text);
        }
        assertEquals(Optional.empty(), check.delegateProblemIn("${issueBillDelegate}"));
    }

    @Test
    void whatReachesBeyondIsRefused() {
        for (String text : List.of("${''.getClass().forName('java.lang.Runtime')}", "${execution.processEngineServices}",
                "${execution.getProcessEngineServices().getRuntimeService()}", "${orderStatus.getClass()}",
                "${orderStatus.mark(execution, 'PACKED').toString()}", "${dataSource.anything()}",
                "${variable.method()}", "${map['key']}", "${x = 5}", "${a; b}", "${fn:call()}", "${T(java.lang.Runtime)}",
                "${open", "#{orderStatus.unknown()}")) {
            assertTrue(check.problemIn(text).isPresent(), text);
        }
        for (String text : List.of("${dataSource}", "${orderStatus}", "${issueBillDelegate.execute(execution)}",
                "${someVariable}", "issueBillDelegate")) {
            assertTrue(check.delegateProblemIn(text).isPresent(), text);
        }
    }
}
