package org.recbridge;

/** The version people see: in --version, exported model cards and reports. One place, so they agree. */
public final class RecBridgeVersion {
    public static final String VERSION = "0.1";

    private RecBridgeVersion() {
    }
}
