package com.orderflow.operations.process;

import static com.orderflow.operations.process.OperationsProcesses.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.orderflow.operations.BackupDesk;
import com.orderflow.operations.BackupSettings;
import com.orderflow.operations.Manifest;
import com.orderflow.operations.OffsiteCopy;
import com.orderflow.operations.OffsiteStores;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.S3MockServer;
import com.orderflow.support.StartedBy;
import com.orderflow.support.TestOrders;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

/**
 * Every path of nightly-backup.bpmn, on the tests' real PostgreSQL: the nightly timer and Back up now
 * make an archive of the live database and the files that a PostgreSQL starts on by itself with the
 * same data; an archive is encrypted and uploaded to an S3-compatible server (S3Mock); a backup
 * folder that cannot be written and an unreachable bucket each give the admin a task, keep what was
 * there, and go on when the admin has put it right.
 */
@OrderflowSpringTest
class NightlyBackupProcessTest {
    private static final CurrentUser OWNER = TestOrders.OWNER;

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    BackupDesk desk;
    @Autowired
    BackupSettings settings;
    @Autowired
    OffsiteCopy offsite;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    com.orderflow.orders.OrderService orders;

    private BackupSettings.Offsite configured;

    @BeforeEach
    void init() throws IOException {
        AbstractAssertions.init(engine);
        configured = OffsiteStores.current(offsite);
        Files.createDirectories(settings.dataFolder().resolve("print-queue"));
        Files.writeString(settings.dataFolder().resolve("print-queue/slip-of-the-day.pdf"), "%PDF slip");
        if (Files.isRegularFile(settings.folder())) {
            Files.delete(settings.folder());
        }
    }

    @AfterEach
    void putBack() {
        OffsiteStores.use(offsite, configured);
    }

