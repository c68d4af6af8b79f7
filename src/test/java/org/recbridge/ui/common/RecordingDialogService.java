package org.recbridge.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A dialog service for view-model tests: records what was shown and answers from queues the test fills. */
public final class RecordingDialogService implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> informations = new ArrayList<>();
    public final List<String> notifications = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    public final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    public final Deque<SaveAnswer> saveAnswers = new ArrayDeque<>();
    public final Deque<Optional<String>> textAnswers = new ArrayDeque<>();
    public final Deque<Optional<Path>> fileAnswers = new ArrayDeque<>();

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInformation(String title, String message) {
        informations.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        questions.add(title + ": " + message);
        return confirmAnswers.isEmpty() ? false : confirmAnswers.poll();
    }

    @Override
    public boolean confirm(String title, String message, String yes, String no) {
        return confirm(title + " [" + yes + " / " + no + "]", message);
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        questions.add(title + " [" + initial + "]");
        return textAnswers.isEmpty() ? Optional.empty() : textAnswers.poll();
    }

    @Override
    public SaveAnswer askSaveChanges(String projectName) {
        questions.add("save changes to " + projectName);
        return saveAnswers.isEmpty() ? SaveAnswer.CANCEL : saveAnswers.poll();
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, List<FileFilter> filters, Path initialDirectory) {
        return fileAnswers.isEmpty() ? Optional.empty() : fileAnswers.poll();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, List<FileFilter> filters, Path initialDirectory,
                                         String initialName) {
        return fileAnswers.isEmpty() ? Optional.empty() : fileAnswers.poll();
    }

    /** Answered from {@link #fileAnswers} too. */
    @Override
    public Optional<Path> chooseDirectory(String title, Path initialDirectory) {
        return fileAnswers.isEmpty() ? Optional.empty() : fileAnswers.poll();
    }

    @Override
    public void notify(String message) {
        notifications.add(message);
    }
}
