package org.recbridge.ui.data;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.recbridge.data.Domain;
import org.recbridge.data.io.DomainSplitter;
import org.recbridge.experiment.DomainSource;
import org.recbridge.experiment.ProjectFile;
import org.recbridge.experiment.ProjectValidator;
import org.recbridge.ui.common.DialogService;
import org.recbridge.ui.common.JobService;
import org.recbridge.ui.common.ProjectPaths;
import org.recbridge.ui.project.ProjectDocument;

/**
 * "Split one data set into two domains by an item attribute": a data set with an item table, a TOKENS or
 * CATEGORICAL item column, and the values that make an item a source or a target item. The data set is
 * imported in a job, which also collects the values each column has; every choice of values is split in a
 * job to show how many interactions each side gets and how many items (with both values) are left out.
 */
public final class SplitViewModel {

    private final ProjectDocument document;
    private final JobService jobs;
    private final DialogService dialogs;
    private final ImportedDomains imported;
    private final ReadOnlyObjectWrapper<Path> dataFile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> itemTable = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    /** Read-only views kept in fields: a wrapper made per call listens weakly and can be collected. */
    private final ObservableList<String> columnsReadOnly = FXCollections.unmodifiableObservableList(columns);
    private final ObservableList<String> values = FXCollections.observableArrayList();
    private final ObservableList<String> valuesReadOnly = FXCollections.unmodifiableObservableList(values);
    private final StringProperty name = new SimpleStringProperty("");
    private final NameSuggestion nameSuggestion = new NameSuggestion(name);
    private final ObjectProperty<String> column = new SimpleObjectProperty<>();
    private final ObjectProperty<String> sourceValue = new SimpleObjectProperty<>();
    private final ObjectProperty<String> targetValue = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<DomainSplitter.SplitResult> split = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canApply;
    /** The imported data set and the values of each column it can be split by; set on the FX thread. */
    private Domain whole;
    private Map<String, List<String>> valuesByColumn = Map.of();
    private ProjectFile.DomainSpec spec;
    /** Counts splits asked for: only the latest choice's counts are shown. */
    private int splitGeneration;

    public SplitViewModel(ProjectDocument document, JobService jobs, DialogService dialogs, ImportedDomains imported) {
        this.document = document;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.imported = imported;
        column.addListener((obs, old, now) -> {
            values.setAll(now == null ? List.of() : valuesByColumn.getOrDefault(now, List.of()));
            sourceValue.set(null);
            targetValue.set(null);
        });
        sourceValue.addListener((obs, old, now) -> trySplit());
        targetValue.addListener((obs, old, now) -> trySplit());
        canApply = Bindings.createBooleanBinding(() -> split.get() != null && !busy.get(), split, busy);
    }

    public void chooseDataFile() {
        dialogs.chooseOpenFile("Interaction file of the data set", DataFiles.FILTERS, document.baseDirectory())
                .ifPresent(this::setDataFile);
    }

    public void chooseItemTable() {
        Path dir = dataFile.get() == null ? document.baseDirectory() : dataFile.get().toAbsolutePath().getParent();
        dialogs.chooseOpenFile("Item table of the data set", DataFiles.FILTERS, dir).ifPresent(this::setItemTable);
    }

    public void setDataFile(Path path) {
        dataFile.set(path);
        nameSuggestion.fileChosen(path);
        load();
    }

    public void setItemTable(Path path) {
        itemTable.set(path);
        load();
    }

    /** Writes the split into the project in place of its sources and target. */
    public void apply() {
        if (!canApply.get()) {
            return;
        }
        ProjectFile.SplitSpec s = new ProjectFile.SplitSpec();
        s.data = spec;
        s.data.name = name.get().isBlank() ? spec.name : name.get().trim(); // the domains are named name/value
        s.column = column.get();
        s.sourceValue = sourceValue.get();
        s.targetValue = targetValue.get();
        document.edit(f -> {
            f.sources.clear();
            f.target = null;
            f.splitDomain = s;
        });
        done.set(true);
    }

