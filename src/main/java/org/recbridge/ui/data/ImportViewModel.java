package org.recbridge.ui.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.recbridge.data.ColumnRole;
import org.recbridge.data.DataFormatException;
import org.recbridge.data.DuplicatePolicy;
import org.recbridge.data.ImportOptions;
import org.recbridge.data.io.Formats;
import org.recbridge.data.io.TablePreview;
import org.recbridge.experiment.DomainSource;
import org.recbridge.experiment.ProjectFile;
import org.recbridge.experiment.ProjectValidator;
import org.recbridge.ui.common.DialogService;
import org.recbridge.ui.common.JobService;
import org.recbridge.ui.common.ProjectPaths;
import org.recbridge.ui.project.ProjectDocument;

/**
 * The import dialog's state: a file, how to read it (format, roles, side tables, duplicates, bad rows), a
 * preview of its first rows, and the import itself. The import runs in a job; only when it succeeds is the
 * domain written into the project, so an importer error leaves the project exactly as it was and is shown
 * in the dialog ({@link #errorProperty()}) with the file, line and column.
 */
public final class ImportViewModel {
    public static final int PREVIEW_ROWS = 100;
    /** The format choices: detection first, then every importer. */
    public static final List<String> FORMATS = formats();

    private final ProjectDocument document;
    private final JobService jobs;
    private final DialogService dialogs;
    private final DomainSlot slot;
    private final ImportedDomains imported;

    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<String> format = new SimpleObjectProperty<>("auto");
    private final ReadOnlyStringWrapper detectedFormat = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper delimiter = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper encoding = new ReadOnlyStringWrapper("");
    /** Roles the person chose, by column; every other column keeps the importer's detected role. */
    private final ColumnRoles chosenRoles = new ColumnRoles();
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    /** Read-only views kept in fields: a wrapper made per call listens weakly and can be collected. */
    private final ObservableList<ColumnChoice> columnsReadOnly = FXCollections.unmodifiableObservableList(columns);
    private final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
    private final ObservableList<List<String>> previewRowsReadOnly = FXCollections.unmodifiableObservableList(previewRows);
    private final ReadOnlyBooleanWrapper interactionFile = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Path> userTable = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> itemTable = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<DuplicatePolicy> duplicates = new SimpleObjectProperty<>(DuplicatePolicy.KEEP_LAST);
    private final BooleanProperty skipBadRows = new SimpleBooleanProperty();
    private final StringProperty name = new SimpleStringProperty("");
    private final NameSuggestion nameSuggestion = new NameSuggestion(name);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canImport;
    private JobService.Handle previewJob;
    private JobService.Handle importJob;
    /** Set when the dialog is closed without importing: a job still running must not change the project. */
    private boolean abandoned;
    /** Counts previews asked for, so a replaced preview that still finishes changes nothing. */
    private int previewGeneration;

    public ImportViewModel(ProjectDocument document, JobService jobs, DialogService dialogs, DomainSlot slot,
                           ImportedDomains imported) {
        this.document = document;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.slot = slot;
        this.imported = imported;
        format.addListener((obs, old, now) -> {
            chosenRoles.clear(); // another format may name the columns differently
            readPreview();
        });
        canImport = Bindings.createBooleanBinding(() -> file.get() != null && interactionFile.get() && !busy.get()
                && !name.get().isBlank(), file, interactionFile, busy, name);
    }

    /** Asks for the interaction file and previews it. */
    public void chooseFile() {
        dialogs.chooseOpenFile("Interaction file", DataFiles.FILTERS, startDirectory()).ifPresent(this::setFile);
    }

    /** Previews {@code path} with detected roles; the domain name follows the file unless the person typed one. */
    public void setFile(Path path) {
        file.set(path);
        chosenRoles.clear();
        nameSuggestion.fileChosen(path);
        readPreview();
    }

    public void chooseUserTable() {
        dialogs.chooseOpenFile("User side table", DataFiles.FILTERS, startDirectory()).ifPresent(userTable::set);
    }

    public void chooseItemTable() {
        dialogs.chooseOpenFile("Item side table", DataFiles.FILTERS, startDirectory()).ifPresent(itemTable::set);
    }

    public void setUserTable(Path path) {
        userTable.set(path);
    }

    public void setItemTable(Path path) {
        itemTable.set(path);
    }

    /**
     * Gives {@code role} to the named columns and previews again, so the roles shown are the ones the
     * importer will use. A role that only one column can have (user, item, rating, timestamp) moves to that
     * column; asking for it on several columns at once is refused.
     */
    public void setRole(Collection<String> columnNames, ColumnRole role) {
        if (columnNames.isEmpty()) {
            return;
        }
        String refused = chosenRoles.set(columnNames, role);
        if (refused != null) {
            error.set(refused);
            return;
        }
        readPreview();
    }

