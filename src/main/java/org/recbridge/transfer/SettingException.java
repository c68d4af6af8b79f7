package org.recbridge.transfer;

/**
 * A strategy's settings were refused. {@code setting} is the setting at fault ({@code id} for an unknown
 * strategy, null when the combination is wrong), so project files can name the field path, e.g.
 * {@code strategies[2].targetEpochs}.
 */
public final class SettingException extends IllegalArgumentException {
    private final String setting;
    private final String problem;

    public SettingException(String setting, String problem) {
        super(setting == null ? problem : setting + ": " + problem);
        this.setting = setting;
        this.problem = problem;
    }

    public String setting() {
        return setting;
    }

    public String problem() {
        return problem;
    }
}