    /** Imports the data set with its item table and collects the values of each column a split can use. */
    private void load() {
        whole = null;
        columns.clear();
        column.set(null);
        split.set(null);
        if (dataFile.get() == null || itemTable.get() == null) {
            return;
        }
        ProjectFile.DomainSpec d = new ProjectFile.DomainSpec();
        d.name = DataFiles.suggestedName(dataFile.get());
        d.interactions = ProjectPaths.stored(document, dataFile.get());
        d.items = ProjectPaths.stored(document, itemTable.get());
        DomainSource source = ProjectValidator.domain(document.projectFile(), d, "splitDomain.data");
        busy.set(true);
        error.set("");
        jobs.submit("Import " + d.name, (progress, cancel) -> {
            Domain domain = imported.get(source, progress.stage(0, 1, "importing " + d.name + ": "), cancel);
            Map<String, List<String>> found = new LinkedHashMap<>();
            if (domain.itemFeatures() != null) {
                for (String c : DomainSplitter.splittableColumns(domain.itemFeatures())) {
                    found.put(c, List.copyOf(DomainSplitter.attributeValues(domain.itemFeatures(), c)));
                }
            }
            return new Loaded(domain, found);
        }, loaded -> {
            busy.set(false);
            whole = loaded.domain();
            valuesByColumn = loaded.values();
            spec = d;
            columns.setAll(valuesByColumn.keySet());
            if (columns.isEmpty()) {
                error.set("The item table has no categorical or tokens column to split by.");
            }
        }, failure -> {
            busy.set(false);
            error.set(ImportViewModel.describe(failure));
        }, () -> busy.set(false));
    }

    private record Loaded(Domain domain, Map<String, List<String>> values) {
    }

    private void trySplit() {
        split.set(null);
        outcome.set("");
        String c = column.get();
        String s = sourceValue.get();
        String t = targetValue.get();
        if (whole == null || c == null || s == null || t == null) {
            return;
        }
        Domain data = whole;
        busy.set(true);
        error.set("");
        int generation = ++splitGeneration;
        jobs.submit("Split by " + c, (progress, cancel) -> DomainSplitter.splitByItemAttribute(data, c, s, t),
                result -> {
                    if (generation == splitGeneration) { // a later choice of values has its own split
                        busy.set(false);
                        split.set(result);
                        outcome.set(describe(c, s, t, result));
                    }
                }, failure -> {
                    if (generation == splitGeneration) {
                        busy.set(false);
                        error.set(ImportViewModel.describe(failure));
                    }
                }, () -> busy.set(false));
    }

    /** One sentence on what a split gives each side and what it leaves out. */
    static String describe(String column, String sourceValue, String targetValue, DomainSplitter.SplitResult r) {
        return String.format("Split by %s: source %s gets %,d interactions (%,d items), target %s gets %,d "
                        + "interactions (%,d items); %,d items with both values are left out, %,d interactions "
                        + "belong to neither side.", column, sourceValue, r.source().interactions().size(),
                r.source().interactions().items().size(), targetValue, r.target().interactions().size(),
                r.target().interactions().items().size(), r.itemsInBoth(), r.droppedInteractions());
    }


    public ReadOnlyObjectProperty<Path> dataFileProperty() {
        return dataFile.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> itemTableProperty() {
        return itemTable.getReadOnlyProperty();
    }

    /** The item columns a split can use (TOKENS or CATEGORICAL). */
    public ObservableList<String> columns() {
        return columnsReadOnly;
    }

    /** The values items have in the chosen column. */
    public ObservableList<String> values() {
        return valuesReadOnly;
    }

    /** The data set's name; the two domains are called name/sourceValue and name/targetValue. */
    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<String> columnProperty() {
        return column;
    }

    public ObjectProperty<String> sourceValueProperty() {
        return sourceValue;
    }

    public ObjectProperty<String> targetValueProperty() {
        return targetValue;
    }

    /** The split of the current choice, or null until the values are chosen and split. */
    public ReadOnlyObjectProperty<DomainSplitter.SplitResult> splitProperty() {
        return split.getReadOnlyProperty();
    }

    /** The counts of the current split in a sentence; empty when there is none. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public BooleanBinding canApplyProperty() {
        return canApply;
    }
}
