package org.recbridge.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** The dialogs of the workbench, owned by the main window so they stay on top of it and centred on it. */
public final class FxDialogService implements DialogService {
    private static final int LONG_TEXT = 800;
    private final Stage owner;

    public FxDialogService(Stage owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        return alert(Alert.AlertType.CONFIRMATION, title, message).showAndWait()
                .filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public boolean confirm(String title, String message, String yes, String no) {
        ButtonType first = new ButtonType(yes, ButtonBar.ButtonData.YES);
        ButtonType second = new ButtonType(no, ButtonBar.ButtonData.NO);
        Alert a = alert(Alert.AlertType.CONFIRMATION, title, message);
        a.getButtonTypes().setAll(first, second);
        return a.showAndWait().filter(b -> b == first).isPresent();
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(title);
        d.setContentText(message);
        d.setResizable(true);
        d.getDialogPane().setMinWidth(520);
        return d.showAndWait();
    }

    @Override
    public SaveAnswer askSaveChanges(String projectName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = alert(Alert.AlertType.CONFIRMATION, "Unsaved changes",
                "\"" + projectName + "\" has unsaved changes. Save them first?");
        a.getButtonTypes().setAll(save, discard, cancel);
        ButtonType answer = a.showAndWait().orElse(cancel);
        return answer == save ? SaveAnswer.SAVE : answer == discard ? SaveAnswer.DISCARD : SaveAnswer.CANCEL;
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, List<FileFilter> filters, Path initialDirectory) {
        return Optional.ofNullable(chooser(title, filters, initialDirectory).showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, List<FileFilter> filters, Path initialDirectory,
                                         String initialName) {
        FileChooser chooser = chooser(title, filters, initialDirectory);
        chooser.setInitialFileName(initialName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseDirectory(String title, Path initialDirectory) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public void notify(String message) {
        Notifications.create().owner(owner).title("RecBridge").text(message).hideAfter(Duration.seconds(5))
                .showInformation();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert a = new Alert(type);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        if (message.length() > LONG_TEXT) { // help texts: scroll instead of a dialog taller than the screen
            TextArea text = new TextArea(message);
            text.setEditable(false);
            text.setWrapText(true);
            text.setPrefSize(640, 420);
            a.getDialogPane().setContent(text);
            a.setResizable(true);
        } else { // a label that wraps, so engine messages (file, line, field) are read in full
            Label text = new Label(message);
            text.setWrapText(true);
            // the pane sizes to the label's preferred width, which is the unwrapped line unless set
            text.setPrefWidth(560);
            text.setMaxWidth(560);
            a.getDialogPane().setContent(text);
        }
        a.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        return a;
    }

    private static FileChooser chooser(String title, List<FileFilter> filters, Path initialDirectory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FileFilter f : filters) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.description(), f.patterns()));
        }
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        return chooser;
    }
}