    /** Imports for real in a job; on success writes the domain into the project and marks the dialog done. */
    public void importDomain() {
        if (!canImport.get()) {
            return;
        }
        String domainName = name.get().trim();
        String clash = nameClash(domainName);
        if (clash != null) {
            error.set(clash);
            return;
        }
        ProjectFile.DomainSpec spec = spec(domainName);
        DomainSource source;
        try {
            source = ProjectValidator.domain(document.projectFile(), spec, slotField());
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        busy.set(true);
        error.set("");
        importJob = jobs.submit("Import " + domainName, (progress, cancel) -> {
            String file = "importing " + source.interactions().getFileName();
            progress.progress(0, file);
            // read the files again: they may have changed since
            return imported.importNow(source, progress.stage(0, 1, file + ": "), cancel);
        }, result -> {
            busy.set(false);
            if (abandoned) {
                return; // the dialog was closed meanwhile: the person no longer wants this domain
            }
            document.edit(this::apply);
            done.set(true);
            result.summaries().forEach(s -> dialogs.notify(domainName + ": " + s.toLine()));
        }, failure -> {
            busy.set(false);
            error.set(describe(failure));
        }, () -> busy.set(false));
    }

    /** The dialog was closed without importing: stops its jobs and keeps any late result out of the project. */
    public void abandon() {
        abandoned = true;
        for (JobService.Handle job : new JobService.Handle[] {previewJob, importJob}) {
            if (job != null) {
                job.cancel();
            }
        }
    }

    private void apply(ProjectFile f) {
        ProjectFile.DomainSpec spec = spec(name.get().trim());
        f.splitDomain = null; // separate domains replace a split data set (the data screen asked first)
        if (slot == DomainSlot.TARGET) {
            f.target = spec;
        } else {
            f.sources.add(spec);
        }
    }

    /** The project entry for this import: paths as the project stores them, only the chosen roles. */
    private ProjectFile.DomainSpec spec(String domainName) {
        ProjectFile.DomainSpec spec = new ProjectFile.DomainSpec();
        spec.name = domainName;
        spec.interactions = ProjectPaths.stored(document, file.get());
        spec.users = userTable.get() == null ? null : ProjectPaths.stored(document, userTable.get());
        spec.items = itemTable.get() == null ? null : ProjectPaths.stored(document, itemTable.get());
        spec.format = format.get();
        chosenRoles.chosen().forEach((column, role) -> spec.roles.put(column, role.name().toLowerCase(Locale.ROOT)));
        spec.duplicates = duplicates.get().name().toLowerCase(Locale.ROOT).replace('_', '-');
        spec.skipBadRows = skipBadRows.get();
        return spec;
    }

    /** Another domain of the project with this name would make results and overlaps ambiguous. */
    private String nameClash(String domainName) {
        ProjectFile f = document.file();
        List<ProjectFile.DomainSpec> others = new ArrayList<>(f.sources);
        if (slot == DomainSlot.NEW_SOURCE && f.target != null) {
            others.add(f.target);
        }
        boolean taken = others.stream().anyMatch(d -> domainName.equals(d.name));
        return taken ? "The project already has a domain named \"" + domainName + "\"; choose another name." : null;
    }

    private String slotField() {
        return slot == DomainSlot.TARGET ? "target" : "sources[" + document.file().sources.size() + "]";
    }

    private void readPreview() {
        Path path = file.get();
        if (path == null) {
            return;
        }
        if (previewJob != null) {
            previewJob.cancel();
        }
        ImportOptions options = new ImportOptions(format.get(), chosenRoles.chosen(), duplicates.get(),
                skipBadRows.get());
        int generation = ++previewGeneration;
        busy.set(true);
        previewJob = jobs.submit("Preview " + path.getFileName(),
                (progress, cancel) -> TablePreview.read(path, options, PREVIEW_ROWS),
                preview -> {
                    if (generation == previewGeneration) {
                        busy.set(false);
                        show(preview);
                    }
                }, failure -> {
                    if (generation == previewGeneration) {
                        busy.set(false);
                        clearPreview();
                        error.set(describe(failure));
                    }
                }, () -> {
                    if (generation == previewGeneration) {
                        busy.set(false);
                    }
                });
    }

    private void show(TablePreview preview) {
        detectedFormat.set(preview.format());
        delimiter.set(preview.delimiterText());
        encoding.set(preview.encoding());
        columns.setAll(chosenRoles.choices(preview));
        previewRows.setAll(preview.rows());
        interactionFile.set(preview.interactions());
        error.set(preview.interactions() ? "" : "No user and item column: give one column the user role and "
                + "one the item role (a side table is added below, not here).");
    }

    private void clearPreview() {
        detectedFormat.set("");
        delimiter.set("");
        encoding.set("");
        columns.clear();
        previewRows.clear();
        interactionFile.set(false);
    }

    /** Importer errors carry their file, line and column in the message; anything else says what it is. */
    static String describe(Throwable failure) {
        if (failure instanceof DataFormatException) {
            return failure.getMessage();
        }
        String message = failure.getMessage();
        return message == null ? failure.getClass().getSimpleName() : message;
    }

    private Path startDirectory() {
        Path current = file.get() != null ? file.get() : document.pathProperty().get();
        return current == null ? null : current.toAbsolutePath().getParent();
    }


    private static List<String> formats() {
        List<String> out = new ArrayList<>(List.of("auto"));
        out.addAll(Formats.ids());
        return List.copyOf(out);
    }

    public DomainSlot slot() {
        return slot;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** "auto" or an importer id; changing it previews again. */
    public ObjectProperty<String> formatProperty() {
        return format;
    }

    /** The format the importer reads the file with (the detected one when the choice is "auto"). */
    public ReadOnlyStringProperty detectedFormatProperty() {
        return detectedFormat.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty delimiterProperty() {
        return delimiter.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty encodingProperty() {
        return encoding.getReadOnlyProperty();
    }

    public ObservableList<ColumnChoice> columns() {
        return columnsReadOnly;
    }

    /** Up to {@value #PREVIEW_ROWS} rows, one value per column. */
    public ObservableList<List<String>> previewRows() {
        return previewRowsReadOnly;
    }

    public ReadOnlyObjectProperty<Path> userTableProperty() {
        return userTable.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> itemTableProperty() {
        return itemTable.getReadOnlyProperty();
    }

    public ObjectProperty<DuplicatePolicy> duplicatesProperty() {
        return duplicates;
    }

    public BooleanProperty skipBadRowsProperty() {
        return skipBadRows;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** The last problem, shown in the dialog; empty when there is none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once the import succeeded and the project holds the domain: the dialog closes. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }
}
