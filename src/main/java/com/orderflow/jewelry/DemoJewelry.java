package com.orderflow.jewelry;

import java.math.BigDecimal;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.bootstrap.DemoData;

/**
 * Demo mode only: the head office and two branches with counters (names also in Marathi and Hindi),
 * four karigars with their skills and metals (the assignment table chooses among the master's
 * karigars; it names none), and today's rates. Only into empty tables, so a shop's own masters are
 * never touched.
 */
@Component
@Order(7)
class DemoJewelry implements DemoData {
    private static final Logger log = LoggerFactory.getLogger(DemoJewelry.class);

    private final boolean demo;
    private final Branches branches;
    private final Karigars karigars;
    private final MetalRates rates;
    private final ShopClock clock;

    DemoJewelry(@Value("${orderflow.demo:false}") boolean demo, Branches branches, Karigars karigars, MetalRates rates,
            ShopClock clock) {
        this.demo = demo;
        this.branches = branches;
        this.karigars = karigars;
        this.rates = rates;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run() {
        if (!demo) {
            return;
        }
        if (branches.count() == 0) {
            branches.save(new Branch("HO", "Head office", true, List.of("Counter 1", "Counter 2"))
                    .translated("मुख्य कार्यालय", "मुख्य कार्यालय"));
            branches.save(new Branch("BOR", "Borivali", false, List.of("Counter 1", "Counter 2"))
                    .translated("बोरिवली", "बोरीवली"));
            branches.save(new Branch("DAH", "Dahisar", false, List.of("Counter 1")).translated("दहिसर", "दहिसर"));
        }
        if (karigars.count() == 0) {
            karigar("ramesh", "Ramesh Sonar", List.of("ring", "earring", "pendant"), List.of(Metal.GOLD), "+919820011001");
            karigar("ganesh", "Ganesh Karmakar", List.of("chain", "necklace", "mangalsutra"),
                    List.of(Metal.GOLD, Metal.PLATINUM), "+919820011002");
            karigar("salim", "Salim Shaikh", List.of("anklet", "bracelet", "ring", "chain"), List.of(Metal.SILVER),
                    "+919820011003");
            karigar("bapu", "Bapu Pawar", List.of("bangle", "bracelet", "ring", "other"), List.of(Metal.GOLD, Metal.PLATINUM),
                    "+919820011004");
            log.info("Demo jewelry masters: 3 branches, 4 karigars");
        }
        var today = clock.today();
        if (rates.findByDateOrderByMetalAscPurityAsc(today).isEmpty()) {
            rate(Metal.GOLD, "24K", "7250.00");
            rate(Metal.GOLD, "22K", "6650.00");
            rate(Metal.GOLD, "18K", "5440.00");
            rate(Metal.SILVER, "925", "86.50");
            rate(Metal.SILVER, "999", "93.00");
        }
    }

    private void karigar(String id, String name, List<String> skills, List<Metal> metals, String phone) {
        karigars.save(new Karigar(id, name, skills, metals, phone, null, "system", clock.now()));
    }

    private void rate(Metal metal, String purity, String rupees) {
        rates.save(new MetalRate(clock.today(), metal, purity, new BigDecimal(rupees), "system", clock.now()));
    }
}
