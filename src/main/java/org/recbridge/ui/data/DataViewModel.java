package org.recbridge.ui.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.recbridge.analysis.diagnostics.DomainStats;
import org.recbridge.data.Domain;
import org.recbridge.data.Linking;
import org.recbridge.data.Overlap;
import org.recbridge.data.io.DomainSplitter;
import org.recbridge.experiment.DomainSource;
import org.recbridge.experiment.ProjectFile;
import org.recbridge.experiment.ProjectDatasets;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.experiment.ProjectValidator;
import org.recbridge.ui.common.ChartExports;
import org.recbridge.ui.common.DialogService;
import org.recbridge.ui.common.JobService;
import org.recbridge.ui.project.ProjectDocument;
import org.recbridge.util.CancelToken;
import org.recbridge.util.CancelledException;
import org.recbridge.util.ProgressListener;

/**
 * The data screen: the project's domains with their counts and rating histograms, and what each source
 * shares with the target. Summaries come from importing the domains in a job, again whenever the project's
 * data changes (not when only the experiment settings change); a domain that fails to import shows why.
 */
public final class DataViewModel {
    private final ProjectDocument document;
    private final JobService jobs;
    private final DialogService dialogs;
    private final ImportedDomains imported;
    private final ChartExports exports;
    private final ObservableList<DomainSummary> domains = FXCollections.observableArrayList();
    /** Read-only views kept in fields: a wrapper made per call listens weakly and can be collected. */
    private final ObservableList<DomainSummary> domainsReadOnly = FXCollections.unmodifiableObservableList(domains);
    private final ObservableList<Overlap> overlaps = FXCollections.observableArrayList();
    private final ObservableList<Overlap> overlapsReadOnly = FXCollections.unmodifiableObservableList(overlaps);
    private final ReadOnlyStringWrapper splitNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    /** What the shown summaries were computed from; a project edit that leaves it unchanged needs no import. */
    private String summarised;
    private JobService.Handle job;
    /** Counts summaries asked for, so one replaced by a newer one changes nothing when it ends. */
    private int jobGeneration;

