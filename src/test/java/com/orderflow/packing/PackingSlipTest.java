package com.orderflow.packing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * The packing slip (K2) as the godown gets it: claiming "Pack order" puts a PDF in the printer
 * folder that reads back with the order number, a scannable Code 128 of it, the items, the batches
 * to pick, the net weight and the packer; a printer that fails loses nothing and can print again.
 */
@OrderflowSpringTest
class PackingSlipTest {
    @Autowired
    OrderService orders;
    @Autowired
    TaskService tasks;
    @Autowired
    PackingService packing;
    @Autowired
    PackingProperties properties;
    @Autowired
    AuditLog audit;

    private Task packTask(String number) {
        return tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(OrderFulfilmentProcess.TASK_PACK).singleResult();
    }

    /** The slip file of an order, removed first: order numbers start again with each test database. */
    private Path slipFile(String number, int slipNo) throws Exception {
        Path file = properties.printerFolder().resolve(number + "-packing-slip-" + slipNo + ".pdf");
        if (Files.isDirectory(file)) {
            try (var inside = Files.list(file)) {
                for (Path p : inside.toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.deleteIfExists(file);
        return file;
    }

    @Test
    void claimingThePackTaskPrintsASlipThatReadsBackWithItsBarcode() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        Path file = slipFile(number, 1);

        tasks.claim(packTask(number).getId(), "packer");

        assertTrue(Files.exists(file), "the slip is in the printer folder as soon as the claim is saved");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(file))) {
            String text = new PDFTextStripper().getText(pdf);
            for (String expected : List.of("Packing slip - order " + number, "Customer: Sita Rao, Dahisar East",
                    "Kaju Katli 1 kg × 2", "Ukadiche Modak 500 g × 1",
                    "Kaju Katli 1 kg: batch TEST-KK-1KG", "Ukadiche Modak 500 g: batch TEST-MOD-500",
                    "Net weight: 2,500 g", "Packer: packer")) {
                assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
            }
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 300, ImageType.GRAY);
            Result barcode = new MultiFormatReader().decode(
                    new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                    Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128),
                            DecodeHintType.TRY_HARDER, true));
            assertEquals(BarcodeFormat.CODE_128, barcode.getBarcodeFormat());
            assertEquals(number, barcode.getText());
        }
        PackingSlipView slip = packing.slipsOf(number, TestOrders.PACKER).get(0);
        assertEquals("packer", slip.packer());
        assertNotNull(slip.printedAt());
        assertNull(slip.printProblem());
    }

    @Test
    void aPrinterFailureKeepsTheClaimAndTheSlipCanBePrintedAgain() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        Path file = slipFile(number, 1);
        // a printer that cannot take the file: a folder stands where the slip must go
        Files.createDirectories(file.resolve("jam"));
        String taskId = packTask(number).getId();

        tasks.claim(taskId, "packer");

        assertEquals("packer", tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee(),
                "the packer keeps his task");
        PackingSlipView failed = packing.slipsOf(number, TestOrders.PACKER).get(0);
        assertNull(failed.printedAt());
        assertNotNull(failed.printProblem());
        assertTrue(audit.storyOf(number).stream().anyMatch(e -> e.action().equals("PACKING_SLIP_NOT_PRINTED")));

        slipFile(number, 1);
        Path again = slipFile(number, 2);
        PackingSlipView reprint = packing.printAgain(number, TestOrders.PACKER);
        assertEquals(2, reprint.slipNo());
        assertTrue(Files.exists(again));
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(again))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Packer: packer") && text.contains("batch TEST-KK-1KG"), text);
        }
        assertNotNull(packing.slipsOf(number, TestOrders.PACKER).get(1).printedAt());
    }
}
