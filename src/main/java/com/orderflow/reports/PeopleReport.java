package com.orderflow.reports;

import static com.orderflow.reports.ReportTable.Kind.COUNT;
import static com.orderflow.reports.ReportTable.Kind.LABEL;
import static com.orderflow.reports.ReportTable.Kind.PERCENT;
import static com.orderflow.reports.ReportTable.Kind.TEXT;
import static com.orderflow.reports.ReportTable.Kind.TIME;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;

import com.orderflow.platform.Roles;
import com.orderflow.platform.security.CurrentUser;

/**
 * People (F1, F4): per packer, biller and delivery boy, the tasks they completed in the range with
 * the median and 90th percentile of queue time (created → claimed) and work time (claimed →
 * completed) from the engine's task history, per step too; on-time deliveries, returns counted
 * against them ({@code orderflow.reports.return-causes}), and their open load right now (tasks
 * assigned to them, open stops on their runs), and how many of the orders they delivered or packed
 * customers rated, and rated below 4 ({@link RatingFacts}). "My work" is the same for the signed-in
 * person only.
 */
@Service
public class PeopleReport {
    private static final List<String> ROLE_ORDER = List.of(Roles.PACKER, Roles.BILLER, Roles.DELIVERY);

    private final ReportData data;
    private final ShopNow now;
    private final TaskService tasks;
    private final IdentityService identity;
    private final ProcessNames names;
    private final RatingFacts ratings;

    PeopleReport(ReportData data, ShopNow now, TaskService tasks, IdentityService identity, ProcessNames names,
            RatingFacts ratings) {
        this.ratings = ratings;
        this.data = data;
        this.now = now;
        this.tasks = tasks;
        this.identity = identity;
        this.names = names;
    }

    /** Everybody's figures (admin, order manager). */
    public Report report(ReportRange range, CurrentUser user) {
        ReportPermissions.check(user, ReportPermissions.Action.VIEW_SHOP);
        return build("people", range, null);
    }

    /** The signed-in person's own figures, nobody else's. */
    public Report myWork(ReportRange range, CurrentUser user) {
        ReportPermissions.check(user, ReportPermissions.Action.VIEW_OWN);
        return build("my-work", range, user.id());
    }

    private Report build(String id, ReportRange range, String only) {
        ReportData.RowFilter taskKinds = ReportData.RowFilter.keyIn(DayTable.DURATION, 0,
                List.of(Aggregator.TASK_QUEUE, Aggregator.TASK_WORK));
        ReportData.RowFilter people = ReportData.RowFilter.all();
        if (only != null) {
            taskKinds = taskKinds.and(ReportData.RowFilter.keyIn(DayTable.DURATION, 3, List.of(only)));
            people = ReportData.RowFilter.keyIn(DayTable.PERSON, 0, List.of(only));
        }
        Map<String, Times> perPerson = new TreeMap<>();
        Map<List<String>, Times> perStep = new TreeMap<>((a, b) -> String.join("|", a).compareTo(String.join("|", b)));
        ReportData.View view = data.view(range);
        for (DayRow row : view.rows(DayTable.DURATION, range, false, taskKinds)) {
            boolean queue = Aggregator.TASK_QUEUE.equals(row.key(0));
            perPerson.computeIfAbsent(row.key(3), p -> new Times()).add(row.histogram, queue);
            perStep.computeIfAbsent(List.of(row.key(3), row.key(1), row.key(2)), k -> new Times()).add(row.histogram, queue);
        }
        Map<String, DayRow> outcomes = new TreeMap<>();
        view.rows(DayTable.PERSON, range, false, people).forEach(row -> outcomes.put(row.key(0), row));
        Map<String, Long> openStops = now.openStops();
        TreeSet<String> everyone = new TreeSet<>(perPerson.keySet());
        everyone.addAll(outcomes.keySet());
        Map<String, RatingFacts.Counts> rated = ratings.perPerson(range);
        if (only != null) {
            everyone.add(only);
        } else {
            everyone.addAll(openStops.keySet());
            everyone.addAll(rated.keySet());
        }
        TableBuilder table = new TableBuilder("people").column("person", TEXT).column("role", LABEL)
                .column("tasksDone", COUNT).column("queueP50", TIME).column("queueP90", TIME).column("workP50", TIME)
                .column("workP90", TIME).column("delivered", COUNT).column("onTime", PERCENT)
                .column("returnsCaused", COUNT).column("openNow", COUNT).column("rated", COUNT)
                .column("ratedLow", COUNT);
        List<Number> done = new ArrayList<>();
        for (String person : everyone) {
            Times times = perPerson.getOrDefault(person, new Times());
            DayRow outcome = outcomes.get(person);
            long delivered = outcome == null ? 0 : outcome.count("delivered");
            long open = tasks.createTaskQuery().taskAssignee(person).count() + openStops.getOrDefault(person, 0L);
            table.row(person, "reports.role." + roleOf(person), times.work.count(), p(times.queue, 0.5), p(times.queue, 0.9),
                    p(times.work, 0.5), p(times.work, 0.9), delivered,
                    outcome == null ? null : TableBuilder.percent(outcome.count("delivered_on_time"),
                            outcome.count("delivered_promised")),
                    outcome == null ? 0L : outcome.count("returns_caused"), open,
                    rated.getOrDefault(person, new RatingFacts.Counts(0, 0)).rated(),
                    rated.getOrDefault(person, new RatingFacts.Counts(0, 0)).low());
            done.add(times.work.count());
        }
        TableBuilder steps = new TableBuilder("steps").column("person", TEXT).column("step", TEXT)
                .column("tasksDone", COUNT).column("queueP50", TIME).column("queueP90", TIME).column("workP50", TIME)
                .column("workP90", TIME);
        perStep.forEach((key, times) -> steps.row(key.get(0), names.name(key.get(1), key.get(2)), times.work.count(),
                p(times.queue, 0.5), p(times.queue, 0.9), p(times.work, 0.5), p(times.work, 0.9)));
        Report.Chart chart = new Report.Chart("bar", List.copyOf(everyone), false,
                List.of(new Report.Dataset("reports.col.tasksDone", done, false)));
        return new Report(id, range, List.of(table.build(), steps.build()), chart,
                perPerson.isEmpty() && outcomes.isEmpty(), List.of("reports.note.people"));
    }

    /** packer, biller or delivery by the person's groups (in that order), else other. */
    private String roleOf(String person) {
        List<String> groups = identity.createGroupQuery().groupMember(person).list().stream().map(Group::getId).toList();
        return ROLE_ORDER.stream().filter(groups::contains).findFirst().orElse("other");
    }

    private static ReportTable.Time p(Histogram histogram, double p) {
        return ReportTable.Time.of(histogram.percentile(p));
    }

    /** A person's (or step's) queue and work times merged over the range. */
    private static final class Times {
        final Histogram queue = new Histogram();
        final Histogram work = new Histogram();

        void add(Histogram histogram, boolean isQueue) {
            (isQueue ? queue : work).merge(histogram, 1);
        }
    }
}