    /** {@code imported}: this session's imports, which the runs, diagnostics and learning curves share. */
    public DataViewModel(ProjectDocument document, JobService jobs, DialogService dialogs, ImportedDomains imported) {
        this.document = document;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.imported = imported;
        this.exports = new ChartExports(dialogs, jobs, document::baseDirectory);
        document.revisionProperty().addListener((obs, old, now) -> refresh());
        // a run downloads the public data sets the project names: their counts can be shown now
        document.resultsProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    /**
     * The import dialog's model for a new source or the target, or empty when the person would rather keep
     * the project's split data set.
     */
    public Optional<ImportViewModel> prepareImport(DomainSlot slot) {
        if (document.file().splitDomain != null && !dialogs.confirm("Import separate domains",
                "This project splits one data set into a source and a target. Importing separate domains "
                        + "replaces the split. Continue?")) {
            return Optional.empty();
        }
        return Optional.of(new ImportViewModel(document, jobs, dialogs, slot, imported));
    }

    /** The split dialog's model, or empty when the person would rather keep the project's separate domains. */
    public Optional<SplitViewModel> prepareSplit() {
        ProjectFile f = document.file();
        if ((!f.sources.isEmpty() || f.target != null) && !dialogs.confirm("Split one data set",
                "Splitting one data set into two domains replaces the project's sources and target. Continue?")) {
            return Optional.empty();
        }
        return Optional.of(new SplitViewModel(document, jobs, dialogs, imported));
    }

    /** Removes the source at {@code index} after asking. */
    public void removeSource(int index) {
        ProjectFile.DomainSpec spec = document.file().sources.get(index);
        if (dialogs.confirm("Remove source", "Remove the source domain \"" + label(spec, "sources[" + index + "]")
                + "\" from the project? Its files stay where they are.")) {
            document.edit(f -> f.sources.remove(index));
        }
    }

    private void refresh() {
        ProjectFile copy = ProjectIO.copy(document.file());
        Path projectFile = document.projectFile();
        String key = dataKey(copy, projectFile);
        if (key.equals(summarised)) {
            return;
        }
        summarised = key;
        if (job != null) {
            job.cancel();
        }
        int generation = ++jobGeneration;
        if (copy.sources.isEmpty() && copy.target == null && copy.splitDomain == null) {
            busy.set(false);
            show(new DataSummary(List.of(), List.of(), null));
            status.set("No data yet: add a source and a target, or split one data set.");
            return;
        }
        busy.set(true);
        status.set("Importing the project's data…");
        job = jobs.submit("Summarise data", (progress, cancel) -> summarise(copy, projectFile, progress, cancel),
                summary -> {
                    if (generation == jobGeneration) {
                        busy.set(false);
                        status.set("");
                        show(summary);
                    }
                }, failure -> {
                    if (generation == jobGeneration) {
                        busy.set(false);
                        status.set(ImportViewModel.describe(failure));
                    }
                }, () -> {
                    if (generation == jobGeneration) { // cancelled by the person, not replaced
                        busy.set(false);
                        status.set("Import cancelled; the summaries come back with the next change to the data.");
                        summarised = null;
                    }
                });
    }

    /** Runs in the job: imports (or finds) every domain and counts; never touches the open project. */
    private DataSummary summarise(ProjectFile f, Path projectFile, ProgressListener progress, CancelToken cancel) {
        double like = f.task.likeThreshold;
        Set<DomainSource> inUse = new HashSet<>();
        List<DomainSummary> out = new ArrayList<>();
        List<Domain> sources = new ArrayList<>();
        Domain target = null;
        String note = null;
        if (f.splitDomain != null) {
            ProjectFile.SplitSpec s = f.splitDomain;
            String files = files(s.data);
            String importing = "importing " + label(s.data, "the data set");
            progress.progress(0, importing);
            try {
                DomainSource whole = ProjectValidator.domain(projectFile, s.data, "splitDomain.data");
                inUse.add(whole);
                String pending = ProjectDatasets.notDownloaded(whole);
                if (pending != null) {
                    out.add(new DomainSummary("split data set", -1, label(s.data, "splitDomain.data"), files, null,
                            pending));
                    return new DataSummary(out, List.of(), null);
                }
                DomainSplitter.SplitResult split = DomainSplitter.splitByItemAttribute(
                        imported.get(whole, progress.stage(0, 1, importing + ": "), cancel), s.column,
                        s.sourceValue, s.targetValue);
                sources.add(split.source());
                target = split.target();
                out.add(new DomainSummary("source", -1, split.source().name(), files, DomainStats.of(split.source(), like), null));
                out.add(new DomainSummary("target", -1, split.target().name(), files, DomainStats.of(target, like), null));
                note = SplitViewModel.describe(s.column, s.sourceValue, s.targetValue, split);
            } catch (CancelledException e) {
                throw e;
            } catch (Exception e) {
                out.add(new DomainSummary("split data set", -1, label(s.data, "splitDomain.data"), files, null,
                        ImportViewModel.describe(e)));
            }
        } else {
            for (int i = 0; i < f.sources.size(); i++) {
                cancel.check();
                String importing = "importing " + label(f.sources.get(i), "source");
                progress.progress(i / (f.sources.size() + 1.0), importing);
                ProgressListener stage = progress.stage(i / (f.sources.size() + 1.0),
                        (i + 1) / (f.sources.size() + 1.0), importing + ": ");
                Domain d = summariseOne(projectFile, f.sources.get(i), "source", i, "sources[" + i + "]", like, out,
                        inUse, stage, cancel);
                if (d != null) {
                    sources.add(d);
                }
            }
            if (f.target != null) {
                cancel.check();
                String importing = "importing " + label(f.target, "target");
                progress.progress(f.sources.size() / (f.sources.size() + 1.0), importing);
                target = summariseOne(projectFile, f.target, "target", -1, "target", like, out, inUse,
                        progress.stage(f.sources.size() / (f.sources.size() + 1.0), 1, importing + ": "), cancel);
            }
        }
        imported.keepOnly(inUse);
        Linking linking = f.linking == null ? Linking.DEFAULT : f.linking.orDefault();
        return new DataSummary(out, target == null ? List.of() : Overlap.of(sources, target, linking), note);
    }

    private Domain summariseOne(Path projectFile, ProjectFile.DomainSpec spec, String role, int index, String field,
                                double like, List<DomainSummary> out, Set<DomainSource> inUse,
                                ProgressListener progress, CancelToken cancel) {
        try {
            DomainSource source = ProjectValidator.domain(projectFile, spec, field);
            inUse.add(source);
            String pending = ProjectDatasets.notDownloaded(source);
            if (pending != null) {
                out.add(new DomainSummary(role, index, label(spec, field), files(spec), null, pending));
                return null;
            }
            Domain d = imported.get(source, progress, cancel);
            out.add(new DomainSummary(role, index, d.name(), files(spec), DomainStats.of(d, like), null));
            return d;
        } catch (CancelledException e) {
            throw e; // the person's cancel, not a problem of this domain
        } catch (Exception e) {
            out.add(new DomainSummary(role, index, label(spec, field), files(spec), null, ImportViewModel.describe(e)));
            return null;
        }
    }

    private void show(DataSummary summary) {
        domains.setAll(summary.domains());
        overlaps.setAll(summary.overlaps());
        splitNote.set(summary.splitNote() == null ? "" : summary.splitNote());
    }

    /**
     * The project's data as JSON plus where it is resolved from, the like threshold the counts use and the public
     * data sets downloaded (a run downloads those a sample names).
     */
    private static String dataKey(ProjectFile f, Path projectFile) {
        ProjectFile data = new ProjectFile();
        data.sources = f.sources;
        data.target = f.target;
        data.splitDomain = f.splitDomain;
        data.linking = f.linking;
        data.task.likeThreshold = f.task.likeThreshold;
        return projectFile + "\n" + ProjectIO.toJson(data) + "\n" + ProjectDatasets.downloaded();
    }

    private static String files(ProjectFile.DomainSpec spec) {
        List<String> files = new ArrayList<>();
        files.add(spec.interactions);
        if (spec.users != null) {
            files.add("users: " + spec.users);
        }
        if (spec.items != null) {
            files.add("items: " + spec.items);
        }
        return String.join(", ", files);
    }

    private static String label(ProjectFile.DomainSpec spec, String field) {
        return spec.name != null ? spec.name : field;
    }

    public ObservableList<DomainSummary> domains() {
        return domainsReadOnly;
    }

    /** One per source, against the target; empty until the target is imported. */
    public ObservableList<Overlap> overlaps() {
        return overlapsReadOnly;
    }

    public ReadOnlyStringProperty splitNoteProperty() {
        return splitNote.getReadOnlyProperty();
    }

    /** What the screen is doing or why it shows nothing; empty when the summaries are shown. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The rating histogram of a domain's card; null when the domain has no ratings (implicit feedback). */
    public RatingHistogramModel histogram(DomainSummary domain) {
        return domain.stats() == null || domain.stats().ratingHistogram().isEmpty() ? null
                : new RatingHistogramModel(domain.stats());
    }

    public ChartExports exports() {
        return exports;
    }
}
