package com.orderflow.platform.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.orderflow.support.ChildApp;
import com.orderflow.support.StaffClient;
import com.orderflow.support.StaffClient.Answer;

/**
 * A restart in shop hours (issue 13.5): fifty tills keep trying a counter sale while the app starts on
 * an empty folder and fills its demo data. The app comes up and stays up, and every till's sale is
 * served once, with the users and the catalogue already there: no sale is refused because the
 * start-up work had not finished, and none fails.
 */
class StartUnderLoadTest {
    private static final int TILLS = 50;
    // demo counter stock: 20, 40, 30 and 25 packs; fifty sales of one pack spread over them all fit
    private static final List<String> SKUS = List.of("KK-500", "KAR-250", "CHK-500", "BES-250");

    @Test
    void theAppComesUpWhileFiftyTillsTryToSellAndServesEveryOne() throws Exception {
        Map<Integer, Answer> answers = new ConcurrentHashMap<>();
        AtomicInteger refusedConnections = new AtomicInteger();
        try (ChildApp app = ChildApp.inNewFolder("start-under-load", "--spring.profiles.active=demo")) {
            List<Thread> tills = new ArrayList<>();
            for (int i = 0; i < TILLS; i++) {
                int till = i;
                Thread thread = new Thread(() -> sellOnce(app, till, answers, refusedConnections), "till-" + i);
                tills.add(thread);
                thread.start();
            }
            app.start().awaitUp(Duration.ofMinutes(3));
            for (Thread till : tills) {
                till.join(Duration.ofMinutes(2).toMillis());
            }
            assertTrue(app.isAlive(), "the app is still running:\n" + app.logTail());
            System.out.printf("start under load: %d sales served, %d connection attempts refused while starting%n",
                    answers.size(), refusedConnections.get());
            assertEquals(TILLS, answers.size(), "every till got an answer");
            List<String> failed = answers.entrySet().stream().filter(e -> e.getValue().status() != 201)
                    .map(e -> "till " + e.getKey() + ": " + e.getValue().status() + " " + e.getValue().text()).toList();
            assertEquals(List.of(), failed, "sales not served");
        }
    }

    /** Tries until the app answers (a refused connection is the app not listening yet), then records that answer. */
    private static void sellOnce(ChildApp app, int till, Map<Integer, Answer> answers, AtomicInteger refused) {
        StaffClient biller = new StaffClient(app.baseUrl(), "biller");
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                answers.put(till, biller.post("/api/counter-sales",
                        Map.of("lines", List.of(Map.of("code", SKUS.get(till % SKUS.size()), "quantity", 1)),
                                "paymentMode", "cash")));
                return;
            } catch (UncheckedIOException notListening) {
                refused.incrementAndGet();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
