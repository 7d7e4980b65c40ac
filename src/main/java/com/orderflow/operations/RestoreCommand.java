package com.orderflow.operations;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * {@code java -jar orderflow.jar --restore=<archive>}: restores an archive with the app stopped and
 * exits, without starting the app or its database. Folders and the key are read as the app reads
 * them (its application.yaml, the environment, the other command-line options), so that the restore
 * lands where the next start looks.
 */
public final class RestoreCommand {
    public static final String OPTION = "--restore=";
    static final int OK = 0;
    static final int REFUSED = 2;
    static final int FAILED = 1;

    private RestoreCommand() {
    }

    /** The archive named on the command line, if the app was started to restore one. */
    public static Optional<String> archiveIn(String[] args) {
        return Arrays.stream(args).filter(arg -> arg.startsWith(OPTION)).map(arg -> arg.substring(OPTION.length()))
                .findFirst();
    }

    /** Runs the restore; returns the process's exit code (0 restored, 2 refused, 1 failed). */
    public static int run(String archive, String[] args, PrintStream out, PrintStream err) {
        Binder settings;
        try {
            settings = settingsOf(args);
        } catch (IOException e) {
            err.println("Could not read the app's settings: " + e.getMessage());
            return FAILED;
        }
        BackupSettings backup = settings.bindOrCreate("orderflow.operations", Bindable.of(BackupSettings.class));
        Path databaseFolder = settings.bind("orderflow.database.embedded.folder", Bindable.of(Path.class))
                .orElse(Path.of("./data/postgres"));
        Restore restore = new Restore(backup.dataFolder(), databaseFolder, backup.folder(), backup.offsite().key());
        out.println("Restoring " + archive + " into " + databaseFolder.toAbsolutePath().normalize() + " and "
                + backup.dataFolder().toAbsolutePath().normalize() + " ...");
        try {
            Restore.Restored restored = restore.run(Path.of(archive));
            out.printf("Restored the backup made at %s by orderflow %s in %.1f s.%n", restored.manifest().shopTime(),
                    restored.manifest().appVersion(), restored.took().toMillis() / 1000.0);
            out.println("The data it replaced is kept in " + restored.setAside() + " (delete it once you are satisfied).");
            out.println("Start orderflow as usual: on its first start it checks the restored data against its "
                    + "processes (Operations > Backups).");
            return OK;
        } catch (BadArchiveException | RestoreRefusedException e) {
            err.println("Not restored: " + e.getMessage());
            err.println("Nothing was changed.");
            return REFUSED;
        } catch (IOException | RuntimeException e) {
            err.println("The restore failed: " + e);
            return FAILED;
        }
    }

    /** The app's own settings without starting it: command line, then environment, then application.yaml. */
    private static Binder settingsOf(String[] args) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(
                Arrays.stream(args).filter(arg -> !arg.startsWith(OPTION)).toArray(String[]::new)));
        for (var source : new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml"))) {
            environment.getPropertySources().addLast(source);
        }
        return Binder.get(environment);
    }
}