    @Test
    void backUpNowCopiesTheLiveDatabaseAndFilesIntoAnArchiveAPostgresStartsOnWithTheSameData() throws Exception {
        orders.create(TestOrders.homeDelivery(), TestOrders.BILLER);
        ProcessInstance backup = started(desk.backUpNow(OWNER));
        assertThat(backup).isWaitingAt(SERVICE_MAKE_BACKUP);
        long ordersAtBackup = jdbc.queryForObject("SELECT COUNT(*) FROM customer_order", Long.class);
        String lastOrder = jdbc.queryForObject("SELECT MAX(order_number) FROM customer_order", String.class);
        runJob(backup);

        assertThat(backup).hasPassed(SERVICE_MAKE_BACKUP).isEnded().hasPassed(END_BACKED_UP);
        Path archive = settings.folder().resolve((String) historicVariable(backup, VAR_ARCHIVE));
        Manifest manifest = OffsiteStores.verify(archive);
        assertTrue(manifest.entries().stream().anyMatch(e -> e.path().equals("files/print-queue/slip-of-the-day.pdf")),
                "the files folder is in it");
        assertTrue(manifest.entries().stream().noneMatch(e -> e.path().startsWith("files/backups")), "not the backups themselves");

        Path restored = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "restored-");
        OffsiteStores.extract(archive, restored.resolve("data"), restored.resolve("files"));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(restored.resolve("data"))
                .setCleanDataDirectory(false).setRegisterShutdownHook(false).start();
                Connection connection = postgres.getPostgresDatabase().getConnection();
                ResultSet result = connection.createStatement().executeQuery(
                        "SELECT COUNT(*), MAX(order_number) FROM customer_order")) {
            result.next();
            assertEquals(ordersAtBackup, result.getLong(1), "the copy holds every order of the backup's moment");
            assertEquals(lastOrder, result.getString(2));
        }
        assertEquals("%PDF slip", Files.readString(restored.resolve("files/print-queue/slip-of-the-day.pdf")));
    }

    @Test
    void theNightlyTimerBacksUpAtTwoInTheShopsZone() {
        Job timer = management.createJobQuery().processDefinitionKey(BACKUP_KEY).timers().singleResult();
        assertEquals(LocalTime.of(2, 0), timer.getDuedate().toInstant().atZone(ZoneId.of("Asia/Kolkata")).toLocalTime());
        management.executeJob(timer.getId());
        ProcessInstance backup = StartedBy.running(engine, START_NIGHTLY_BACKUP);
        runJob(backup);
        assertThat(backup).hasPassed(START_NIGHTLY_BACKUP, SERVICE_MAKE_BACKUP, END_BACKED_UP).isEnded();
    }

    @Test
    void aBackupFolderThatCannotBeWrittenGivesTheAdminATaskAndTryingAgainAfterTheFixMakesTheArchive() throws Exception {
        blockBackupsFolder();
        ProcessInstance given = started(desk.backUpNow(OWNER));
        runJob(given);
        Task task = task(given, TASK_BACKUP_FAILED);
        assertTrue(String.valueOf(tasks.getVariable(task.getId(), VAR_BACKUP_PROBLEM)).contains(settings.folder().toString()),
                "the task says which folder");
        tasks.complete(task.getId(), Map.of(VAR_TRY_AGAIN, false));
        assertThat(given).hasPassed(END_BACKUP_LEFT).isEnded();

        ProcessInstance fixed = started(desk.backUpNow(OWNER));
        runJob(fixed);
        Task again = task(fixed, TASK_BACKUP_FAILED);
        Files.delete(settings.folder());
        Files.createDirectories(settings.folder());
        tasks.complete(again.getId(), Map.of(VAR_TRY_AGAIN, true));
        runJob(fixed);
        assertThat(fixed).hasPassed(END_BACKED_UP).isEnded();
        assertEquals(1, archives().size(), "the archive was made once the folder could be written");
    }

    @Test
    void eachArchiveIsEncryptedAndUploadedAndAFailedUploadKeepsTheArchiveAndGivesTheAdminATask() throws Exception {
        try (S3MockServer s3 = S3MockServer.start(OffsiteStores.BUCKET)) {
            BackupSettings.Offsite store = OffsiteStores.at(s3.endpoint(), 2);
            OffsiteStores.use(offsite, store);
            ProcessInstance uploaded = started(desk.backUpNow(OWNER));
            runJob(uploaded);
            assertThat(uploaded).isWaitingAt(SERVICE_COPY_OFFSITE);
            runJob(uploaded);
            assertThat(uploaded).hasPassed(SERVICE_COPY_OFFSITE, END_BACKED_UP_OFFSITE).isEnded();
            String name = (String) historicVariable(uploaded, VAR_ARCHIVE);
            Path archive = settings.folder().resolve(name);
            assertArrayEquals(Files.readAllBytes(archive), downloadAndDecrypt(store, "shop-1/" + name + ".enc"),
                    "the off-site copy decrypts to the archive");

            // the bucket cannot be reached: tried twice, then the admin's task; the archive stays
            OffsiteStores.use(offsite, OffsiteStores.at("http://127.0.0.1:" + S3MockServer.freePort(), 2));
            ProcessInstance failed = started(desk.backUpNow(OWNER));
            runJob(failed);
            runJob(failed);
            Task task = task(failed, TASK_OFFSITE_FAILED);
            String problem = String.valueOf(tasks.getVariable(task.getId(), VAR_OFFSITE_PROBLEM));
            String failedName = (String) runtime.getVariable(failed.getId(), VAR_ARCHIVE);
            assertTrue(problem.contains("failed 2 times") && problem.contains(failedName), problem);
            assertTrue(Files.isRegularFile(settings.folder().resolve(failedName)), "the local archive is kept");

            OffsiteStores.use(offsite, store);
            tasks.complete(task.getId(), Map.of(VAR_TRY_AGAIN, true));
            runJob(failed);
            assertThat(failed).hasPassed(END_BACKED_UP_OFFSITE).isEnded();
            assertArrayEquals(Files.readAllBytes(settings.folder().resolve(failedName)),
                    downloadAndDecrypt(store, "shop-1/" + failedName + ".enc"));

            OffsiteStores.use(offsite, OffsiteStores.at("http://127.0.0.1:" + S3MockServer.freePort(), 1));
            ProcessInstance leftAlone = started(desk.backUpNow(OWNER));
            runJob(leftAlone);
            runJob(leftAlone);
            tasks.complete(task(leftAlone, TASK_OFFSITE_FAILED).getId(), Map.of(VAR_TRY_AGAIN, false));
            assertThat(leftAlone).hasPassed(END_OFFSITE_LEFT).isEnded();
        }
    }

    private byte[] downloadAndDecrypt(BackupSettings.Offsite store, String key) throws Exception {
        Path encrypted = Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "download-", ".enc");
        Path plain = Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "download-", ".zip");
        Files.delete(encrypted);
        try (S3Client s3 = OffsiteStores.client(store)) {
            s3.getObject(GetObjectRequest.builder().bucket(store.bucket()).key(key).build(), ResponseTransformer.toFile(encrypted));
        }
        OffsiteStores.decrypt(encrypted, plain);
        return Files.readAllBytes(plain);
    }

    /** The backups folder's path taken by a plain file: no folder can be made there. */
    private void blockBackupsFolder() throws IOException {
        Path folder = settings.folder();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
        Files.writeString(folder, "not a folder");
    }

    private List<String> archives() throws IOException {
        if (!Files.isDirectory(settings.folder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(settings.folder())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".zip")).toList();
        }
    }

    private ProcessInstance started(String id) {
        return runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private void runJob(ProcessInstance instance) {
        Job job = management.createJobQuery().processInstanceId(instance.getId()).singleResult();
        management.executeJob(job.getId());
    }

    private Task task(ProcessInstance instance, String key) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    }

    private Object historicVariable(ProcessInstance instance, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(name).singleResult().getValue();
    }
}
